// What the welcome and options pages need from the browser, passed in as one object so that tests
// can hand in their own settings area, queue and clock.
import type { ClientInfo } from '@blocklens/report-schema';
import type { QueueAccess } from './queue-access';
import type { SettingsStore } from './settings-store';

export interface ReportPageServices {
  settings: SettingsStore;
  queue: QueueAccess;
  /** The `client` of every batch, as the worker sends it. */
  client: ClientInfo;
  /** Clock and id source for the example report. */
  now: () => number;
  newId: () => string;
  /**
   * Asks the browser's consent to what reports carry, where it has such a permission (Firefox);
   * resolves to whether it was given. Called from the very click that turns reports on.
   */
  askDataCollection?: (withCountry: boolean) => Promise<boolean>;
}
