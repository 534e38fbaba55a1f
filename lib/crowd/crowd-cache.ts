// Crowd counts already fetched, kept in the session area for a while: reopening the popup, or
// another finding under the same prefix, asks the collector nothing new.
import type { SessionArea } from '../storage/session-area';
import type { CrowdStats } from './crowd-stats';

/** Counts move by the hour at the collector; ten minutes old is fresh enough. */
export const CROWD_CACHE_MS = 10 * 60_000;

interface CachedStats {
  /** The collector that answered: a changed address must not show another collector's counts. */
  collectorUrl: string;
  at: number;
  stats: CrowdStats;
}

export class CrowdCache {
  constructor(
    private readonly area: SessionArea,
    private readonly now: () => number,
    private readonly maxAgeMs: number = CROWD_CACHE_MS,
  ) {}

  /** The stats this collector gave for `prefix` less than the maximum age ago, or null. */
  async get(collectorUrl: string, prefix: string): Promise<CrowdStats | null> {
    const cached = (await this.area.get(cacheKey(prefix))) as CachedStats | undefined;
    if (cached?.collectorUrl !== collectorUrl) return null;
    const age = this.now() - cached.at;
    return age >= 0 && age < this.maxAgeMs ? cached.stats : null;
  }

  async put(collectorUrl: string, prefix: string, stats: CrowdStats): Promise<void> {
    const cached: CachedStats = { collectorUrl, at: this.now(), stats };
    await this.area.set(cacheKey(prefix), cached);
  }
}

function cacheKey(prefix: string): string {
  return `crowd:${prefix}`;
}
