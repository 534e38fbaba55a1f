// How the options page follows list updates: the worker's view of them, "check now", "return to the
// bundled list", and the list in use as the worker published it (a memory fake in component tests).
import type { BlocklistStatus } from '../../lib/blocklist/owner/blocklist-status';
import type { ListUpdatesView } from '../../lib/list-updates/list-updater';

export interface ListUpdatesAccess {
  view(): Promise<ListUpdatesView>;
  /** Null: updates are off and nothing was fetched. */
  checkNow(): Promise<ListUpdatesView | null>;
  useBundled(): Promise<ListUpdatesView>;
  /** The list in use (loaded first if the worker had not yet). */
  inUse(): Promise<BlocklistStatus | null>;
  /** Calls `listener` whenever the list in use changes or a check ends; returns the unsubscribe. */
  watch(listener: () => void): () => void;
}
