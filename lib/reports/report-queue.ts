// The reports waiting to be sent, in IndexedDB so they outlive the worker and browser restarts,
// with what became of earlier attempts (drops, evictions, the last delivery).
import { MAX_BATCH_REPORTS, MAX_COUNT, aggregationKey, type Report } from '@blocklens/report-schema';
import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore, type StoreNames } from 'idb';
import { READY, type RetryState } from './retry-policy';

/** Why the last run stopped short of emptying the queue. */
export type DeliveryError =
  | { type: 'network'; message: string }
  | { type: 'status'; status: number; message: string }
  | { type: 'collector-url' };

/** The outcome of the last delivery run, and when the next one may start. */
export interface DeliveryStatus extends RetryState {
  /** When the last run ended; null before the first. */
  at: number | null;
  /** Reports the collector accepted in that run. */
  sent: number;
  error: DeliveryError | null;
}

/** A report the collector refused (400), kept for the person to see why. */
export interface DroppedReport {
  at: number;
  id: string;
  domain: string;
  reason: string;
}

export interface QueueState {
  /** Reports pushed out by the size bound since the queue was created. */
  evicted: number;
  /** The latest drops, oldest first. */
  drops: DroppedReport[];
  delivery: DeliveryStatus;
}

export interface ReportQueueOptions {
  now: () => number;
  name?: string;
  maxReports?: number;
  maxDrops?: number;
}

interface QueuedReport {
  seq?: number;
  report: Report;
  /**
   * The aggregation key while the report was never offered to the collector. Removed when it is
   * taken for sending: a report the collector may already hold must keep its content, so later
   * sightings start a new report instead of raising a count the collector would ignore.
   */
  mergeKey?: string;
}

interface QueueSchema extends DBSchema {
  reports: { key: number; value: QueuedReport; indexes: { id: string; mergeKey: string } };
  meta: { key: 'state'; value: QueueState };
}

const EMPTY_STATE: QueueState = {
  evicted: 0,
  drops: [],
  delivery: { at: null, sent: 0, error: null, ...READY },
};

export async function openReportQueue(options: ReportQueueOptions): Promise<ReportQueue> {
  const db = await openDB<QueueSchema>(options.name ?? 'blocklens-reports', 1, {
    upgrade(database) {
      const reports = database.createObjectStore('reports', { keyPath: 'seq', autoIncrement: true });
      reports.createIndex('id', 'report.id', { unique: true });
      reports.createIndex('mergeKey', 'mergeKey', { unique: true });
      database.createObjectStore('meta');
    },
    blocking() {
      // A newer version opened elsewhere (another extension page) waits for this connection to go.
      db.close();
    },
  });
  return new ReportQueue(db, options.now, options.maxReports ?? 1000, options.maxDrops ?? 50);
}

export class ReportQueue {
  constructor(
    private readonly db: IDBPDatabase<QueueSchema>,
    private readonly now: () => number,
    private readonly maxReports: number,
    private readonly maxDrops: number,
  ) {}

  /** Queues a report, or adds its count to the unsent one with the same key; returns what is queued. */
  async add(report: Report): Promise<Report> {
    const tx = this.db.transaction(['reports', 'meta'], 'readwrite');
    const reports = tx.objectStore('reports');
    const mergeKey = aggregationKey(report);
    const existing = await reports.index('mergeKey').get(mergeKey);
    let queued = report;
    if (existing !== undefined) {
      queued = { ...existing.report, count: Math.min(MAX_COUNT, existing.report.count + report.count) };
      await reports.put({ ...existing, report: queued });
    } else {
      const excess = (await reports.count()) - this.maxReports + 1;
      if (excess > 0) await updateState(tx.objectStore('meta'), (state) => ({ ...state, evicted: state.evicted + excess }));
      let cursor = await reports.openCursor();
      for (let left = excess; cursor !== null && left > 0; left--) {
        await cursor.delete();
        cursor = await cursor.continue();
      }
      await reports.add({ report, mergeKey });
    }
    await tx.done;
    return queued;
  }

  /** Every queued report, oldest first, exactly as it will be sent. */
  async list(): Promise<Report[]> {
    return (await this.db.getAll('reports')).map((queued) => queued.report);
  }

  async delete(id: string): Promise<void> {
    await this.remove([id], null);
  }

  async deleteAll(): Promise<void> {
    const tx = this.db.transaction(['reports', 'meta'], 'readwrite');
    await tx.objectStore('reports').clear();
    // The drop log names domains too; the person emptying the queue wants those gone as well.
    await updateState(tx.objectStore('meta'), (state) => ({ ...state, drops: [] }));
    await tx.done;
  }

  /** The oldest reports for one request; from now on their content is frozen (see mergeKey). */
  async takeBatch(max: number = MAX_BATCH_REPORTS): Promise<Report[]> {
    const tx = this.db.transaction('reports', 'readwrite');
    const batch: Report[] = [];
    for (let cursor = await tx.store.openCursor(); cursor !== null && batch.length < max; cursor = await cursor.continue()) {
      batch.push(cursor.value.report);
      if (cursor.value.mergeKey !== undefined) await cursor.update({ seq: cursor.value.seq, report: cursor.value.report });
    }
    await tx.done;
    return batch;
  }

  /** The collector holds these reports now. */
  async markSent(ids: string[]): Promise<void> {
    await this.remove(ids, null);
  }

  /** The collector refused these reports for good; the reason is kept for display. */
  async markDropped(ids: string[], reason: string): Promise<void> {
    await this.remove(ids, reason);
  }

  async state(): Promise<QueueState> {
    return (await this.db.get('meta', 'state')) ?? EMPTY_STATE;
  }

  async saveDelivery(delivery: DeliveryStatus): Promise<void> {
    const tx = this.db.transaction('meta', 'readwrite');
    await updateState(tx.store, (state) => ({ ...state, delivery }));
    await tx.done;
  }

  close(): void {
    this.db.close();
  }

  /** Deletes the reports with these ids that are still queued, logging them when dropped. */
  private async remove(ids: string[], dropReason: string | null): Promise<void> {
    const tx = this.db.transaction(['reports', 'meta'], 'readwrite');
    const reports = tx.objectStore('reports');
    const removed: Report[] = [];
    for (const id of ids) {
      const queued = await reports.index('id').get(id);
      if (queued?.seq === undefined) continue;
      removed.push(queued.report);
      await reports.delete(queued.seq);
    }
    if (dropReason !== null && removed.length > 0) {
      const at = this.now();
      const drops = removed.map(({ id, domain }) => ({ at, id, domain, reason: dropReason }));
      await updateState(tx.objectStore('meta'), (state) => ({ ...state, drops: [...state.drops, ...drops].slice(-this.maxDrops) }));
    }
    await tx.done;
  }
}

async function updateState(
  meta: IDBPObjectStore<QueueSchema, ArrayLike<StoreNames<QueueSchema>>, 'meta', 'readwrite'>,
  change: (state: QueueState) => QueueState,
): Promise<void> {
  await meta.put(change((await meta.get('state')) ?? EMPTY_STATE), 'state');
}
