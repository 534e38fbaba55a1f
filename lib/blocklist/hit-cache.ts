// A listed entry gives the same hit every time: each hit is built once, frozen and shared. A page
// asks about the same few hosts and addresses over and over; only entries that were hit are kept.

import type { ListHit } from './types';

export class HitCache {
  private readonly hits = new Map<number, ListHit>();

  constructor(private readonly build: (entry: number) => ListHit) {}

  get(entry: number): ListHit {
    let hit = this.hits.get(entry);
    if (!hit) {
      hit = Object.freeze(this.build(entry));
      this.hits.set(entry, hit);
    }
    return hit;
  }
}
