// The worker's blocklist owner, starting from the list update kept in IndexedDB or else the snapshot
// packaged with the extension, its status
// published in storage.session for the popup.
import { browser, type PublicPath } from 'wxt/browser';
import { BlocklistOwner, type StoredBlocklist } from '../../lib/blocklist/owner/blocklist-owner';
import { BLOCKLIST_STATUS_KEY } from '../../lib/blocklist/owner/blocklist-status';
import { browserSessionArea } from '../common/browser-session-area';

/**
 * `stored`: a verified list update kept from earlier, used instead of the bundled snapshot;
 * `forgetStored` drops it when it cannot be used, so the next check downloads a whole list again
 * instead of patching one that is not in use.
 */
export function ownBundledBlocklist(stored?: () => Promise<StoredBlocklist | null>, forgetStored?: () => Promise<void>): BlocklistOwner {
  return new BlocklistOwner({
    stored,
    onStoredFailed: (error) => {
      console.error('Blocklens: the downloaded list cannot be used, the bundled one is', error);
      void forgetStored?.().catch(() => undefined);
    },
    // The snapshot is generated at build time, so WXT's typed public paths do not know it.
    bundled: async () => (await fetch(browser.runtime.getURL('/blocklist.bin' as PublicPath))).arrayBuffer(),
    publish: (status) => void browser.storage.session.set({ [BLOCKLIST_STATUS_KEY]: status }),
    session: browserSessionArea(browser.storage.session),
  });
}
