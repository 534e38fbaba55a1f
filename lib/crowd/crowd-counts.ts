// What the collector counts for one domain: distinct reports per cause, over the last 24 hours and
// the last 7 days. Kept apart from the answer's parsing, so the popup shows counts without loading it.
import type { Cause } from '@blocklens/vocabulary';

/** Reports per cause; causes without reports are left out. */
export type CauseCounts = Partial<Record<Cause, number>>;

export interface CrowdCounts {
  last24h: CauseCounts;
  last7d: CauseCounts;
}

/** All reports in a period, whatever their cause. */
export function totalReports(counts: CauseCounts): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}
