// Numbers of one fixed bit width packed back to back: how a snapshot keeps the record reference of
// each address entry in the 19 or 20 bits it needs rather than 32.

import { readBits } from './bit-reader';
import { BIT_STREAM_PADDING, BitWriter } from './bit-writer';

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
    return readBits(this.bytes, index * this.width, this.width);
  }
}
