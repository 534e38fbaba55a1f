// The popup's only contact with the browser: finds its tab, reads the worker's records, follows changes.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  popupStateFrom,
  popupStorageKeys,
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
    let latestRead = 0;
    const read = async () => {
      const readNumber = ++latestRead;
      const values = target ? await browser.storage.session.get(popupStorageKeys(target.id)) : {};
      // Reads may finish out of order; only the newest one may show.
      if (readNumber === latestRead) setState(popupStateFrom(values, target?.id ?? -1, target?.url ?? ''));
    };
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (target && area === 'session' && popupStorageKeys(target.id).some((key) => key in changes)) void read();
    };
    // Listening before the first read, so a change between the two is not lost.
    browser.storage.onChanged.addListener(onChanged);
    void targetTab().then((tab) => {
      target = tab;
      return read();
    });
    // A worker that has not needed its list yet loads and publishes it now; none answering is fine.
    askWorker({ type: 'blocklens:ensure-blocklist' }).catch(() => {});
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  return state;
}
