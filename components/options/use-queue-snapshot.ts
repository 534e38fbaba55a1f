// The queue as the options page shows it, read again every few seconds while the page is visible
// (the worker adds and sends in the background) and right after the page changes it.
import type { Report } from '@blocklens/report-schema';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { QueueState } from '../../lib/reports/report-queue';
import type { QueueAccess } from '../../shells/contracts/queue-access';
import { errorMessage } from '../shared/error-message';

export type QueueSnapshot =
  | { phase: 'loading' }
  | { phase: 'ready'; reports: Report[]; state: QueueState }
  | { phase: 'error'; message: string };

export const QUEUE_POLL_MS = 3000;

/** The snapshot, and a function that reads the queue again now. */
export function useQueueSnapshot(queue: QueueAccess, pollMs: number = QUEUE_POLL_MS): [QueueSnapshot, () => Promise<void>] {
  const [snapshot, setSnapshot] = useState<QueueSnapshot>({ phase: 'loading' });
  const latestRead = useRef(0);

  const refresh = useCallback(async () => {
    const read = ++latestRead.current;
    let next: QueueSnapshot;
    try {
      const [reports, state] = await Promise.all([queue.list(), queue.state()]);
      next = { phase: 'ready', reports, state };
    } catch (error) {
      next = { phase: 'error', message: errorMessage(error) };
    }
    // Reads may finish out of order; only the newest one may show.
    if (read === latestRead.current) setSnapshot(next);
  }, [queue]);

  useEffect(() => {
    const refreshIfVisible = () => {
      if (document.visibilityState === 'visible') void refresh();
    };
    void refresh();
    const timer = setInterval(refreshIfVisible, pollMs);
    document.addEventListener('visibilitychange', refreshIfVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', refreshIfVisible);
    };
  }, [refresh, pollMs]);

  return [snapshot, refresh];
}
