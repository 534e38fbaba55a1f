// Asks the collector for the crowd counts under one prefix (GET /v1/stats/{prefix}). Any failure is
// an answer of its own: no counts, and nothing else goes wrong for the page that asked.
import { isAllowedCollectorUrl, statsEndpoint } from '../reports/collector-url';
import { parseCrowdStats, type CrowdStats } from './crowd-stats';

export interface StatsRequest {
  collectorUrl: string;
  prefix: string;
  fetch: typeof fetch;
  timeoutMs?: number;
}

/** The stats, or null when the collector cannot be asked or gives no valid answer. */
export async function fetchCrowdStats(request: StatsRequest): Promise<CrowdStats | null> {
  if (!isAllowedCollectorUrl(request.collectorUrl)) return null;
  // Called without `this`: a browser's fetch throws "Illegal invocation" when called as request.fetch().
  const { fetch } = request;
  try {
    const response = await fetch(statsEndpoint(request.collectorUrl, request.prefix), {
      // Nothing but the prefix may reach the collector, and a redirect must not take it elsewhere.
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'error',
      signal: AbortSignal.timeout(request.timeoutMs ?? 5000),
    });
    if (!response.ok) return null;
    return parseCrowdStats(await response.json(), request.prefix);
  } catch {
    return null;
  }
}
