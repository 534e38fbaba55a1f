// URL lookups in a snapshot. A URL is stored under its host's entry (host-table-format.ts) with
// its host cut out (a NUL byte marks where it stood) and "http://" or "https://" as one byte: a
// lookup finds the host's entry as a host lookup does, then compares the rest bit for bit.

import { BitCursor, bitsEqual } from '../format/bit-reader';
import { storedUrl } from '../format/stored-url';
import { hostFingerprint } from '../format/string-hash';
import { EncodedText, type TextCoder } from '../format/text-coder';
import type { ListHit } from '../format/types';
import { urlKey } from '../format/url-key';
import { HitCache } from './hit-cache';
import type { HostTable } from './match-host';

export class UrlTable {
  private readonly hits = new HitCache();
  private readonly cursor: BitCursor;
  private readonly query = new EncodedText();

  constructor(
    private readonly hosts: HostTable,
    private readonly rests: TextCoder,
  ) {
    this.cursor = new BitCursor(hosts.stream);
  }

  match(url: string): ListHit[] {
    const key = urlKey(url);
    if (key === null) return [];
    const hosts = this.hosts;
    const host = key.href.slice(key.hostStart, key.hostEnd);
    hosts.seek(hostFingerprint(host), host, 0, host.length);
    let encoded = false;
    while (hosts.next()) {
      if (hosts.entry.urlCount === 0) continue;
      if (!encoded) {
        const rest = storedUrl(key);
        if (!this.rests.encode(rest, 0, rest.length, this.query)) return [];
        encoded = true;
      }
      const found = this.findUrl(key.href);
      if (found) return [found];
    }
    return [];
  }

  /** The hit among the URLs of the host entry the walk stopped at, or null. */
  private findUrl(href: string): ListHit | null {
    const { referenceBits, urlRestLengthOrder } = this.hosts.parameters;
    const entry = this.hosts.entry;
    const cursor = this.cursor;
    const queryBits = this.query.bits;
    const queryBytes = this.query.bytes;
    cursor.at = entry.urlsAt;
    for (let url = 0; url < entry.urlCount; url++) {
      const reference = cursor.read(1) === 1 ? entry.reference : cursor.read(referenceBits);
      const bits = cursor.readExpGolomb(urlRestLengthOrder);
      const at = cursor.at;
      cursor.at += bits;
      if (cursor.at > entry.nameAt) throw new Error('snapshot is corrupt: a URL runs past its host entry');
      if (bits === queryBits && bitsEqual(cursor.bytes, at, queryBytes, 0, queryBits)) {
        return this.hits.find(at) ?? this.hits.keep(at, { type: 'list-url', entry: href, records: this.hosts.records.of(reference) });
      }
    }
    return null;
  }
}
