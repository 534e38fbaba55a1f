// Sorted 32-bit fingerprints, split in two: their top bits pick a directory bucket, and only the
// next 16 bits are stored for each entry (the whole fingerprint once the directory has 16 bits or
// more). A lookup reads one directory slot and a handful of 2-byte values, which stay in cache.

/** Directory size for `count` fingerprints: 4 to 8 a bucket (a 4-byte slot per 6 bytes of index). */
export function directoryBitsFor(count: number): number {
  return Math.min(24, Math.max(1, Math.floor(Math.log2(Math.max(count, 1) / 4))));
}

/** directory[b] = how many fingerprints have top bits below b; one extra slot holds the total. */
export function buildDirectory(sortedFingerprints: Uint32Array, bits: number): Uint32Array {
  const buckets = 2 ** bits;
  const directory = new Uint32Array(buckets + 1);
  const shift = 32 - bits;
  for (const fingerprint of sortedFingerprints) {
    const slot = (fingerprint >>> shift) + 1;
    directory[slot] = directory[slot]! + 1;
  }
  for (let bucket = 1; bucket <= buckets; bucket++) directory[bucket] = directory[bucket]! + directory[bucket - 1]!;
  return directory;
}

/** What the index stores of each sorted fingerprint: the 16 bits after the directory's. */
export function fingerprintRemainders(sortedFingerprints: Uint32Array, bits: number): Uint16Array {
  return Uint16Array.from(sortedFingerprints, (fingerprint) => remainderOf(fingerprint, bits));
}

function remainderOf(fingerprint: number, bits: number): number {
  return ((fingerprint << bits) >>> 16) & 0xffff;
}

/** Candidates for a fingerprint are adjacent: for (e = first(f); e >= 0; e = next(e, f)). */
export class FingerprintIndex {
  private readonly shift: number;

  constructor(
    private readonly directory: Uint32Array,
    private readonly remainders: Uint16Array,
    private readonly bits: number,
  ) {
    this.shift = 32 - bits;
  }

  /** The first entry that may have this fingerprint, or -1. */
  first(fingerprint: number): number {
    const bucket = fingerprint >>> this.shift;
    const wanted = remainderOf(fingerprint, this.bits);
    const end = this.directory[bucket + 1]!;
    for (let i = this.directory[bucket]!; i < end; i++) {
      const found = this.remainders[i]!;
      if (found >= wanted) return found === wanted ? i : -1;
    }
    return -1;
  }

  /** The candidate after `entry`, or -1. */
  next(entry: number, fingerprint: number): number {
    const following = entry + 1;
    const inBucket = following < this.directory[(fingerprint >>> this.shift) + 1]!;
    return inBucket && this.remainders[following] === remainderOf(fingerprint, this.bits) ? following : -1;
  }
}

/** Entry indices sorted by fingerprint, ties in index order (so the output is deterministic). */
export function orderByFingerprint(fingerprints: Uint32Array): Uint32Array {
  const count = fingerprints.length;
  // Below 2^21 entries, fingerprint * 2^21 + index is an exact double: one native numeric sort.
  if (count < 2 ** 21) {
    const keys = new Float64Array(count);
    for (let i = 0; i < count; i++) keys[i] = fingerprints[i]! * 2 ** 21 + i;
    keys.sort();
    return Uint32Array.from(keys, (key) => key % 2 ** 21);
  }
  return new Uint32Array(count).map((_, i) => i).sort((a, b) => fingerprints[a]! - fingerprints[b]! || a - b);
}
