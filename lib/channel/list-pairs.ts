// A list as a set of pairs, one listed entry with one record naming it: what two versions of a list
// are compared by, and what a patch adds and removes. Entries are in the form the compiler stores
// them (so "::ffff:192.0.2.0/120" and "192.0.2.0/24" are one entry), and a pair is kept as one string
// (a JSON array) so that a million of them fit in a Set.
import type { ListRecord } from '@blocklens/vocabulary';
import { normaliseQueryHost } from '../blocklist/format/normalise-query-host';
import type { SourceRecord } from '../blocklist/format/types';
import { urlKey } from '../blocklist/format/url-key';
import { formatAddressEntry, parseAddressEntry, wordMask } from '../ip/address-bits';

const ENTRY_KINDS = ['domains', 'wildcards', 'urls', 'addresses'] as const;
type EntryKind = (typeof ENTRY_KINDS)[number];

type Pair = [EntryKind, string, string, string, string, string];

export function pairsOf(records: Iterable<SourceRecord>): Set<string> {
  const pairs = new Set<string>();
  for (const source of records) {
    const { list, authority, decision, date } = source.record;
    for (const kind of ENTRY_KINDS) {
      for (const text of source[kind]) {
        const entry = storedEntry(kind, text);
        if (entry !== null) pairs.add(JSON.stringify([kind, entry, list, authority, decision, date] satisfies Pair));
      }
    }
  }
  return pairs;
}

const words = new Uint32Array(4);

/** The entry as the compiler stores it, or null when the compiler would refuse it. */
function storedEntry(kind: EntryKind, text: string): string | null {
  if (kind === 'urls') return urlKey(text)?.href ?? null;
  if (kind !== 'addresses') return normaliseQueryHost(text);
  const entry = parseAddressEntry(text, words);
  if (entry === null) return null;
  for (let word = 0; word < (entry.family === 4 ? 1 : 4); word++) words[word] = (words[word]! & wordMask(entry.prefix - 32 * word)) >>> 0;
  return formatAddressEntry(words, 0, entry.family, entry.prefix);
}

/** The pairs again as source records, one per record, for the compiler. */
export function recordsOf(pairs: Iterable<string>): SourceRecord[] {
  const byRecord = new Map<string, SourceRecord>();
  for (const pair of pairs) {
    const [kind, entry, list, authority, decision, date] = JSON.parse(pair) as Pair;
    const key = JSON.stringify([list, authority, decision, date]);
    let source = byRecord.get(key);
    if (!source) {
      const record: ListRecord = { list, authority, decision, date };
      source = { record, domains: [], wildcards: [], urls: [], addresses: [] };
      byRecord.set(key, source);
    }
    source[kind].push(entry);
  }
  return [...byRecord.values()];
}
