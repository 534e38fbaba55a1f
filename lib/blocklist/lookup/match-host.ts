// Host lookups in a snapshot: the host and each parent domain, as exact entries and as wildcards.
// One pass from the last character to the first yields every suffix's fingerprint, which picks its
// bucket; the suffix is encoded with the host model only when an entry there has its fingerprint
// byte, and that entry's name is compared with it bit for bit (layout in host-table-format.ts).

import { BitCursor, bitsEqual } from '../format/bit-reader';
import {
  fingerprintRemainder,
  HOST_KINDS,
  KINDS,
  LONG_BODY,
  MANY_ENTRIES,
  URL_BLOCK_FROM,
  type HostTableParameters,
} from '../format/host-table-format';
import { normaliseQueryHost } from '../format/normalise-query-host';
import { finishHash, HASH_SEED, hashStep } from '../format/string-hash';
import { EncodedText, type TextCoder } from '../format/text-coder';
import type { ListHit } from '../format/types';
import { HitCache } from './hit-cache';
import type { SnapshotRecords } from './snapshot-records';

const DOT = 46;
/** Whether the sought name is encoded in `query` yet, or cannot be (so is not listed). */
const NOT_YET = 0;
const ENCODED = 1;
const UNLISTABLE = 2;
/** Most suffixes a 253-character name can have (one a character, were they all dots). */
const MAX_SUFFIXES = 253;

/** The fields of the entry a walk stopped at. */
export interface HostEntryView {
  kind: number;
  listedBelow: boolean;
  reference: number;
  urlCount: number;
  urlsAt: number;
  /** The bit its name starts at: the entry's identity. */
  nameAt: number;
  nameBits: number;
}

export class HostTable {
  readonly entry: HostEntryView = { kind: 0, listedBelow: false, reference: 0, urlCount: 0, urlsAt: 0, nameAt: 0, nameBits: 0 };
  private readonly cursor: BitCursor;
  private readonly query = new EncodedText();
  /** The bucket being walked: its entry count, where its fingerprint bytes are, how far a walk got. */
  private count = 0;
  private fingerprintsAt = 0;
  private scanned = 0;
  /** The entries whose bodies were passed, the bit after the last of them, and the body found last. */
  private walked = 0;
  private walkedTo = 0;
  private bodyStart = 0;
  private bodyEnd = 0;
  /** The walk's name, text[from, to), and its fingerprint bits. */
  private sought = '';
  private soughtFrom = 0;
  private soughtTo = 0;
  private remainder = 0;
  private encoded = NOT_YET;
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

  /**
   * Hits from the most specific suffix (the host itself) to the least; exact before wildcard. The
   * suffixes are looked up from the shortest, until one is an entry with nothing listed below it.
   */
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
    for (let s = 0; s < suffixes; s++) {
      const start = this.suffixStarts[s]!;
      let found = false;
      let listedBelow = false;
      // A name is at most once a domain and once a wildcard, in either order.
      let domainAt = -1;
      let domainReference = 0;
      let wildcardAt = -1;
      let wildcardReference = 0;
      this.seek(this.suffixFingerprints[s]!, name, start, name.length);
      while (this.next()) {
        const { kind, nameAt, reference } = this.entry;
        found = true;
        listedBelow = this.entry.listedBelow;
        if (kind === HOST_KINDS.domain) {
          domainAt = nameAt;
          domainReference = reference;
        } else if (kind === HOST_KINDS.wildcard) {
          wildcardAt = nameAt;
          wildcardReference = reference;
        }
      }
      if (wildcardAt >= 0) {
        const hit = this.hits.find(wildcardAt);
        hits.push(hit ?? this.hits.keep(wildcardAt, { type: 'list-wildcard', entry: `*.${name.slice(start)}`, records: this.records.of(wildcardReference) }));
      }
      if (domainAt >= 0) {
        const hit = this.hits.find(domainAt);
        hits.push(hit ?? this.hits.keep(domainAt, { type: 'list-domain', entry: name.slice(start), records: this.records.of(domainReference) }));
      }
      if (found && !listedBelow) break;
    }
    // Found from the shortest suffix, wildcard before exact: the reverse of the order promised.
    return hits.reverse();
  }

  /**
   * Starts a walk over the entries named text[from, to), in the bucket of `fingerprint` (that
   * name's hostFingerprint); next() then steps through them. The name is encoded only when an
   * entry's fingerprint byte agrees with it.
   */
  seek(fingerprint: number, text: string, from: number, to: number): void {
    const bytes = this.stream;
    const bucket = fingerprint >>> this.bucketShift;
    let at = this.directory[bucket]!;
    const end = this.directory[bucket + 1]!;
    let count = at < end ? bytes[at++]! : 0;
    if (count === MANY_ENTRIES) {
      count = (bytes[at]! << 8) | bytes[at + 1]!;
      at += 2;
    }
    this.count = count;
    this.fingerprintsAt = at;
    this.scanned = 0;
    this.walked = 0;
    this.walkedTo = 8 * (at + 2 * count);
    this.remainder = fingerprintRemainder(fingerprint, this.parameters.directoryBits);
    this.sought = text;
    this.soughtFrom = from;
    this.soughtTo = to;
    this.encoded = NOT_YET;
  }

  /** Moves to the next entry of the walk with the name sought (its fields in `entry`); false at the end. */
  next(): boolean {
    const bytes = this.stream;
    for (; this.scanned < this.count; this.scanned++) {
      const remainder = bytes[this.fingerprintsAt + this.scanned]!;
      if (remainder < this.remainder) continue;
      if (remainder > this.remainder) break;
      this.walkTo(this.scanned);
      if (this.bodyIsSought(this.bodyStart, this.bodyEnd)) {
        this.scanned++;
        return true;
      }
    }
    this.scanned = this.count;
    return false;
  }

  /** Finds the body of entry `index` of the bucket (at or after the last one found) in [bodyStart, bodyEnd). */
  private walkTo(index: number): void {
    const lengths = this.fingerprintsAt + this.count;
    for (; this.walked <= index; this.walked++) {
      const length = this.stream[lengths + this.walked]!;
      if (length === LONG_BODY) {
        this.cursor.at = this.walkedTo;
        const bits = this.cursor.readExpGolomb(this.parameters.bodyLengthOrder);
        this.bodyStart = this.cursor.at;
        this.bodyEnd = this.cursor.at + bits;
      } else {
        this.bodyStart = this.walkedTo;
        this.bodyEnd = this.walkedTo + length;
      }
      this.walkedTo = this.bodyEnd;
    }
  }

  /** Reads the body at [start, end) into `entry`; true when its name is the one sought. */
  private bodyIsSought(start: number, end: number): boolean {
    const { referenceBits, urlRestLengthOrder } = this.parameters;
    const cursor = this.cursor;
    const entry = this.entry;
    cursor.at = start;
    const shape = cursor.readExpGolomb(this.parameters.shapeOrder);
    entry.listedBelow = (shape & 1) === 1;
    const kindAndCount = shape >>> 1;
    entry.kind = kindAndCount % KINDS;
    entry.urlCount = (kindAndCount - entry.kind) / KINDS;
    entry.reference = cursor.read(referenceBits);
    const urlBits = entry.urlCount >= URL_BLOCK_FROM ? cursor.readExpGolomb(this.parameters.urlBlockLengthOrder) : -1;
    entry.urlsAt = cursor.at;
    if (urlBits >= 0) cursor.at += urlBits;
    else {
      for (let url = 0; url < entry.urlCount && cursor.at <= end; url++) {
        if (cursor.read(1) === 0) cursor.at += referenceBits;
        const restBits = cursor.readExpGolomb(urlRestLengthOrder);
        cursor.at += restBits;
      }
    }
    if (cursor.at > end) throw new Error('snapshot is corrupt: a host entry runs past its length');
    entry.nameAt = cursor.at;
    entry.nameBits = end - cursor.at;
    if (this.encoded === NOT_YET) {
      this.encoded = this.names.encode(this.sought, this.soughtFrom, this.soughtTo, this.query) ? ENCODED : UNLISTABLE;
    }
    const bits = this.query.bits;
    return this.encoded === ENCODED && entry.nameBits === bits && bitsEqual(this.stream, entry.nameAt, this.query.bytes, 0, bits);
  }
}
