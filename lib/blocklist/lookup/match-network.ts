// Hosting-network lookups in a snapshot: the network ranges holding an address (address-forest.ts),
// each entry pointing at one distinct network (a name and the date since which it is cut), whose
// texts are read only when a lookup needs them.

import type { HostingNetwork } from '@blocklens/vocabulary';
import type { PackedUints } from '../format/packed-uints';
import type { AddressForest } from './address-forest';

export interface NetworkViews {
  /** Per range entry, its network's index. */
  networkRefs: PackedUints;
  /** Per network, its name and then its date ("" when undated): strings 2n and 2n + 1. */
  texts: { offsets: Uint32Array; bytes: Uint8Array };
}

const utf8 = new TextDecoder();

export class NetworkRanges {
  private readonly networks = new Map<number, HostingNetwork>();

  constructor(
    private readonly forest: AddressForest,
    private readonly views: NetworkViews,
  ) {}

  /** Every network range holding the address in query[0, 1 or 4 words): the narrowest first. */
  holding(query: Uint32Array): HostingNetwork[] {
    return this.forest.holding(query).map((entry) => this.networks.get(entry) ?? this.keep(entry));
  }

  private keep(entry: number): HostingNetwork {
    const reference = this.views.networkRefs.get(entry);
    const { offsets } = this.views.texts;
    if (2 * reference + 2 >= offsets.length) throw new Error('snapshot is corrupt: a network range names no network');
    const network = Object.freeze({ name: this.text(2 * reference), range: this.forest.text(entry), since: this.text(2 * reference + 1) });
    this.networks.set(entry, network);
    return network;
  }

  private text(index: number): string {
    const { offsets, bytes } = this.views.texts;
    return utf8.decode(bytes.subarray(offsets[index], offsets[index + 1]));
  }
}
