// Writes a bit stream, most significant bit first: what the compiler uses to pack host entries,
// URLs and records into as few bits as they need (read back by bit-reader.ts).

import { readBits } from './bit-reader';

/** Zero bytes after the last written one, so a reader may always load four bytes at once. */
export const BIT_STREAM_PADDING = 4;

export class BitWriter {
  private bytes: Uint8Array;
  /** Whole bytes written. */
  private length = 0;
  /** Bits not yet in a whole byte: the low `pendingBits` bits of `pending` (fewer than 8). */
  private pending = 0;
  private pendingBits = 0;

  constructor(initialBytes = 1 << 12) {
    this.bytes = new Uint8Array(Math.max(initialBytes, 16));
  }

  /** Bits written so far. */
  get bits(): number {
    return 8 * this.length + this.pendingBits;
  }

  /** The low `count` bits of value (count up to 32). */
  write(value: number, count: number): void {
    if (count > 24) {
      this.write(Math.floor(value / 2 ** 24), count - 24);
      this.write(value % 2 ** 24, 24);
      return;
    }
    if (this.length + 8 + BIT_STREAM_PADDING > this.bytes.length) this.grow();
    let pending = ((this.pending << count) | (value & ((1 << count) - 1))) >>> 0;
    let pendingBits = this.pendingBits + count;
    while (pendingBits >= 8) {
      pendingBits -= 8;
      this.bytes[this.length++] = pending >>> pendingBits;
      pending &= (1 << pendingBits) - 1;
    }
    this.pending = pending;
    this.pendingBits = pendingBits;
  }

  /** `bits` bits of a padded bit string, from bit `from` on. */
  writeBits(bytes: Uint8Array, from: number, bits: number): void {
    let done = 0;
    for (; done + 24 <= bits; done += 24) this.write(readBits(bytes, from + done, 24), 24);
    this.write(readBits(bytes, from + done, bits - done), bits - done);
  }

  /**
   * An exponential-Golomb code of order k for value >= 0: short for values below 2^k, growing by
   * two bits each time the value doubles after that. Lengths and counts are written this way.
   */
  writeExpGolomb(value: number, k: number): void {
    // BitCursor.readExpGolomb takes at most 32 leading zeros.
    if (value >= 2 ** 32) throw new Error(`exp-Golomb code: ${value} is too large`);
    const shifted = value + 2 ** k;
    const width = bitWidth(shifted);
    this.write(0, width - k - 1);
    this.write(shifted, width);
  }

  /** Zero bits up to the next whole byte. */
  alignToByte(): void {
    if (this.pendingBits > 0) this.write(0, 8 - this.pendingBits);
  }

  /** The bits written, padded to whole bytes and then by BIT_STREAM_PADDING zero bytes. */
  finish(): Uint8Array {
    this.bytes[this.length] = this.pending << (8 - this.pendingBits);
    return this.bytes.slice(0, ((this.bits + 7) >>> 3) + BIT_STREAM_PADDING);
  }

  private grow(): void {
    const grown = new Uint8Array(this.bytes.length * 2);
    grown.set(this.bytes);
    this.bytes = grown;
  }
}

/** Bits needed to write value (>= 0): 0 for 0. */
export function bitWidth(value: number): number {
  return value < 2 ** 32 ? 32 - Math.clz32(value) : 32 + bitWidth(Math.floor(value / 2 ** 32));
}

/** Bits an exponential-Golomb code of order k takes for value. */
export function expGolombBits(value: number, k: number): number {
  return 2 * bitWidth(value + 2 ** k) - k - 1;
}

/** The order k that writes all of `values` in the fewest bits (0 to 16). */
export function bestExpGolombOrder(values: ArrayLike<number>): number {
  // Lengths repeat a lot: count each distinct value once.
  const counts = new Map<number, number>();
  for (let i = 0; i < values.length; i++) counts.set(values[i]!, (counts.get(values[i]!) ?? 0) + 1);
  const totals = new Float64Array(17);
  for (const [value, count] of counts) for (let k = 0; k <= 16; k++) totals[k] = totals[k]! + count * expGolombBits(value, k);
  let best = 0;
  for (let k = 1; k <= 16; k++) if (totals[k]! < totals[best]!) best = k;
  return best;
}
