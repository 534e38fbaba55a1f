// Address lookups in a snapshot. Listed addresses and CIDR ranges nest or are disjoint, never
// overlap partly, so they form a forest: entries sorted by start (bigger range first on a tie),
// each with its parent, the smallest listed range holding it. The last entry starting at or before
// the query is the innermost one holding it, or a descendant of it; walking up the parents from
// there yields every listed entry that holds the query, and nothing else.

import { formatAddressEntry, wordMask } from './address-bits';
import { HitCache } from './hit-cache';
import type { PackedUints } from './packed-uints';
import type { SnapshotRecords } from './snapshot-records';
import type { ListHit } from './types';

/** Parents are 24-bit entry indices; this one means a root. */
export const NO_PARENT = 0xff_ffff;
export const MAX_ADDRESS_ENTRIES = NO_PARENT;

/** An entry's last word: its parent above its prefix length. */
export function linkWord(parent: number, prefix: number): number {
  return ((parent << 8) | prefix) >>> 0;
}

export interface AddressForestViews {
  /** Over the top `directoryBits` bits of each start's first word, as in fingerprint-index.ts. */
  directory: Uint32Array;
  directoryBits: number;
  /** Per entry, its start (1 or 4 words, most significant first) then linkWord(parent, prefix). */
  entries: Uint32Array;
  recordRefs: PackedUints;
}

export class AddressForest {
  private readonly words: number;
  private readonly stride: number;
  private readonly bits: number;
  private readonly hits = new HitCache();

  constructor(
    private readonly family: 4 | 6,
    private readonly views: AddressForestViews,
    private readonly records: SnapshotRecords,
  ) {
    this.words = family === 4 ? 1 : 4;
    this.stride = this.words + 1;
    this.bits = 32 * this.words;
  }

  /** Every entry holding the address in query[0, words): the innermost first. */
  match(query: Uint32Array): ListHit[] {
    const { directory, directoryBits } = this.views;
    const bucket = query[0]! >>> (32 - directoryBits);
    let low = directory[bucket]!;
    let high = directory[bucket + 1]!;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.startAfter(middle, query)) high = middle;
      else low = middle + 1;
    }
    let entry = low - 1;
    while (entry >= 0 && entry !== NO_PARENT && !this.holds(entry, query)) entry = this.parent(entry);
    const hits: ListHit[] = [];
    for (; entry >= 0 && entry !== NO_PARENT; entry = this.parent(entry)) hits.push(this.hits.get(entry, () => this.hit(entry)));
    return hits;
  }

  private parent(entry: number): number {
    return this.views.entries[entry * this.stride + this.words]! >>> 8;
  }

  private prefix(entry: number): number {
    return this.views.entries[entry * this.stride + this.words]! & 0xff;
  }

  private startAfter(entry: number, query: Uint32Array): boolean {
    const entries = this.views.entries;
    const at = entry * this.stride;
    for (let word = 0; word < this.words; word++) {
      const start = entries[at + word]!;
      const value = query[word]!;
      if (start !== value) return start > value;
    }
    return false;
  }

  private holds(entry: number, query: Uint32Array): boolean {
    const prefix = this.prefix(entry);
    const at = entry * this.stride;
    for (let word = 0; word < this.words; word++) {
      if ((query[word]! & wordMask(prefix - 32 * word)) >>> 0 !== this.views.entries[at + word]) return false;
    }
    return true;
  }

  private hit(entry: number): ListHit {
    const prefix = this.prefix(entry);
    return {
      type: prefix === this.bits ? 'list-ip' : 'list-range',
      entry: formatAddressEntry(this.views.entries, entry * this.stride, this.family, prefix),
      records: this.records.of(this.views.recordRefs.get(entry)),
    };
  }
}
