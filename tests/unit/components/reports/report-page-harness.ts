// The report pages' services as the tests run them: the real settings adapter over WXT's fake
// browser storage, the real queue over fake IndexedDB, and "send now" doing what the worker does,
// against an in-memory collector.
import type { ClientInfo } from '@blocklens/report-schema';
import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { OptionsServices } from '../../../../components/options/OptionsPage';
import { openReportQueue, type ReportQueue } from '../../../../lib/reports/report-queue';
import { sendQueued } from '../../../../lib/reports/send-reports';
import { SETTINGS_KEY, normaliseSettings, type Settings } from '../../../../lib/settings/settings';
import { browserSettingsStore } from '../../../../shells/pages/browser-settings-store';
import { FakeCollector } from '../../reports/fake-collector';

export const CLIENT: ClientInfo = { version: '0.1.0', browser: 'chrome', browserMajor: 131 };
/** Reports on, to an HTTPS collector, without a country. */
export const REPORTS_ON: Settings = normaliseSettings({ reports: { enabled: true, collectorUrl: 'https://collector.example/', country: null } });

/** 2026-11-24 16:25 UTC. */
export const NOW = Date.UTC(2026, 10, 24, 16, 25);

export interface Harness {
  services: OptionsServices;
  queue: ReportQueue;
  collector: FakeCollector;
  stored: () => Promise<unknown>;
  store: (settings: Settings) => Promise<void>;
}

/** Fresh storage and a fresh queue database for each test. */
export async function harness(maxReports?: number): Promise<Harness> {
  fakeBrowser.reset();
  vi.stubGlobal('indexedDB', new IDBFactory());
  const queue = await openReportQueue({ now: () => NOW, maxReports });
  const collector = new FakeCollector();
  let ids = 0;
  const services: OptionsServices = {
    settings: browserSettingsStore,
    queue,
    client: CLIENT,
    now: () => NOW,
    newId: () => `6f1c2d3e-4b5a-4c7d-8e9f-${String(++ids).padStart(12, '0')}`,
    sendNow: async () => {
      const { reports } = await browserSettingsStore.load();
      return sendQueued({
        queue,
        fetch: collector.fetch,
        collectorUrl: reports.collectorUrl,
        client: CLIENT,
        now: () => NOW,
        random: () => 0.5,
        force: true,
      });
    },
  };
  return {
    services,
    queue,
    collector,
    stored: async () => (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY],
    store: (settings) => fakeBrowser.storage.local.set({ [SETTINGS_KEY]: settings }),
  };
}
