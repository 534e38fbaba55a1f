// Joins the browser-facing state hooks to the pure popup view.
import { browser } from 'wxt/browser';
import { Popup } from '../../components/popup/Popup';
import { useReportsStatus } from '../../components/popup/use-reports-status';
import type { Translate } from '../../lib/explain/translate';
import { pageReportQueue } from '../../utils/page-report-queue';
import { browserSettingsStore } from '../../utils/settings-store';
import { usePopupState } from './use-popup-state';

const queue = pageReportQueue();
const openOptions = () => void browser.runtime.openOptionsPage();

export function App({ t }: { t: Translate }) {
  const reports = { status: useReportsStatus(browserSettingsStore, queue), openOptions };
  return <Popup state={usePopupState()} t={t} reports={reports} />;
}
