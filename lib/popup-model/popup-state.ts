// What the popup shows, read from the worker's storage.session records for one tab.
import type { Finding } from '@blocklens/vocabulary';
import type { BlocklistStatus } from '../blocklist/owner/blocklist-status';
import { BLOCKLIST_STATUS_KEY } from '../blocklist/owner/blocklist-status';
import {
  findingKeysOf,
  isTabKey,
  tabFindingsFrom,
  tabFindingsKey,
  type DroppedFailures,
  type StoredTab,
} from '../findings/tab-findings';
import { NETWORK_MODE_KEY, networkModeAt, type NetworkMode } from '../network-mode/network-mode-record';
import { hostOfUrl } from '../observe/host-of-url';

export type PopupState =
  /** Storage has not been read yet. */
  | { phase: 'loading' }
  | {
      phase: 'ready';
      pageHost: string;
      findings: Finding[];
      blocklist: BlocklistStatus;
      /** How the network as a whole looks (shown above the tab's findings). */
      networkMode: NetworkMode;
      /** Failures the tab did not keep (a page with too many failing hosts), when there were any. */
      dropped?: DroppedFailures;
    };

/** The tab named by `popup.html?tabId=N`, or null when the popup should show the active tab. */
export function requestedTabId(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  return raw !== null && /^\d+$/.test(raw) ? Number(raw) : null;
}

/** The storage.session keys the popup of `tabId` reads first: the tab's index, the list status, the network mode. */
export function popupStorageKeys(tabId: number): string[] {
  return [tabFindingsKey(tabId), BLOCKLIST_STATUS_KEY, NETWORK_MODE_KEY];
}

/** The keys of the findings the tab's index (among `values`) names, read next. */
export function popupFindingKeys(values: Record<string, unknown>, tabId: number): string[] {
  const index = values[tabFindingsKey(tabId)] as StoredTab | undefined;
  return index && Array.isArray(index.hosts) ? findingKeysOf(index) : [];
}

/** Whether a change of `key` in storage.session changes the popup of `tabId`. */
export function popupWatches(tabId: number, key: string): boolean {
  return key === BLOCKLIST_STATUS_KEY || key === NETWORK_MODE_KEY || isTabKey(tabId, key);
}

/**
 * `values` is what storage returned for `popupStorageKeys(tabId)` and `popupFindingKeys()`. A tab
 * without a record has had no failures; `tabUrl` then names its host. A worker that has not
 * published its list yet is loading it. `now` is when the network mode is read: a verdict lapses.
 */
export function popupStateFrom(values: Record<string, unknown>, tabId: number, tabUrl: string, now: number): PopupState {
  const tab = tabFindingsFrom(values, tabId);
  const blocklist = (values[BLOCKLIST_STATUS_KEY] as BlocklistStatus | undefined) ?? { state: 'loading' };
  return {
    phase: 'ready',
    pageHost: tab?.pageHost || (hostOfUrl(tabUrl) ?? ''),
    findings: tab?.findings ?? [],
    blocklist,
    networkMode: networkModeAt(values[NETWORK_MODE_KEY], now),
    ...(tab?.dropped?.hosts ? { dropped: tab.dropped } : {}),
  };
}
