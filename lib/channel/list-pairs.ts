// A list as a set of pairs, one listed entry with one record naming it: what two versions of a list
// are compared by, and what a patch adds and removes. A pair is kept as one string (a JSON array) so
// that a million of them fit in a Set.
import type { ListRecord } from '@blocklens/vocabulary';
import type { SourceRecord } from '../blocklist/format/types';

const ENTRY_KINDS = ['domains', 'wildcards', 'urls', 'addresses'] as const;
type EntryKind = (typeof ENTRY_KINDS)[number];

type Pair = [EntryKind, string, string, string, string, string];

export function pairsOf(records: Iterable<SourceRecord>): Set<string> {
  const pairs = new Set<string>();
  for (const source of records) {
    const { list, authority, decision, date } = source.record;
    for (const kind of ENTRY_KINDS) {
      for (const entry of source[kind]) pairs.add(JSON.stringify([kind, entry, list, authority, decision, date] satisfies Pair));
    }
  }
  return pairs;
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
