// List updates as the options page reaches them: the worker through the typed router, and the list
// in use from storage.session, where the worker's blocklist owner publishes it.
import { browser } from 'wxt/browser';
import { BLOCKLIST_STATUS_KEY, type BlocklistStatus } from '../../lib/blocklist/owner/blocklist-status';
import { LIST_CHECKED_KEY } from '../../lib/list-updates/list-updater';
import { askWorker } from '../common/ask-worker';
import type { ListUpdatesAccess } from '../contracts/list-updates-access';

export const browserListUpdates: ListUpdatesAccess = {
  view: () => askWorker({ type: 'blocklens:list-updates' }),
  checkNow: () => askWorker({ type: 'blocklens:check-lists-now' }),
  useBundled: () => askWorker({ type: 'blocklens:use-bundled-list' }),
  async inUse() {
    await askWorker({ type: 'blocklens:ensure-blocklist' });
    return ((await browser.storage.session.get(BLOCKLIST_STATUS_KEY))[BLOCKLIST_STATUS_KEY] as BlocklistStatus | undefined) ?? null;
  },
  watch(listener) {
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && (BLOCKLIST_STATUS_KEY in changes || LIST_CHECKED_KEY in changes)) listener();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  },
};
