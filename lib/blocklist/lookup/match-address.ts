// Address lookups in a snapshot: every listed address and range holding the query (address-forest.ts),
// each with the records that list it.

import type { PackedUints } from '../format/packed-uints';
import type { ListHit } from '../format/types';
import type { AddressForest } from './address-forest';
import { HitCache } from './hit-cache';
import type { SnapshotRecords } from './snapshot-records';

export class ListedAddresses {
  private readonly hits = new HitCache();

  constructor(
    private readonly forest: AddressForest,
    /** Per entry, its packed record reference. */
    private readonly recordRefs: PackedUints,
    private readonly records: SnapshotRecords,
  ) {}

  /** Every entry holding the address in query[0, 1 or 4 words): the innermost first. */
  match(query: Uint32Array): ListHit[] {
    return this.forest.holding(query).map((entry) => this.hits.find(entry) ?? this.hits.keep(entry, this.hit(entry)));
  }

  private hit(entry: number): ListHit {
    return {
      type: this.forest.prefix(entry) === this.forest.bits ? 'list-ip' : 'list-range',
      entry: this.forest.text(entry),
      records: this.records.of(this.recordRefs.get(entry)),
    };
  }
}
