// Reads the bit streams bit-writer.ts writes, in place from a snapshot's bytes. A cursor keeps its
// position so that a lookup walking a host bucket allocates nothing.

/** Up to 25 bits at bit position `at` (streams carry four bytes of padding, so this never reads past the end). */
export function readBits(bytes: Uint8Array, at: number, count: number): number {
  if (count === 0) return 0;
  const i = at >>> 3;
  const word = (bytes[i]! << 24) | (bytes[i + 1]! << 16) | (bytes[i + 2]! << 8) | bytes[i + 3]!;
  return (word << (at & 7)) >>> (32 - count);
}

/** True when the `count` bits at a[aAt] equal those at b[bAt]. */
export function bitsEqual(a: Uint8Array, aAt: number, b: Uint8Array, bAt: number, count: number): boolean {
  let done = 0;
  for (; done + 24 <= count; done += 24) {
    if (readBits(a, aAt + done, 24) !== readBits(b, bAt + done, 24)) return false;
  }
  return readBits(a, aAt + done, count - done) === readBits(b, bAt + done, count - done);
}

export class BitCursor {
  constructor(
    readonly bytes: Uint8Array,
    public at = 0,
  ) {}

  /** The next `count` bits (up to 32). */
  read(count: number): number {
    if (count > 24) return this.read(count - 24) * 2 ** 24 + this.read(24);
    const value = readBits(this.bytes, this.at, count);
    this.at += count;
    return value;
  }

  /** The next exponential-Golomb code of order k (see BitWriter.writeExpGolomb). */
  readExpGolomb(k: number): number {
    const peek = readBits(this.bytes, this.at, 24);
    if (peek !== 0) {
      const zeros = Math.clz32(peek) - 8;
      const width = zeros + k + 1;
      // Most codes fit the 24 bits just read.
      if (zeros + width <= 24) {
        this.at += zeros + width;
        return ((peek >>> (24 - zeros - width)) & ((1 << width) - 1)) - (1 << k);
      }
    }
    let zeros = 0;
    while (readBits(this.bytes, this.at, 1) === 0) {
      if (++zeros > 32) throw new Error('snapshot is corrupt: bad length code');
      this.at++;
    }
    return this.read(zeros + k + 1) - 2 ** k;
  }
}
