// Directories over sorted 32-bit keys (fingerprints, or the first word of an address): the top bits
// of a key pick a bucket, and the directory gives where each bucket starts, so a lookup reads one
// slot and then a handful of entries.

/** Directory size for `count` keys: 16 to 32 a bucket, which a binary search takes in five steps. */
export function directoryBitsFor(count: number): number {
  return Math.min(24, Math.max(1, Math.floor(Math.log2(Math.max(count, 1) / 16))));
}

/** directory[b] = how many keys have top bits below b; one extra slot holds the total. */
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
