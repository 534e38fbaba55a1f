// Which report hours the collector takes: none older than the retention period (it would delete them
// at once) and none more than an hour ahead (a client's clock may run a little fast, no more), so
// every stored report is one that retention will delete in time.
import type { ReportBatch } from '@blocklens/report-schema';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** A client's clock may run this much ahead of the collector's. */
export const CLOCK_SKEW_MS = HOUR_MS;

/** The first report of `batch` whose hour falls outside the window, as an error for the sender; else null. */
export function hourOutsideWindow(batch: ReportBatch, now: number, retentionDays: number): string | null {
  // RETENTION_DAYS=0 keeps everything: then only the future is refused. Otherwise the hour must not
  // be one the next prune deletes (it deletes hours before now less the retention period).
  const earliest = retentionDays === 0 ? -Infinity : now - retentionDays * DAY_MS;
  const latest = now + CLOCK_SKEW_MS;
  const index = batch.reports.findIndex((report) => {
    const hour = Date.parse(report.hour);
    return hour < earliest || hour > latest;
  });
  if (index < 0) return null;
  const window = retentionDays === 0 ? 'at most one hour ahead' : `within the last ${retentionDays} days and at most one hour ahead`;
  return `reports[${index}].hour: must be ${window}`;
}
