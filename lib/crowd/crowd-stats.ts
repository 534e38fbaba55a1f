// The collector's answer to GET /v1/stats/{prefix}, checked before anything of it is shown or kept:
// `{ prefix, domains: [{ domain, last24h: { cause: n }, last7d: { cause: n } }] }`.
import { canonicalHost, isReportableHost } from '@blocklens/report-schema';
import { CAUSES, type Cause } from '@blocklens/vocabulary';
import type { CauseCounts, CrowdCounts } from './crowd-counts';

/** The domains under one prefix that the collector has enough reports for, by domain. */
export type CrowdStats = Record<string, CrowdCounts>;

/**
 * More than any real prefix holds (about 1 in 65,536 of all reported domains); an answer beyond it
 * is not kept in the browser's storage.
 */
export const MAX_DOMAINS = 2000;

/** The stats for `prefix`, or null when the answer is not one (wrong shape, another prefix, too big). */
export function parseCrowdStats(body: unknown, prefix: string): CrowdStats | null {
  if (!isObject(body) || body.prefix !== prefix || !Array.isArray(body.domains)) return null;
  if (body.domains.length > MAX_DOMAINS) return null;
  const stats: CrowdStats = {};
  for (const entry of body.domains) {
    if (!isObject(entry)) return null;
    const { domain } = entry;
    const last24h = causeCounts(entry.last24h);
    const last7d = causeCounts(entry.last7d);
    if (typeof domain !== 'string' || !isReportedDomain(domain) || last24h === null || last7d === null) return null;
    stats[domain] = { last24h, last7d };
  }
  return stats;
}

/** As the collector accepts it in a report, so never `__proto__` or anything else but a name. */
function isReportedDomain(value: string): boolean {
  return canonicalHost(value) === value && isReportableHost(value);
}

/** Known causes with whole, non-negative counts; a cause this version does not know is skipped. */
function causeCounts(value: unknown): CauseCounts | null {
  if (!isObject(value)) return null;
  const counts: CauseCounts = {};
  for (const [cause, count] of Object.entries(value)) {
    if (!Number.isSafeInteger(count) || (count as number) < 0) return null;
    if (isCause(cause) && (count as number) > 0) counts[cause] = count as number;
  }
  return counts;
}

function isCause(value: string): value is Cause {
  return (CAUSES as readonly string[]).includes(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
