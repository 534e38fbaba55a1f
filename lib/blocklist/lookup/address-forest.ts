// Address ranges of one family laid out for lookup in place. Listed addresses and CIDR ranges nest
// or are disjoint, never overlap partly, so they form a forest: entries sorted by start (bigger
// range first on a tie), each with its parent, the smallest range holding it. The last entry
// starting at or before the query is the innermost one holding it, or a descendant of it; walking up
// the parents from there yields every entry that holds the query, and nothing else.

import { formatAddressEntry, wordMask } from '../../ip/address-bits';
import { linkLayout } from '../format/address-links';
import type { PackedUints } from '../format/packed-uints';

export interface AddressForestViews {
  /** Over the top `directoryBits` bits of each start's first word (address-directory.ts). */
  directory: Uint32Array;
  directoryBits: number;
  /** Per entry, its start: 1 or 4 words, most significant first. */
  starts: Uint32Array;
  /** Per entry, its parent and prefix length (linkLayout). */
  links: PackedUints;
}

export class AddressForest {
  readonly bits: number;
  private readonly words: number;
  private readonly prefixBits: number;
  private readonly noParent: number;

  constructor(
    readonly family: 4 | 6,
    private readonly views: AddressForestViews,
  ) {
    this.words = family === 4 ? 1 : 4;
    this.bits = 32 * this.words;
    const layout = linkLayout(family, views.starts.length / this.words);
    this.prefixBits = layout.prefixBits;
    this.noParent = layout.noParent;
  }

  /** Every entry holding the address in query[0, words): the innermost first. */
  holding(query: Uint32Array): number[] {
    const { directory, directoryBits } = this.views;
    const bucket = query[0]! >>> (32 - directoryBits);
    let low = directory[bucket]!;
    let high = directory[bucket + 1]!;
    if (this.words === 1) {
      // IPv4, most lookups: the starts are plain numbers.
      const starts = this.views.starts;
      const value = query[0]!;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (starts[middle]! > value) high = middle;
        else low = middle + 1;
      }
    } else {
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (this.startAfter(middle, query)) high = middle;
        else low = middle + 1;
      }
    }
    let entry = low - 1;
    while (entry >= 0 && !this.holds(entry, query)) entry = this.parent(entry);
    const entries: number[] = [];
    for (; entry >= 0; entry = this.parent(entry)) entries.push(entry);
    return entries;
  }

  prefix(entry: number): number {
    return this.views.links.get(entry) & ((1 << this.prefixBits) - 1);
  }

  /** The entry as written: "1.2.3.4", "10.0.0.0/8", "2001:db8::/32". */
  text(entry: number): string {
    return formatAddressEntry(this.views.starts, entry * this.words, this.family, this.prefix(entry));
  }

  /** The entry's parent, or -1 for a root. */
  private parent(entry: number): number {
    const parent = Math.floor(this.views.links.get(entry) / 2 ** this.prefixBits);
    if (parent === this.noParent) return -1;
    // A parent starts first, so it sorts first: anything else would walk in circles.
    if (parent >= entry) throw new Error('snapshot is corrupt: an address entry is its own ancestor');
    return parent;
  }

  private startAfter(entry: number, query: Uint32Array): boolean {
    const entries = this.views.starts;
    const at = entry * this.words;
    for (let word = 0; word < this.words; word++) {
      const start = entries[at + word]!;
      const value = query[word]!;
      if (start !== value) return start > value;
    }
    return false;
  }

  private holds(entry: number, query: Uint32Array): boolean {
    const prefix = this.prefix(entry);
    const at = entry * this.words;
    for (let word = 0; word < this.words; word++) {
      if ((query[word]! & wordMask(prefix - 32 * word)) >>> 0 !== this.views.starts[at + word]) return false;
    }
    return true;
  }
}
