// The popup's only contact with the browser: finds its tab, reads the worker's records, follows changes.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  popupFindingKeys,
  popupStateFrom,
  popupStorageKeys,
  popupWatches,
  requestedTabId,
  type PopupState,
} from '../../lib/popup-model/popup-state';
import { askWorker } from '../common/ask-worker';

interface TargetTab {
  id: number;
  url: string;
}

/** `popup.html?tabId=N` names its tab; the toolbar popup shows the active one. */
export async function targetTab(): Promise<TargetTab | null> {
  const requested = requestedTabId(location.search);
  const tab =
    requested === null
      ? (await browser.tabs.query({ active: true, currentWindow: true }))[0]
      : await browser.tabs.get(requested).catch(() => undefined);
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? '' };
}

export function usePopupState(): PopupState {
  const [state, setState] = useState<PopupState>({ phase: 'loading' });

  useEffect(() => {
    let target: TargetTab | null = null;
    // One read at a time, and one more after it when storage changed meanwhile: a page failing
    // hundreds of requests while the popup is open must not start hundreds of reads.
    let reading = false;
    let again = false;
    const readOnce = async () => {
      const tab = target;
      if (!tab) return setState(popupStateFrom({}, -1, '', Date.now()));
      // The tab's index first, then the findings it names.
      const values = await browser.storage.session.get(popupStorageKeys(tab.id));
      const findingKeys = popupFindingKeys(values, tab.id);
      if (findingKeys.length > 0) Object.assign(values, await browser.storage.session.get(findingKeys));
      setState(popupStateFrom(values, tab.id, tab.url, Date.now()));
    };
    const read = async () => {
      if (reading) {
        again = true;
        return;
      }
      reading = true;
      try {
        do {
          again = false;
          await readOnce();
        } while (again);
      } finally {
        reading = false;
      }
    };
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      const tab = target;
      if (tab && area === 'session' && Object.keys(changes).some((key) => popupWatches(tab.id, key))) void read();
    };
    // Listening before the first read, so a change between the two is not lost.
    browser.storage.onChanged.addListener(onChanged);
    void targetTab().then((tab) => {
      target = tab;
      return read();
    });
    // A worker that has not needed its list yet loads and publishes it now; none answering is fine.
    askWorker({ type: 'blocklens:ensure-blocklist' }).catch(() => {});
    // Transfers open too long become stalls now, not at the worker's next timer: the findings follow.
    askWorker({ type: 'blocklens:judge-stalls' }).catch(() => {});
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  return state;
}
