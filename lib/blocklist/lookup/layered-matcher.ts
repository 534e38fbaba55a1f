// A list read as a full snapshot with patches laid over it in order: each patch takes away the
// pairs (entry, record) it removes and adds those it adds, so lookups answer for the newest version
// without anything being recompiled. Each layer costs two more lookups, on failures only. Hosting
// networks are laid over the same way: a patch removes and adds (range, network) pairs.
import type { HostingNetwork } from '@blocklens/vocabulary';
import type { BlocklistMatcher, ListHit, SnapshotInfo } from '../format/types';

export interface ListLayer {
  added: BlocklistMatcher;
  removed: BlocklistMatcher;
}

const hitKey = (hit: ListHit) => `${hit.type} ${hit.entry}`;
const recordKey = ({ list, authority, decision, date }: ListHit['records'][number]) =>
  JSON.stringify([list, authority, decision, date]);

/** `info` describes the list the layers bring the snapshot to. */
export function layeredMatcher(base: BlocklistMatcher, layers: readonly ListLayer[], info: SnapshotInfo): BlocklistMatcher {
  const lookup = (match: (matcher: BlocklistMatcher) => ListHit[]): ListHit[] =>
    layers.reduce((hits, layer) => overlay(hits, match(layer.removed), match(layer.added)), match(base));
  return {
    info,
    matchHost: (host) => lookup((matcher) => matcher.matchHost(host)),
    matchUrl: (url) => lookup((matcher) => matcher.matchUrl(url)),
    matchAddress: (address) => lookup((matcher) => matcher.matchAddress(address)),
    networksHolding: (address) => networksHolding(address),
    matchNetwork: (address) => networksHolding(address)[0] ?? null,
  };

  function networksHolding(address: string): HostingNetwork[] {
    const networks = layers.reduce((held, layer) => {
      if (layer.removed.info.counts.networks === 0 && layer.added.info.counts.networks === 0) return held;
      const gone = new Set(layer.removed.networksHolding(address).map(networkKey));
      return [...held.filter((network) => !gone.has(networkKey(network))), ...layer.added.networksHolding(address)];
    }, base.networksHolding(address));
    return networks.sort((a, b) => prefixOf(b) - prefixOf(a));
  }
}

const networkKey = ({ range, name, since }: HostingNetwork) => JSON.stringify([range, name, since]);
/** A single address ("1.2.3.4/32" is stored as "1.2.3.4") is the narrowest range of all. */
const prefixOf = ({ range }: HostingNetwork) => (range.includes('/') ? Number(range.slice(range.indexOf('/') + 1)) : 128);

function overlay(hits: ListHit[], removed: ListHit[], added: ListHit[]): ListHit[] {
  if (removed.length === 0 && added.length === 0) return hits;
  const gone = new Map<string, Set<string>>();
  for (const hit of removed) gone.set(hitKey(hit), new Set(hit.records.map(recordKey)));
  const result: ListHit[] = [];
  for (const hit of hits) {
    const without = gone.get(hitKey(hit));
    const records = without ? hit.records.filter((record) => !without.has(recordKey(record))) : hit.records;
    if (records.length > 0) result.push(records === hit.records ? hit : { ...hit, records });
  }
  for (const hit of added) {
    const at = result.findIndex((kept) => hitKey(kept) === hitKey(hit));
    if (at < 0) result.push(hit);
    else {
      const known = new Set(result[at]!.records.map(recordKey));
      result[at] = { ...result[at]!, records: [...result[at]!.records, ...hit.records.filter((record) => !known.has(recordKey(record)))] };
    }
  }
  return result;
}
