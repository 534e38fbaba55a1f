// The worker's blocklist state as published in storage.session for the popup.
import type { SnapshotInfo } from '../format/types';

export type BlocklistStatus =
  | { state: 'loading' }
  | { state: 'ready'; info: SnapshotInfo }
  | { state: 'failed'; message: string };

export const BLOCKLIST_STATUS_KEY = 'blocklist';
