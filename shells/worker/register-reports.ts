// Wires opt-in reports into the worker: the queue, the alarms that send it, and the first-run page.
// Nothing is opened or sent while reporting is off; "send now" arrives through the message router.
import { browser } from 'wxt/browser';
import { openReportQueue, type ReportQueue } from '../../lib/reports/report-queue';
import { Reporter } from '../../lib/reports/reporter';
import { clientInfo } from '../common/client-info';
import { plainFetch } from '../common/plain-fetch';
import type { SettingsSource } from './settings-source';

const SEND_ALARM = 'blocklens-send-reports';
const PERIODIC_ALARM = 'blocklens-send-reports-periodic';
const PERIOD_MINUTES = 60;

export function registerReports(settings: SettingsSource): Reporter {
  let queue: Promise<ReportQueue> | undefined;
  const reporter = new Reporter({
    settings: settings.current,
    queue: () => (queue ??= openReportQueue({ now: Date.now })),
    fetch: plainFetch,
    client: clientInfo,
    now: Date.now,
    random: Math.random,
    newId: () => crypto.randomUUID(),
    schedule: (when) => void browser.alarms.create(SEND_ALARM, { when }),
    unschedule: () => void browser.alarms.clear(SEND_ALARM),
  });

  settings.onChange((after, before) => {
    if (after.reports.enabled && !before.reports.enabled) {
      void browser.alarms.create(PERIODIC_ALARM, { periodInMinutes: PERIOD_MINUTES });
    }
    if (before.reports.enabled && !after.reports.enabled) {
      void browser.alarms.clear(PERIODIC_ALARM);
      reporter.reportingTurnedOff().catch((error: unknown) => console.error('Blocklens: could not empty the queue', error));
    }
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SEND_ALARM || alarm.name === PERIODIC_ALARM) {
      reporter.send(false).catch((error: unknown) => console.error('Blocklens: could not send reports', error));
    }
  });
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html' as '/popup.html') });
  });
  return reporter;
}
