// The worker's blocklist state as published in storage.session for the popup.
import type { SnapshotInfo } from '../format/types';

export type BlocklistStatus =
  | { state: 'loading' }
  | { state: 'ready'; info: SnapshotInfo }
  | { state: 'failed'; message: string };

export const BLOCKLIST_STATUS_KEY = 'blocklist';

/** Sent by the popup to a worker that may not have needed its list yet: it loads and publishes it. */
export const ENSURE_BLOCKLIST_MESSAGE = { type: 'blocklens:ensure-blocklist' } as const;

export function isEnsureBlocklistMessage(message: unknown): boolean {
  return (message as { type?: unknown } | null)?.type === ENSURE_BLOCKLIST_MESSAGE.type;
}
