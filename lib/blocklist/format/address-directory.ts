// The directory over address entries sorted by start: the top bits of an entry's first word pick a
// bucket, and the directory gives where each bucket starts, so a lookup reads one slot and then
// binary-searches a handful of entries.

/** Directory size for `count` keys: 16 to 32 a bucket, which a binary search takes in five steps. */
export function directoryBitsFor(count: number): number {
  return Math.min(24, Math.max(1, Math.floor(Math.log2(Math.max(count, 1) / 16))));
}

/** directory[b] = how many keys have top bits below b; one extra slot holds the total. */
export function buildDirectory(sortedKeys: Uint32Array, bits: number): Uint32Array {
  const buckets = 2 ** bits;
  const directory = new Uint32Array(buckets + 1);
  const shift = 32 - bits;
  for (const key of sortedKeys) {
    const slot = (key >>> shift) + 1;
    directory[slot] = directory[slot]! + 1;
  }
  for (let bucket = 1; bucket <= buckets; bucket++) directory[bucket] = directory[bucket]! + directory[bucket - 1]!;
  return directory;
}
