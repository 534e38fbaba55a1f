// The reference matcher: maps keyed by entry text and a linear scan over the listed ranges.
// Plainly right and slow; property tests hold the snapshot matcher to it, and the bench uses it as
// the baseline (what a worker does when it parses its list text at every start). Hosting networks:
// every range kept with the networks naming it, the preferred one answering.

import type { HostingNetwork, ListRecord } from '@blocklens/vocabulary';
import { normaliseQueryHost } from '../../../lib/blocklist/format/normalise-query-host';
import { preferredNetwork } from '../../../lib/blocklist/format/preferred-network';
import type { SnapshotMeta } from '../../../lib/blocklist/format/snapshot-format';
import { isSourceNetwork, type BlocklistMatcher, type ListHit, type SourceItem } from '../../../lib/blocklist/format/types';
import { urlKey } from '../../../lib/blocklist/format/url-key';
import { formatAddressEntry, parseAddressEntry, parseAddressQuery } from '../../../lib/ip/address-bits';

/** A listed range, its bounds as numbers (IPv4) or bigints (IPv6). */
interface Range {
  family: 4 | 6;
  first: number | bigint;
  last: number | bigint;
  prefix: number;
  text: string;
}

const fullPrefix = (family: 4 | 6) => (family === 4 ? 32 : 128);

function addRecord(entries: Map<string, ListRecord[]>, key: string, record: ListRecord): boolean {
  const records = entries.get(key);
  if (!records) entries.set(key, [record]);
  else if (!records.some((known) => sameRecord(known, record))) records.push(record);
  return !records;
}

function sameRecord(a: ListRecord, b: ListRecord): boolean {
  return a.list === b.list && a.authority === b.authority && a.decision === b.decision && a.date === b.date;
}

/** The address in words[0, 1 or 4) as a number (IPv4) or a bigint (IPv6). */
function valueOf(words: Uint32Array, family: 4 | 6): number | bigint {
  if (family === 4) return words[0]!;
  let value = 0n;
  for (let i = 0; i < 4; i++) value = (value << 32n) | BigInt(words[i]!);
  return value;
}

function rangeOf(words: Uint32Array, family: 4 | 6, prefix: number): Range {
  const hostBits = fullPrefix(family) - prefix;
  if (family === 4) {
    const size = 2 ** hostBits;
    const first = Math.floor(words[0]! / size) * size;
    words[0] = first;
    return { family, first, last: first + size - 1, prefix, text: formatAddressEntry(words, 0, family, prefix) };
  }
  const size = 1n << BigInt(hostBits);
  const first = ((valueOf(words, 6) as bigint) / size) * size;
  for (let i = 3, rest = first; i >= 0; i--, rest >>= 32n) words[i] = Number(rest & 0xffff_ffffn);
  return { family, first, last: first + size - 1n, prefix, text: formatAddressEntry(words, 0, family, prefix) };
}

export async function buildNaiveMatcher(
  sources: Iterable<SourceItem> | AsyncIterable<SourceItem>,
  meta: Omit<SnapshotMeta, 'lists'> & Partial<Pick<SnapshotMeta, 'lists'>>,
): Promise<BlocklistMatcher> {
  const domains = new Map<string, ListRecord[]>();
  const wildcards = new Map<string, ListRecord[]>();
  const urls = new Map<string, ListRecord[]>();
  const addresses = new Map<string, ListRecord[]>();
  const ranges: Range[] = [];
  const counts = { 4: 0, 6: 0 };
  const records = new Set<string>();
  const networks = new Map<string, { range: Range; network: HostingNetwork }>();
  const words = new Uint32Array(4);
  for await (const item of sources) {
    if (isSourceNetwork(item)) {
      const parsed = parseAddressEntry(item.network.range, words);
      if (!parsed) continue;
      const range = rangeOf(words, parsed.family, parsed.prefix);
      const network = { ...item.network, range: range.text };
      const named = networks.get(range.text);
      networks.set(range.text, { range, network: named ? preferredNetwork(named.network, network) : network });
      continue;
    }
    const { record, ...entries } = item;
    records.add(JSON.stringify(record));
    for (const domain of entries.domains) {
      const name = normaliseQueryHost(domain);
      if (name) addRecord(domains, name, record);
    }
    for (const wildcard of entries.wildcards) {
      const name = normaliseQueryHost(wildcard);
      if (name) addRecord(wildcards, name, record);
    }
    for (const url of entries.urls) {
      const key = urlKey(url);
      if (key) addRecord(urls, key.href, record);
    }
    for (const text of entries.addresses) {
      const parsed = parseAddressEntry(text, words);
      if (!parsed) continue;
      const range = rangeOf(words, parsed.family, parsed.prefix);
      if (addRecord(addresses, range.text, record)) {
        counts[parsed.family]++;
        if (parsed.prefix < fullPrefix(parsed.family)) ranges.push(range);
      }
    }
  }
  return {
    info: {
      lists: [],
      ...meta,
      counts: {
        domains: domains.size,
        wildcards: wildcards.size,
        urls: urls.size,
        ipv4: counts[4],
        ipv6: counts[6],
        records: records.size,
        networks: networks.size,
      },
    },
    matchHost(host: string): ListHit[] {
      const name = normaliseQueryHost(host);
      if (!name || name.length > 253) return [];
      const labels = name.split('.');
      const hits: ListHit[] = [];
      for (let i = 0; i < labels.length; i++) {
        const suffix = labels.slice(i).join('.');
        const exact = domains.get(suffix);
        if (exact) hits.push({ type: 'list-domain', entry: suffix, records: exact });
        const wildcard = wildcards.get(suffix);
        if (wildcard) hits.push({ type: 'list-wildcard', entry: `*.${suffix}`, records: wildcard });
      }
      return hits;
    },
    matchUrl(url: string): ListHit[] {
      const key = urlKey(url);
      const found = key && urls.get(key.href);
      return key && found ? [{ type: 'list-url', entry: key.href, records: found }] : [];
    },
    matchAddress(address: string): ListHit[] {
      const family = parseAddressQuery(address, words);
      if (family === 0) return [];
      const text = formatAddressEntry(words, 0, family, fullPrefix(family));
      const value = valueOf(words, family);
      const exact = addresses.get(text);
      const hits: ListHit[] = exact ? [{ type: 'list-ip', entry: text, records: exact }] : [];
      const holding = ranges.filter((range) => range.family === family && range.first <= value && value <= range.last);
      for (const range of holding.sort((a, b) => b.prefix - a.prefix)) {
        hits.push({ type: 'list-range', entry: range.text, records: addresses.get(range.text)! });
      }
      return hits;
    },
    networksHolding,
    matchNetwork: (address: string) => networksHolding(address)[0] ?? null,
  };

  function networksHolding(address: string): HostingNetwork[] {
    const family = parseAddressQuery(address, words);
    if (family === 0) return [];
    const value = valueOf(words, family);
    return [...networks.values()]
      .filter(({ range }) => range.family === family && range.first <= value && value <= range.last)
      .sort((a, b) => b.range.prefix - a.range.prefix)
      .map(({ network }) => network);
  }
}
