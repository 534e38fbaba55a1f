// A list as a set of pairs, one listed entry with one record naming it: what two versions of a list
// are compared by, and what a patch adds and removes. Entries are in the form the compiler stores
// them (so "::ffff:192.0.2.0/120" and "192.0.2.0/24" are one entry), and a pair is kept as one string
// (a JSON array) so that a million of them fit in a Set. A hosting-network range is a pair too, with
// the network it stands for (one per range, as the compiler picks it).
import type { HostingNetwork, ListRecord } from '@blocklens/vocabulary';
import { normaliseQueryHost } from '../blocklist/format/normalise-query-host';
import { preferredNetwork } from '../blocklist/format/preferred-network';
import { isSourceNetwork, type SourceItem, type SourceRecord } from '../blocklist/format/types';
import { urlKey } from '../blocklist/format/url-key';
import { storedAddressEntry } from '../ip/address-bits';

const ENTRY_KINDS = ['domains', 'wildcards', 'urls', 'addresses'] as const;
type EntryKind = (typeof ENTRY_KINDS)[number];

type RecordPair = [EntryKind, string, string, string, string, string];
type NetworkPair = ['networks', string, string, string];

export function pairsOf(items: Iterable<SourceItem>): Set<string> {
  const pairs = new Set<string>();
  const networks = new Map<string, HostingNetwork>();
  for (const item of items) {
    if (isSourceNetwork(item)) {
      const range = storedAddressEntry(item.network.range);
      if (range === null) continue;
      const named = networks.get(range);
      const network = { ...item.network, range };
      networks.set(range, named ? preferredNetwork(named, network) : network);
      continue;
    }
    const { list, authority, decision, date } = item.record;
    for (const kind of ENTRY_KINDS) {
      for (const text of item[kind]) {
        const entry = storedEntry(kind, text);
        if (entry !== null) pairs.add(JSON.stringify([kind, entry, list, authority, decision, date] satisfies RecordPair));
      }
    }
  }
  for (const { range, name, since } of networks.values()) pairs.add(JSON.stringify(['networks', range, name, since] satisfies NetworkPair));
  return pairs;
}

/** The entry as the compiler stores it, or null when the compiler would refuse it. */
function storedEntry(kind: EntryKind, text: string): string | null {
  if (kind === 'urls') return urlKey(text)?.href ?? null;
  return kind === 'addresses' ? storedAddressEntry(text) : normaliseQueryHost(text);
}

/** The pairs again as source records (one per record) and networks, for the compiler. */
export function recordsOf(pairs: Iterable<string>): SourceItem[] {
  const byRecord = new Map<string, SourceRecord>();
  const networks: SourceItem[] = [];
  for (const pair of pairs) {
    const parsed = JSON.parse(pair) as RecordPair | NetworkPair;
    if (parsed[0] === 'networks') {
      const [, range, name, since] = parsed;
      networks.push({ network: { range, name, since } });
      continue;
    }
    const [kind, entry, list, authority, decision, date] = parsed;
    const key = JSON.stringify([list, authority, decision, date]);
    let source = byRecord.get(key);
    if (!source) {
      const record: ListRecord = { list, authority, decision, date };
      source = { record, domains: [], wildcards: [], urls: [], addresses: [] };
      byRecord.set(key, source);
    }
    source[kind].push(entry);
  }
  return [...byRecord.values(), ...networks];
}
