// Numbers of one fixed bit width (up to 32) packed back to back: how a snapshot keeps each address
// entry's record reference and link in the 19 to 25 bits they need rather than 32.

import { readBits } from './bit-reader';
import { BIT_STREAM_PADDING, BitWriter } from './bit-writer';

/** Widest value readBits takes in one read. */
const MAX_READ = 25;

export function packUints(values: ArrayLike<number>, width: number): Uint8Array {
  const out = new BitWriter();
  for (let i = 0; i < values.length; i++) out.write(values[i]!, width);
  return out.finish();
}

/** Bytes packUints writes for `count` values of `width` bits. */
export function packedByteLength(count: number, width: number): number {
  return ((count * width + 7) >>> 3) + BIT_STREAM_PADDING;
}

export class PackedUints {
  constructor(
    private readonly bytes: Uint8Array,
    private readonly width: number,
  ) {}

  get(index: number): number {
    const at = index * this.width;
    if (this.width <= MAX_READ) return readBits(this.bytes, at, this.width);
    return readBits(this.bytes, at, this.width - 24) * 2 ** 24 + readBits(this.bytes, at + this.width - 24, 24);
  }
}
