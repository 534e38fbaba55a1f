// Deletes reports past the retention period: once at start, then hourly, so the collector keeps
// only what PRIVACY.md promises.
import type { ReportStore } from './report-store';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Starts pruning; returns a function that stops it. `retentionDays` 0 keeps everything. */
export function startRetention(
  store: Pick<ReportStore, 'prune'>,
  retentionDays: number,
  now: () => number = Date.now,
): () => void {
  if (retentionDays === 0) return () => {};
  const prune = () => {
    store.prune(new Date(now() - retentionDays * DAY_MS)).catch((error: unknown) => {
      console.error('collector: could not delete expired reports:', error instanceof Error ? error.message : error);
    });
  };
  prune();
  const timer = setInterval(prune, HOUR_MS);
  timer.unref();
  return () => clearInterval(timer);
}
