// Compiler side of address-forest.ts: collects addresses and ranges of one family (listed ones, or
// hosting-network ranges), sorts them by start (bigger range first on a tie) and links each to its
// parent range.

import { wordMask } from '../../ip/address-bits';
import { buildDirectory, directoryBitsFor } from '../format/address-directory';
import { linkLayout, MAX_ADDRESS_ENTRIES } from '../format/address-links';
import { packUints } from '../format/packed-uints';
import { withRecord, type EntryRecords } from './record-table-builder';

export class AddressForestBuilder {
  private readonly words: number;
  private readonly family: 4 | 6;
  private readonly index = new Map<string | number, number>();
  private readonly starts: number[] = [];
  private readonly prefixes: number[] = [];
  private readonly records: EntryRecords[] = [];

  constructor(family: 4 | 6) {
    this.family = family;
    this.words = family === 4 ? 1 : 4;
  }

  get count(): number {
    return this.prefixes.length;
  }

  /**
   * An address or range in address[0, words) with `prefix` bits; host bits are cleared. `recordId`
   * is what the entry stands for: a record, or for hosting networks a network.
   */
  add(address: Uint32Array, prefix: number, recordId: number): void {
    const start: number[] = [];
    for (let word = 0; word < this.words; word++) start.push((address[word]! & wordMask(prefix - 32 * word)) >>> 0);
    const key = this.words === 1 ? start[0]! * 64 + prefix : `${start.join(':')}/${prefix}`;
    let entry = this.index.get(key);
    if (entry === undefined) {
      entry = this.prefixes.length;
      this.index.set(key, entry);
      this.starts.push(...start);
      this.prefixes.push(prefix);
    }
    this.records[entry] = withRecord(this.records[entry], recordId);
  }

  build(referenceTo: (records: EntryRecords) => number) {
    const count = this.count;
    if (count > MAX_ADDRESS_ENTRIES) throw new Error(`more than ${MAX_ADDRESS_ENTRIES} IPv${this.family} entries`);
    const words = this.words;
    const layout = linkLayout(this.family, count);
    const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => this.compare(a, b));
    const starts = new Uint32Array(count * words);
    const links = new Array<number>(count);
    const recordRefs = new Uint32Array(count);
    const firstWords = new Uint32Array(count);
    const open: number[] = [];
    order.forEach((entry, sorted) => {
      for (let word = 0; word < words; word++) starts[sorted * words + word] = this.starts[entry * words + word]!;
      firstWords[sorted] = starts[sorted * words]!;
      recordRefs[sorted] = referenceTo(this.records[entry]!);
      while (open.length && !this.holds(order[open[open.length - 1]!]!, entry)) open.pop();
      const parent = open.length ? open[open.length - 1]! : layout.noParent;
      links[sorted] = parent * 2 ** layout.prefixBits + this.prefixes[entry]!;
      open.push(sorted);
    });
    const directoryBits = directoryBitsFor(count);
    return { directory: buildDirectory(firstWords, directoryBits), directoryBits, starts, links: packUints(links, layout.width), recordRefs };
  }

  private compare(a: number, b: number): number {
    for (let word = 0; word < this.words; word++) {
      const difference = this.starts[a * this.words + word]! - this.starts[b * this.words + word]!;
      if (difference !== 0) return difference;
    }
    return this.prefixes[a]! - this.prefixes[b]!;
  }

  /** True when entry `outer` holds entry `inner` (indices in order of addition). */
  private holds(outer: number, inner: number): boolean {
    const prefix = this.prefixes[outer]!;
    if (prefix > this.prefixes[inner]!) return false;
    for (let word = 0; word < this.words; word++) {
      const mask = wordMask(prefix - 32 * word);
      if ((this.starts[inner * this.words + word]! & mask) >>> 0 !== this.starts[outer * this.words + word]) return false;
    }
    return true;
  }
}
