// Host lookups in a snapshot: the host and each parent domain, as exact entries and as wildcards.
// One pass from the last character to the first yields every suffix's fingerprint, which picks its
// bucket; the suffix is encoded with the host model only when its bucket holds entries, and each
// entry's name is compared with it bit for bit (layout in host-table-format.ts).

import { BitCursor, bitsEqual } from './bit-reader';
import { BitWriter } from './bit-writer';
import { HitCache } from './hit-cache';
import { HOST_KINDS, KIND_BITS, URL_BLOCK_FROM, type HostTableParameters } from './host-table-format';
import { normaliseQueryHost } from './normalise-query-host';
import type { SnapshotRecords } from './snapshot-records';
import { finishHash, HASH_SEED, hashStep } from './string-hash';
import type { TextCoder } from './text-coder';
import type { ListHit } from './types';

const DOT = 46;
/** Most suffixes a 253-character name can have (one a character, were they all dots). */
const MAX_SUFFIXES = 253;

/** The fields of the entry a walk stopped at. */
export interface HostEntryView {
  kind: number;
  reference: number;
  /** The bit its name starts at: the entry's identity. Its URLs follow the name. */
  nameAt: number;
  nameBits: number;
  urlCount: number;
}

export class HostTable {
  readonly entry: HostEntryView = { kind: 0, reference: 0, nameAt: 0, nameBits: 0, urlCount: 0 };
  private readonly cursor: BitCursor;
  private readonly query = new BitWriter(1 << 10);
  private bucketEnd = 0;
  private readonly bucketShift: number;
  private readonly suffixStarts = new Int32Array(MAX_SUFFIXES);
  private readonly suffixFingerprints = new Uint32Array(MAX_SUFFIXES);
  private readonly hits = new HitCache();

  constructor(
    private readonly directory: Uint32Array,
    readonly stream: Uint8Array,
    private readonly names: TextCoder,
    readonly parameters: HostTableParameters,
    readonly records: SnapshotRecords,
  ) {
    this.cursor = new BitCursor(stream);
    this.bucketShift = 32 - parameters.directoryBits;
  }

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
      const start = this.suffixStarts[s]!;
      // A name is at most once a domain and once a wildcard, in either order.
      let domain: ListHit | null = null;
      let wildcard: ListHit | null = null;
      if (!this.seek(this.suffixFingerprints[s]!, name, start, name.length)) continue;
      while (this.next()) {
        const { kind, nameAt, reference } = this.entry;
        if (kind === HOST_KINDS.domain) {
          domain = this.hits.get(nameAt, () => ({ type: 'list-domain', entry: name.slice(start), records: this.records.of(reference) }));
        } else if (kind === HOST_KINDS.wildcard) {
          wildcard = this.hits.get(nameAt, () => ({ type: 'list-wildcard', entry: `*.${name.slice(start)}`, records: this.records.of(reference) }));
        }
      }
      if (domain) hits.push(domain);
      if (wildcard) hits.push(wildcard);
    }
    return hits;
  }

  /**
   * Starts a walk over the entries named text[from, to), in the bucket of `fingerprint` (that
   * name's hostFingerprint); false when none can be there. next() then steps through them.
   */
  seek(fingerprint: number, text: string, from: number, to: number): boolean {
    const bucket = fingerprint >>> this.bucketShift;
    this.cursor.at = this.directory[bucket]!;
    this.bucketEnd = this.directory[bucket + 1]!;
    if (this.cursor.at >= this.bucketEnd) return false;
    this.query.reset();
    return this.names.encode(text, from, to, this.query);
  }

  /** Moves to the next entry of the walk with the name sought (its fields in `entry`); false at the end. */
  next(): boolean {
    const queryBits = this.query.bits;
    const queryBytes = this.query.view();
    while (this.cursor.at < this.bucketEnd) {
      this.readEntry();
      if (this.entry.nameBits === queryBits && bitsEqual(this.stream, this.entry.nameAt, queryBytes, 0, queryBits)) return true;
    }
    return false;
  }

  /** Reads the fields of the entry at the cursor into `entry`, leaving the cursor after the entry. */
  private readEntry(): void {
    const { referenceBits, nameLengthOrder, urlRestLengthOrder, urlBlockLengthOrder } = this.parameters;
    const cursor = this.cursor;
    const entry = this.entry;
    entry.kind = cursor.read(KIND_BITS);
    entry.reference = cursor.read(referenceBits);
    entry.nameBits = cursor.readExpGolomb(nameLengthOrder);
    entry.urlCount = cursor.readExpGolomb(0);
    const urlBits = entry.urlCount >= URL_BLOCK_FROM ? cursor.readExpGolomb(urlBlockLengthOrder) : -1;
    entry.nameAt = cursor.at;
    cursor.at += entry.nameBits;
    if (urlBits >= 0) {
      cursor.at += urlBits;
      return;
    }
    for (let url = 0; url < entry.urlCount; url++) {
      if (cursor.read(1) === 0) cursor.at += referenceBits;
      const restBits = cursor.readExpGolomb(urlRestLengthOrder);
      cursor.at += restBits;
    }
  }
}
