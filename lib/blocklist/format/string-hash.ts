// 32-bit fingerprints: FNV-1a over UTF-16 code units, finished with MurmurHash3's fmix32 so the top
// bits are well spread. A host name's picks its bucket and fingerprint byte in a snapshot; the
// compiler also uses them to find texts it has seen. They only narrow a search: every hit is
// confirmed against the stored text.

export const HASH_SEED = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

export function finishHash(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A host is hashed from its last character to its first, so that one pass over a query yields the
 * fingerprint of every parent domain on the way (see match-host.ts).
 */
export function hostFingerprint(host: string): number {
  let hash = HASH_SEED;
  for (let i = host.length - 1; i >= 0; i--) hash = hashStep(hash, host.charCodeAt(i));
  return finishHash(hash);
}

export function urlFingerprint(url: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < url.length; i++) hash = hashStep(hash, url.charCodeAt(i));
  return finishHash(hash);
}
