// URL lookups in a snapshot. A URL entry stores its text with the host cut out (a NUL byte marks
// where it stood) and names its host entry, so the host is stored once for all its URLs.

import { decodeString, type ByteStrings } from './byte-strings';
import type { FingerprintIndex } from './fingerprint-index';
import { HitCache } from './hit-cache';
import type { HostTable } from './match-host';
import type { SnapshotRecords } from './snapshot-records';
import { urlFingerprint } from './string-hash';
import type { ListHit } from './types';
import { urlKey, type UrlKey } from './url-key';

/** Stands where the host was; a normalised URL never contains it. */
export const HOST_MARK = 0;

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
    const fingerprints = this.index.fingerprints;
    for (let entry = this.index.first(fingerprint); entry >= 0 && fingerprints[entry] === fingerprint; entry++) {
      if (this.restEquals(entry, key) && this.hosts.nameEquals(this.hostEntries[entry]!, key.href, key.hostStart, key.hostEnd)) {
        return [this.hits.get(entry)];
      }
    }
    return [];
  }

  /** The URL of entry `entry`: its stored text with its host put back. */
  private urlText(entry: number): string {
    const rest = decodeString(this.rests, entry);
    const host = this.hosts.name(this.hostEntries[entry]!);
    const mark = rest.indexOf(String.fromCharCode(HOST_MARK));
    return rest.slice(0, mark) + host + rest.slice(mark + 1);
  }

  private restEquals(entry: number, { href, hostStart, hostEnd }: UrlKey): boolean {
    const bytes = this.rests.bytes;
    const start = this.rests.offsets[entry]!;
    const end = this.rests.offsets[entry + 1]!;
    if (end - start !== href.length - (hostEnd - hostStart) + 1 || bytes[start + hostStart] !== HOST_MARK) return false;
    for (let i = 0; i < hostStart; i++) if (bytes[start + i] !== href.charCodeAt(i)) return false;
    for (let i = start + hostStart + 1, j = hostEnd; i < end; i++, j++) if (bytes[i] !== href.charCodeAt(j)) return false;
    return true;
  }
}

/** The stored text of a URL: its normalised text with HOST_MARK in place of the host. */
export function urlRest({ href, hostStart, hostEnd }: UrlKey): string {
  return href.slice(0, hostStart) + String.fromCharCode(HOST_MARK) + href.slice(hostEnd);
}
