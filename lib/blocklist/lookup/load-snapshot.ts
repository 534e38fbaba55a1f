// Opens a compiled snapshot in place: typed-array views over the buffer, no per-entry parsing, so
// a worker is ready in well under a millisecond whatever the list size. Browser-safe (no Node APIs).

import type { HostingNetwork } from '@blocklens/vocabulary';
import { parseAddressQuery } from '../../ip/address-bits';
import { linkLayout } from '../format/address-links';
import { PackedUints } from '../format/packed-uints';
import { readSnapshot, verifySnapshotChecksum } from '../format/snapshot-format';
import { TextCoder } from '../format/text-coder';
import type { BlocklistMatcher, ListHit, SnapshotInfo } from '../format/types';
import { AddressForest } from './address-forest';
import { ListedAddresses } from './match-address';
import { HostTable } from './match-host';
import { NetworkRanges } from './match-network';
import { UrlTable } from './match-url';
import { SnapshotRecords } from './snapshot-records';

export interface LoadOptions {
  /**
   * Verify the checksum before answering (default true). It reads the whole buffer (about 3 GB/s
   * here, so most of the load time); a caller that verified this same snapshot earlier, e.g.
   * in an earlier worker of the same browser session, may skip it. Structural checks always run.
   */
  verifyChecksum?: boolean;
}

/**
 * Throws "not a Blocklens snapshot", "snapshot format version N, expected M" or "snapshot is
 * corrupt: …". A snapshot whose checksum was not verified can still throw "snapshot is corrupt: …"
 * from a lookup, when the damage is inside a bit stream that loading does not read.
 */
export function loadSnapshot(buffer: ArrayBuffer, options: LoadOptions = {}): BlocklistMatcher {
  const { counts, meta, sections: s } = readSnapshot(buffer);
  if (options.verifyChecksum !== false) verifySnapshotChecksum(buffer);
  const records = new SnapshotRecords({
    count: counts.records,
    valueCounts: [counts.listValues, counts.authorityValues, counts.dateValues],
    decisionLengthOrder: counts.decisionLengthOrder,
    dictionary: { offsets: s.recordDictionaryOffsets, bytes: s.recordDictionaryBytes },
    decisions: new TextCoder(s.recordModel),
    index: s.recordIndex,
    stream: s.recordStream,
    setStarts: s.recordSetStarts,
    setMembers: s.recordSetMembers,
  });
  const hosts = new HostTable(s.hostDirectory, s.hostStream, new TextCoder(s.hostModel), {
    directoryBits: counts.hostDirectoryBits,
    referenceBits: counts.referenceBits,
    shapeOrder: counts.shapeOrder,
    bodyLengthOrder: counts.bodyLengthOrder,
    urlRestLengthOrder: counts.urlRestLengthOrder,
    urlBlockLengthOrder: counts.urlBlockLengthOrder,
  }, records);
  const urls = new UrlTable(hosts, new TextCoder(s.urlModel));
  const forest = (family: 4 | 6, name: 'ipv4' | 'ipv6' | 'networkIpv4' | 'networkIpv6') =>
    new AddressForest(family, {
      directory: s[`${name}Directory`],
      directoryBits: counts[`${name}DirectoryBits`],
      starts: s[`${name}Starts`],
      links: new PackedUints(s[`${name}Links`], linkLayout(family, counts[name]).width),
    });
  const ipv4 = new ListedAddresses(forest(4, 'ipv4'), new PackedUints(s.ipv4Records, counts.referenceBits), records);
  const ipv6 = new ListedAddresses(forest(6, 'ipv6'), new PackedUints(s.ipv6Records, counts.referenceBits), records);
  const networkTexts = { offsets: s.networkTextOffsets, bytes: s.networkTextBytes };
  const networkRefs = (refs: Uint8Array) => new PackedUints(refs, counts.networkReferenceBits);
  const networkIpv4 = new NetworkRanges(forest(4, 'networkIpv4'), { networkRefs: networkRefs(s.networkIpv4Refs), texts: networkTexts });
  const networkIpv6 = new NetworkRanges(forest(6, 'networkIpv6'), { networkRefs: networkRefs(s.networkIpv6Refs), texts: networkTexts });
  const info: SnapshotInfo = {
    ...meta,
    counts: {
      domains: counts.domains,
      wildcards: counts.wildcards,
      urls: counts.urls,
      ipv4: counts.ipv4,
      ipv6: counts.ipv6,
      records: counts.records,
      networks: counts.networkIpv4 + counts.networkIpv6,
    },
  };
  const query = new Uint32Array(4);
  const networksHolding = (address: string): HostingNetwork[] => {
    const family = parseAddressQuery(address, query);
    if (family === 4) return networkIpv4.holding(query);
    return family === 6 ? networkIpv6.holding(query) : [];
  };
  return {
    info,
    matchHost: (host: string) => hosts.match(host),
    matchUrl: (url: string) => urls.match(url),
    matchAddress(address: string): ListHit[] {
      const family = parseAddressQuery(address, query);
      if (family === 4) return ipv4.match(query);
      return family === 6 ? ipv6.match(query) : [];
    },
    networksHolding,
    matchNetwork: (address: string) => networksHolding(address)[0] ?? null,
  };
}
