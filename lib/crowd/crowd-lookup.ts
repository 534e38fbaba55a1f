// A finding's crowd counts: its domain as a report would name it, that domain's prefix, then the
// cache or the collector. Findings under one prefix share one request.
import type { Finding } from '@blocklens/vocabulary';
import { reportedDomain } from '../reports/build-report';
import type { CrowdCache } from './crowd-cache';
import type { CrowdCounts } from './crowd-counts';
import { crowdPrefix } from './crowd-prefix';
import type { CrowdStats } from './crowd-stats';
import { fetchCrowdStats } from './fetch-crowd-stats';

export type CrowdView =
  | { state: 'counts'; domain: string; counts: CrowdCounts }
  /** The collector answered, but holds too few reports about the domain to show any. */
  | { state: 'none'; domain: string }
  /** The collector could not be asked, or gave no usable answer. */
  | { state: 'unavailable'; domain: string };

/** Null for a finding no report could name (a local or private host): nothing is asked about it. */
export type CrowdLookup = (finding: Pick<Finding, 'host' | 'evidence'>) => Promise<CrowdView | null>;

export interface CrowdLookupOptions {
  collectorUrl: string;
  fetch: typeof fetch;
  cache: CrowdCache;
  timeoutMs?: number;
}

/** A lookup for the life of one page: each prefix is asked at most once, failed or not. */
export function crowdLookup(options: CrowdLookupOptions): CrowdLookup {
  const { collectorUrl, cache } = options;
  const asked = new Map<string, Promise<CrowdStats | null>>();

  const load = async (prefix: string): Promise<CrowdStats | null> => {
    // An unreadable cache is only a miss.
    const cached = await cache.get(collectorUrl, prefix).catch(() => null);
    if (cached !== null) return cached;
    const stats = await fetchCrowdStats({ collectorUrl, prefix, fetch: options.fetch, timeoutMs: options.timeoutMs });
    if (stats !== null) await cache.put(collectorUrl, prefix, stats).catch(() => {});
    return stats;
  };

  return async (finding) => {
    const domain = reportedDomain(finding);
    if (domain === null) return null;
    const prefix = await crowdPrefix(domain);
    let stats = asked.get(prefix);
    if (stats === undefined) {
      stats = load(prefix);
      asked.set(prefix, stats);
    }
    const answer = await stats;
    if (answer === null) return { state: 'unavailable', domain };
    return Object.hasOwn(answer, domain) ? { state: 'counts', domain, counts: answer[domain]! } : { state: 'none', domain };
  };
}
