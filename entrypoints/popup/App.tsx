// Joins the browser-facing state hooks to the pure popup view.
import { browser } from 'wxt/browser';
import { Popup } from '../../components/popup/Popup';
import { CheckActionsContext } from '../../components/popup/check-actions-context';
import { CrowdLookupContext } from '../../components/popup/crowd-lookup-context';
import { useReportsStatus } from '../../components/popup/use-reports-status';
import type { Translate } from '../../lib/explain/translate';
import { browserSettingsStore } from '../../shells/pages/browser-settings-store';
import { pageReportQueue } from '../../shells/pages/page-report-queue';
import { popupCheckActions } from '../../shells/pages/popup-check-actions';
import { useCrowdLookup } from '../../shells/pages/use-crowd-lookup';
import { usePopupState } from '../../shells/pages/use-popup-state';

const queue = pageReportQueue();
const checks = popupCheckActions();
const openOptions = () => void browser.runtime.openOptionsPage();

export function App({ t }: { t: Translate }) {
  const reports = { status: useReportsStatus(browserSettingsStore, queue), openOptions };
  return (
    <CheckActionsContext.Provider value={checks}>
      <CrowdLookupContext.Provider value={useCrowdLookup()}>
        <Popup state={usePopupState()} t={t} reports={reports} />
      </CrowdLookupContext.Provider>
    </CheckActionsContext.Provider>
  );
}
