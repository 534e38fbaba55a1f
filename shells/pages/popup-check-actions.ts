// The popup's checks as requests to the worker, for the tab the popup shows.
import { askWorker } from '../common/ask-worker';
import type { CheckActions } from '../contracts/check-actions';
import { targetTab } from './use-popup-state';

export function popupCheckActions(): CheckActions {
  let tabId: Promise<number> | undefined;
  const finding = async (host: string) => ({ tabId: await (tabId ??= targetTab().then((tab) => tab?.id ?? -1)), host });
  return {
    recheck: async (host) => askWorker({ type: 'blocklens:recheck', ...(await finding(host)) }),
    lookUp: async (host) => askWorker({ type: 'blocklens:look-up-address', ...(await finding(host)) }),
  };
}
