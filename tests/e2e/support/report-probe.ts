// The report side of the extension as a test reaches it from an extension page of its own: the
// settings, the worker's queue database, "send now" and the send alarm. Reading the queue from a
// page never wakes the worker, so it works while the worker is stopped.
import type { Report } from '@blocklens/report-schema';
import type { Page } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import type { WorkerRequest } from '../../../lib/messages/worker-messages';
import type { QueueState } from '../../../lib/reports/report-queue';
import type { Settings } from '../../../lib/settings/settings';
import type { ExtensionBrowser } from './extension-browser';

// The extension pages' global, as seen by functions sent to the page with evaluate().
declare const chrome: typeof Browser;

/** The worker's names (lib/reports/report-queue.ts, shells/worker/register-reports.ts). */
const QUEUE_DATABASE = 'blocklens-reports';
const SEND_ALARM = 'blocklens-send-reports';

export interface QueueContents {
  reports: Report[];
  state: QueueState | undefined;
}

export class ReportProbe {
  private constructor(private readonly page: Page) {}

  static async open(browser: ExtensionBrowser): Promise<ReportProbe> {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/manifest.json`);
    return new ReportProbe(page);
  }

  async setSettings(settings: Pick<Settings, 'reports'> & Partial<Settings>): Promise<void> {
    await this.page.evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
  }

  /**
   * The queue database's contents, or null when no page or worker has created it yet. Opening a
   * database that does not exist would create it empty, so its existence is checked first.
   */
  async queue(): Promise<QueueContents | null> {
    return this.page.evaluate(async (name) => {
      if (!(await indexedDB.databases()).some((database) => database.name === name)) return null;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const opening = indexedDB.open(name);
        opening.onsuccess = () => resolve(opening.result);
        opening.onerror = () => reject(opening.error);
      });
      try {
        const read = <T>(store: string, key?: IDBValidKey) =>
          new Promise<T>((resolve, reject) => {
            const objects = db.transaction(store).objectStore(store);
            const request = key === undefined ? objects.getAll() : objects.get(key);
            request.onsuccess = () => resolve(request.result as T);
            request.onerror = () => reject(request.error);
          });
        const queued = await read<{ report: Report }[]>('reports');
        return { reports: queued.map((item) => item.report), state: await read<QueueState | undefined>('meta', 'state') };
      } finally {
        db.close();
      }
    }, QUEUE_DATABASE);
  }

  /** The queued reports, waiting until `ready` holds for them. */
  async waitForQueue(ready: (reports: Report[]) => boolean, timeoutMs = 10_000): Promise<Report[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const reports = (await this.queue())?.reports ?? [];
      if (ready(reports)) return reports;
      if (Date.now() > deadline) throw new Error(`gave up waiting for the queue; last seen: ${JSON.stringify(reports, null, 2)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** What the options page's "send now" asks the worker; resolves with its answer (null when off). */
  sendNow(): Promise<unknown> {
    const sendNow: WorkerRequest<'blocklens:send-reports-now'> = { type: 'blocklens:send-reports-now' };
    return this.page.evaluate((message) => chrome.runtime.sendMessage(message), sendNow);
  }

  /** Fires the worker's send alarm now, as Chromium would at its time (unpacked extensions are not clamped). */
  async fireSendAlarm(): Promise<void> {
    await this.page.evaluate((name) => chrome.alarms.create(name, { when: Date.now() }), SEND_ALARM);
  }
}
