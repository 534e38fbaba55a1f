// Address lookups in a snapshot. Listed addresses and CIDR ranges nest or are disjoint, never
// overlap partly, so they form a forest: entries sorted by start (bigger range first on a tie),
// each with its parent, the smallest listed range holding it. The last entry starting at or before
// the query is the innermost one holding it, or a descendant of it; walking up the parents from
// there yields every listed entry that holds the query, and nothing else.

import { formatAddressEntry, wordMask } from './address-bits';
import { HitCache } from './hit-cache';
import type { SnapshotRecords } from './snapshot-records';
import type { ListHit } from './types';

export const NO_PARENT = 0xffff_ffff;

export interface AddressForestViews {
  /** Over the top `directoryBits` bits of each start's first word, as in fingerprint-index.ts. */
  directory: Uint32Array;
  directoryBits: number;
  /** `words` words an entry, most significant first. */
  starts: Uint32Array;
  prefixes: Uint8Array;
  parents: Uint32Array;
  recordRefs: Uint32Array;
}

export class AddressForest {
  private readonly words: number;
  private readonly bits: number;
  private readonly hits = new HitCache((entry) => this.hit(entry));

  constructor(
    private readonly family: 4 | 6,
    private readonly views: AddressForestViews,
    private readonly records: SnapshotRecords,
  ) {
    this.words = family === 4 ? 1 : 4;
    this.bits = 32 * this.words;
  }

  /** Every entry holding the address in query[0, words): the innermost first. */
  match(query: Uint32Array): ListHit[] {
    const { directory, directoryBits, parents } = this.views;
    const bucket = query[0]! >>> (32 - directoryBits);
    let low = directory[bucket]!;
    let high = directory[bucket + 1]!;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.startAfter(middle, query)) high = middle;
      else low = middle + 1;
    }
    let entry = low - 1;
    while (entry >= 0 && entry !== NO_PARENT && !this.holds(entry, query)) entry = parents[entry]!;
    const hits: ListHit[] = [];
    for (; entry >= 0 && entry !== NO_PARENT; entry = parents[entry]!) hits.push(this.hits.get(entry));
    return hits;
  }

  private startAfter(entry: number, query: Uint32Array): boolean {
    const starts = this.views.starts;
    const at = entry * this.words;
    for (let word = 0; word < this.words; word++) {
      const start = starts[at + word]!;
      const value = query[word]!;
      if (start !== value) return start > value;
    }
    return false;
  }

  private holds(entry: number, query: Uint32Array): boolean {
    const prefix = this.views.prefixes[entry]!;
    const at = entry * this.words;
    for (let word = 0; word < this.words; word++) {
      if ((query[word]! & wordMask(prefix - 32 * word)) >>> 0 !== this.views.starts[at + word]) return false;
    }
    return true;
  }

  private hit(entry: number): ListHit {
    const prefix = this.views.prefixes[entry]!;
    return {
      type: prefix === this.bits ? 'list-ip' : 'list-range',
      entry: formatAddressEntry(this.views.starts, entry * this.words, this.family, prefix),
      records: this.records.of(this.views.recordRefs[entry]!),
    };
  }
}
