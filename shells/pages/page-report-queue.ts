// The report queue as an extension page sees it: the worker's own IndexedDB database, opened on
// first use so that a page without IndexedDB still renders and shows the error where the queue goes.
// The queue's code (with the report validator and its suffix list) loads then too, so the popup
// paints before it.
import type { ReportQueue } from '../../lib/reports/report-queue';
import type { QueueAccess } from '../contracts/queue-access';

export function pageReportQueue(): QueueAccess {
  let opening: Promise<ReportQueue> | null = null;
  const queue = () => {
    if (opening === null) {
      opening = import('../../lib/reports/report-queue').then(({ openReportQueue }) => openReportQueue({ now: Date.now }));
      // A failed open is tried again on the next call instead of failing for good.
      opening.catch(() => {
        opening = null;
      });
    }
    return opening;
  };
  return {
    list: async () => (await queue()).list(),
    state: async () => (await queue()).state(),
    delete: async (id) => (await queue()).delete(id),
    deleteAll: async () => (await queue()).deleteAll(),
  };
}
