// The compiler's set of distinct strings: kept as bytes in one buffer with an open-addressing table
// over their fingerprints, not as JS strings in a Map, so a million entries cost the garbage
// collector nothing and the compile stays fast and small. Ids follow first-seen order.

import { ByteStringsBuilder } from './byte-strings';

export class InternedStrings {
  readonly strings = new ByteStringsBuilder();
  private fingerprints: Uint32Array = new Uint32Array(1024);
  /** Slot pairs (fingerprint, id + 1), an empty slot's id + 1 being 0: a probe stays in one cache line. */
  private slots = new Uint32Array(2 * 2048);
  private freeSlot = 0;

  constructor(private readonly fingerprintOf: (text: string) => number) {}

  get count(): number {
    return this.strings.count;
  }

  /** The id of text, or -1 when it is not there. */
  find(text: string): number {
    return this.probe(text, this.fingerprintOf(text));
  }

  /** The id of text; a new one (count - 1) when text was not there yet. */
  idOf(text: string): number {
    const fingerprint = this.fingerprintOf(text);
    const found = this.probe(text, fingerprint);
    if (found >= 0) return found;
    const slot = this.freeSlot;
    const id = this.strings.commit();
    if (id === this.fingerprints.length) this.fingerprints = grow(this.fingerprints);
    this.fingerprints[id] = fingerprint;
    this.slots[2 * slot] = fingerprint;
    this.slots[2 * slot + 1] = id + 1;
    if (4 * this.count > this.slots.length) this.rehash();
    return id;
  }

  /** Stages text and looks for it: its id, or -1 with `freeSlot` set to where it would go. */
  private probe(text: string, fingerprint: number): number {
    this.strings.stage(text);
    const mask = this.slots.length / 2 - 1;
    let slot = fingerprint & mask;
    for (let held = this.slots[2 * slot + 1]!; held !== 0; held = this.slots[2 * slot + 1]!) {
      if (this.slots[2 * slot] === fingerprint && this.strings.stagedEquals(held - 1)) return held - 1;
      slot = (slot + 1) & mask;
    }
    this.freeSlot = slot;
    return -1;
  }

  fingerprint(id: number): number {
    return this.fingerprints[id]!;
  }

  text(id: number): string {
    return this.strings.text(id);
  }

  /** Doubles the table once it is half full. */
  private rehash(): void {
    this.slots = new Uint32Array(this.slots.length * 2);
    const mask = this.slots.length / 2 - 1;
    for (let id = 0; id < this.count; id++) {
      const fingerprint = this.fingerprints[id]!;
      let slot = fingerprint & mask;
      while (this.slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      this.slots[2 * slot] = fingerprint;
      this.slots[2 * slot + 1] = id + 1;
    }
  }
}

function grow(array: Uint32Array): Uint32Array {
  const grown = new Uint32Array(array.length * 2);
  grown.set(array);
  return grown;
}
