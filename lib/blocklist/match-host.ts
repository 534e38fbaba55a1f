// Host lookups in a snapshot: the host and each parent domain, as exact entries and as wildcards.
// One pass from the last character to the first yields every suffix's fingerprint; each candidate
// is confirmed against the stored host, so a fingerprint collision never reports a hit.

import { bytesEqualText, type ByteStrings } from './byte-strings';
import type { FingerprintIndex } from './fingerprint-index';
import { HitCache } from './hit-cache';
import { normaliseQueryHost } from './normalise-query-host';
import type { SnapshotRecords } from './snapshot-records';
import { finishHash, HASH_SEED, hashStep } from './string-hash';
import type { ListHit } from './types';

/** What a host entry is, stored as the first byte of its bytes; a URL host is there only for URLs. */
export const HOST_KINDS = { domain: 0, wildcard: 1, urlHost: 2 } as const;

const DOT = 46;
const decoder = new TextDecoder();
/** Most suffixes a 253-character name can have (one a character, were they all dots). */
const MAX_SUFFIXES = 253;

export class HostTable {
  private readonly suffixStarts = new Int32Array(MAX_SUFFIXES);
  private readonly suffixFingerprints = new Uint32Array(MAX_SUFFIXES);
  private readonly hits = new HitCache((entry) => this.hit(entry));

  constructor(
    private readonly index: FingerprintIndex,
    private readonly recordRefs: Uint32Array,
    private readonly names: ByteStrings,
    private readonly records: SnapshotRecords,
  ) {}

  /** Hits from the most specific suffix (the host itself) to the least; exact before wildcard. */
  match(host: string): ListHit[] {
    const name = normaliseQueryHost(host);
    if (name === null || name.length > 253) return [];
    let suffixes = 0;
    let hash = HASH_SEED;
    for (let i = name.length - 1; i >= 0; i--) {
      hash = hashStep(hash, name.charCodeAt(i));
      if (i === 0 || name.charCodeAt(i - 1) === DOT) {
        this.suffixStarts[suffixes] = i;
        this.suffixFingerprints[suffixes++] = finishHash(hash);
      }
    }
    const hits: ListHit[] = [];
    for (let s = suffixes - 1; s >= 0; s--) {
      const fingerprint = this.suffixFingerprints[s]!;
      const start = this.suffixStarts[s]!;
      // A name is at most once a domain and once a wildcard, in either order.
      let domain = -1;
      let wildcard = -1;
      for (let entry = this.index.first(fingerprint); entry >= 0; entry = this.index.next(entry, fingerprint)) {
        const kind = this.names.bytes[this.names.offsets[entry]!];
        if (kind === HOST_KINDS.urlHost || !this.nameEquals(entry, name, start, name.length)) continue;
        if (kind === HOST_KINDS.domain) domain = entry;
        else wildcard = entry;
      }
      if (domain >= 0) hits.push(this.hits.get(domain));
      if (wildcard >= 0) hits.push(this.hits.get(wildcard));
    }
    return hits;
  }

  name(entry: number): string {
    return decoder.decode(this.names.bytes.subarray(this.names.offsets[entry]! + 1, this.names.offsets[entry + 1]));
  }

  private hit(entry: number): ListHit {
    const name = this.name(entry);
    const records = this.records.of(this.recordRefs[entry]!);
    return this.names.bytes[this.names.offsets[entry]!] === HOST_KINDS.domain
      ? { type: 'list-domain', entry: name, records }
      : { type: 'list-wildcard', entry: `*.${name}`, records };
  }

  /** True when host entry `entry` is text[from, to). */
  nameEquals(entry: number, text: string, from: number, to: number): boolean {
    return bytesEqualText(this.names.bytes, this.names.offsets[entry]! + 1, this.names.offsets[entry + 1]!, text, from, to);
  }
}
