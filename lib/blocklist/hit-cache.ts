// A listed entry gives the same hit every time: each hit is built once, frozen and shared. A page
// asks about the same few hosts and addresses over and over; only entries that were hit are kept.

import type { ListHit } from './types';

export class HitCache {
  private readonly hits = new Map<number, ListHit>();

  /** The hit of the entry at `key`, built by `build` the first time it is asked for. */
  get(key: number, build: () => ListHit): ListHit {
    let hit = this.hits.get(key);
    if (!hit) {
      hit = Object.freeze(build());
      this.hits.set(key, hit);
    }
    return hit;
  }
}
