// The browser behind the report pages' services: storage.local settings, the worker's queue
// database, this browser's client info, the real clock and random ids.
import { clientInfo } from '../common/client-info';
import type { ReportPageServices } from '../contracts/report-page-services';
import { askDataCollection } from './ask-data-collection';
import { browserSettingsStore } from './browser-settings-store';
import { pageReportQueue } from './page-report-queue';

export function browserReportPageServices(): ReportPageServices {
  return {
    settings: browserSettingsStore,
    queue: pageReportQueue(),
    client: clientInfo(),
    now: Date.now,
    newId: () => crypto.randomUUID(),
    askDataCollection,
  };
}
