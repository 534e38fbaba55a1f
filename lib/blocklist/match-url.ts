// URL lookups in a snapshot. A URL entry stores its text with the host cut out (a NUL byte marks
// where it stood) and names its host entry, so the host is stored once for all its URLs; "http://"
// and "https://" are stored as one byte each.

import { bytesEqualText, decodeString, type ByteStrings } from './byte-strings';
import type { FingerprintIndex } from './fingerprint-index';
import { HitCache } from './hit-cache';
import type { HostTable } from './match-host';
import type { SnapshotRecords } from './snapshot-records';
import { urlFingerprint } from './string-hash';
import type { ListHit } from './types';
import { urlKey, type UrlKey } from './url-key';

/** Stands where the host was; a normalised URL never contains it (nor the scheme bytes below). */
const HOST_MARK = '\u0000';
/** Scheme prefixes stored as the one byte of their index. */
const SCHEMES = ['', 'http://', 'https://'];

export class UrlTable {
  private readonly hits = new HitCache((entry) => ({
    type: 'list-url',
    entry: this.urlText(entry),
    records: this.records.of(this.recordRefs[entry]!),
  }));

  constructor(
    private readonly index: FingerprintIndex,
    private readonly hostEntries: Uint32Array,
    private readonly recordRefs: Uint32Array,
    private readonly rests: ByteStrings,
    private readonly hosts: HostTable,
    private readonly records: SnapshotRecords,
  ) {}

  match(url: string): ListHit[] {
    const key = urlKey(url);
    if (key === null) return [];
    const fingerprint = urlFingerprint(key.href);
    for (let entry = this.index.first(fingerprint); entry >= 0; entry = this.index.next(entry, fingerprint)) {
      const rest = storedUrl(key);
      const { offsets, bytes } = this.rests;
      if (
        bytesEqualText(bytes, offsets[entry]!, offsets[entry + 1]!, rest, 0, rest.length) &&
        this.hosts.nameEquals(this.hostEntries[entry]!, key.href, key.hostStart, key.hostEnd)
      ) {
        return [this.hits.get(entry)];
      }
    }
    return [];
  }

  /** The URL of entry `entry`: its stored text with its scheme and host put back. */
  private urlText(entry: number): string {
    const rest = decodeString(this.rests, entry);
    const mark = rest.indexOf(HOST_MARK);
    const scheme = SCHEMES[rest.charCodeAt(0)];
    const prefix = scheme && mark === 1 ? scheme : rest.slice(0, mark);
    return prefix + this.hosts.name(this.hostEntries[entry]!) + rest.slice(mark + 1);
  }
}

/** What a snapshot stores of a URL: its text without the host, the commonest schemes as one byte. */
export function storedUrl({ href, hostStart, hostEnd }: UrlKey): string {
  const prefix = href.slice(0, hostStart);
  const scheme = SCHEMES.indexOf(prefix);
  return (scheme > 0 ? String.fromCharCode(scheme) : prefix) + HOST_MARK + href.slice(hostEnd);
}
