// Wires request events to findings: observe, remember addresses, explain against the lazily loaded
// list, keep per tab, paint the badge. Registers every listener synchronously.
import { browser, type PublicPath } from 'wxt/browser';
import { AddressMemory } from '../../lib/addresses/address-memory';
import { BLOCKLIST_STATUS_KEY, isEnsureBlocklistMessage } from '../../lib/blocklist/owner/blocklist-status';
import { lazyBlocklist } from '../../lib/blocklist/owner/lazy-blocklist';
import { FailureRecorder } from '../../lib/pipeline/failure-recorder';
import { paintBadge } from '../../lib/findings/paint-badge';
import { TabStore } from '../../lib/findings/tab-store';
import type { Finding } from '@blocklens/vocabulary';
import { hostOfUrl } from '../../lib/observe/host-of-url';
import { observeError, observeRedirect, observeResponse } from '../../lib/observe/observe-request';
import type { Observation } from '../../lib/observe/observation';
import { browserSessionArea } from '../common/browser-session-area';
import { t } from '../common/translate';

export type ExplainedListener = (finding: Finding, previous: Finding | undefined, tabId: number) => void;

/** What the rest of the worker builds on: the recorder, the address memory, and word of each explanation. */
export interface WorkerFindings {
  recorder: FailureRecorder;
  addresses: AddressMemory;
  /** Listeners must be added at start, with the other listeners. */
  onExplained: (listener: ExplainedListener) => void;
}

export function registerFindings(): WorkerFindings {
  const explainedListeners: ExplainedListener[] = [];
  const session = browserSessionArea(browser.storage.session);
  const addresses = new AddressMemory(session);
  const blocklist = lazyBlocklist(
    // The snapshot is generated at build time, so WXT's typed public paths do not know it.
    async () => (await fetch(browser.runtime.getURL('/blocklist.bin' as PublicPath))).arrayBuffer(),
    (status) => void browser.storage.session.set({ [BLOCKLIST_STATUS_KEY]: status }),
    session,
  );
  const store = new TabStore(session);
  const recorder = new FailureRecorder({
    store,
    addresses,
    blocklist,
    onTabChanged: (tabId, tab) => {
      // A closed tab has no badge to update.
      if (tab) paintBadge(browser.action, t, tabId, tab).catch(() => {});
    },
    onExplained: (finding, previous, tabId) => {
      for (const listener of explainedListeners) listener(finding, previous, tabId);
    },
  });

  const record = (observation: Observation | null) => {
    if (observation) void recorder.failed(observation);
  };
  const rememberAddress = (details: { url: string; ip?: string | null }) => {
    if (!details.ip) return;
    const host = hostOfUrl(details.url);
    if (host) addresses.remember(host, details.ip);
  };
  const everything = { urls: ['<all_urls>'] };

  browser.webRequest.onBeforeRequest.addListener(
    (details) => {
      if (details.tabId >= 0) void recorder.navigationStarted(details.tabId, details.requestId, details.url);
      return undefined;
    },
    { urls: ['<all_urls>'], types: ['main_frame'] },
  );
  browser.webRequest.onErrorOccurred.addListener((details) => record(observeError(details)), everything);
  browser.webRequest.onCompleted.addListener((details) => {
    rememberAddress(details);
    record(observeResponse(details));
  }, everything);
  browser.webRequest.onBeforeRedirect.addListener((details) => {
    rememberAddress(details);
    record(observeRedirect(details));
  }, everything);
  // Chromium clears a tab's badge when the tab shows a new document, the error page of the very
  // failure the badge counts included: paint it again once the page is there. A tab without
  // findings keeps the cleared badge, which is already right.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'complete') return;
    store
      .get(tabId)
      .then((tab) => (tab?.findings.length ? paintBadge(browser.action, t, tabId, tab) : undefined))
      .catch(() => {});
  });
  browser.tabs.onRemoved.addListener((tabId) => void recorder.tabClosed(tabId));
  browser.tabs.onReplaced.addListener((_added, removed) => void recorder.tabClosed(removed));
  browser.runtime.onMessage.addListener((message: unknown) =>
    isEnsureBlocklistMessage(message) ? blocklist().then(() => true) : undefined,
  );
  return { recorder, addresses, onExplained: (listener) => explainedListeners.push(listener) };
}
