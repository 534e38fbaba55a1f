// A listed entry gives the same hit every time: each hit is built once, frozen and shared. A page
// asks about the same few hosts and addresses over and over; only entries that were hit are kept.

import type { ListHit } from '../format/types';

export class HitCache {
  private readonly hits = new Map<number, ListHit>();

  /** The hit of the entry at `key`, if it was kept. */
  find(key: number): ListHit | undefined {
    return this.hits.get(key);
  }

  /** Keeps the hit of the entry at `key`, frozen, and returns it. */
  keep(key: number, hit: ListHit): ListHit {
    const frozen = Object.freeze(hit);
    this.hits.set(key, frozen);
    return frozen;
  }
}
