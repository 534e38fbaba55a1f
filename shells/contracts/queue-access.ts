// The report queue as the extension pages may use it: the worker alone adds and sends.
import type { ReportQueue } from '../../lib/reports/report-queue';

/** What the pages do with the queue; the worker alone adds and sends. */
export type QueueAccess = Pick<ReportQueue, 'list' | 'state' | 'delete' | 'deleteAll'>;
