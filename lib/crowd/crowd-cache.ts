// Crowd counts already fetched, kept in the session area for ten minutes: reopening the popup, or
// another finding under the same prefix, asks the collector nothing new. Older answers are removed
// at the next write, so the area holds no counts from long ago.
import type { SessionArea } from '../storage/session-area';
import type { CrowdStats } from './crowd-stats';

/** Counts move by the hour at the collector; ten minutes old is fresh enough. */
export const CROWD_CACHE_MS = 10 * 60_000;

const CACHE_KEY = 'crowd';

interface CachedStats {
  /** The collector that answered: a changed address must not show another collector's counts. */
  collectorUrl: string;
  at: number;
  stats: CrowdStats;
}

/** By prefix. */
type CachedEntries = Record<string, CachedStats>;

export class CrowdCache {
  /** Writes one after another, so two answers arriving together do not drop each other. */
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly area: SessionArea,
    private readonly now: () => number,
    private readonly maxAgeMs: number = CROWD_CACHE_MS,
  ) {}

  /** The stats this collector gave for `prefix` less than the maximum age ago, or null. */
  async get(collectorUrl: string, prefix: string): Promise<CrowdStats | null> {
    const entries = await this.freshEntries();
    const cached = Object.hasOwn(entries, prefix) ? entries[prefix] : undefined;
    return cached?.collectorUrl === collectorUrl ? cached.stats : null;
  }

  put(collectorUrl: string, prefix: string, stats: CrowdStats): Promise<void> {
    this.writing = this.writing.then(async () => {
      const entries = await this.freshEntries();
      entries[prefix] = { collectorUrl, at: this.now(), stats };
      await this.area.set(CACHE_KEY, entries);
    });
    return this.writing;
  }

  /** The entries younger than the maximum age (and none from a clock that went back). */
  private async freshEntries(): Promise<CachedEntries> {
    const stored = (await this.area.get(CACHE_KEY)) as CachedEntries | undefined;
    const now = this.now();
    const fresh: CachedEntries = {};
    for (const [prefix, entry] of Object.entries(stored ?? {})) {
      const age = now - entry.at;
      if (age >= 0 && age < this.maxAgeMs) fresh[prefix] = entry;
    }
    return fresh;
  }
}
