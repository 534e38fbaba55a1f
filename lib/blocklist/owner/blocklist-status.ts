// The worker's blocklist state as published in storage.session for the popup.
import type { SnapshotInfo } from '../format/types';

export type BlocklistStatus =
  | { state: 'loading' }
  /** `channelVersion`: the list channel's version in use; absent while the bundled list is. */
  | { state: 'ready'; info: SnapshotInfo; channelVersion?: number }
  | { state: 'failed'; message: string };

export const BLOCKLIST_STATUS_KEY = 'blocklist';
