// The worker's blocklist owner, starting from the snapshot packaged with the extension, its status
// published in storage.session for the popup.
import { browser, type PublicPath } from 'wxt/browser';
import { BlocklistOwner } from '../../lib/blocklist/owner/blocklist-owner';
import { BLOCKLIST_STATUS_KEY } from '../../lib/blocklist/owner/blocklist-status';
import { browserSessionArea } from '../common/browser-session-area';

export function ownBundledBlocklist(): BlocklistOwner {
  return new BlocklistOwner({
    // The snapshot is generated at build time, so WXT's typed public paths do not know it.
    bundled: async () => (await fetch(browser.runtime.getURL('/blocklist.bin' as PublicPath))).arrayBuffer(),
    publish: (status) => void browser.storage.session.set({ [BLOCKLIST_STATUS_KEY]: status }),
    session: browserSessionArea(browser.storage.session),
  });
}
