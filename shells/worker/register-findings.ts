// Wires request events to findings: observe, remember addresses, explain against the list in use,
// keep per tab, paint the badge. Registers every listener synchronously.
import type { Finding } from '@blocklens/vocabulary';
import { browser } from 'wxt/browser';
import { AddressMemory } from '../../lib/addresses/address-memory';
import type { BlocklistOwner } from '../../lib/blocklist/owner/blocklist-owner';
import { paintBadge } from '../../lib/findings/paint-badge';
import { TabStore } from '../../lib/findings/tab-store';
import { AwaitingAnswers } from '../../lib/observe/awaiting-answers';
import { hostOfUrl } from '../../lib/observe/host-of-url';
import type { Observation } from '../../lib/observe/observation';
import type { ErrorDetails } from '../../lib/observe/request-details';
import type { StartedTransfer } from '../../lib/observe/started-transfer';
import { observeError, observePageResponse, observeRedirect, observeResponse } from '../../lib/observe/observe-request';
import { FailureRecorder } from '../../lib/pipeline/failure-recorder';
import { browserSessionArea } from '../common/browser-session-area';
import { t } from '../common/translate';
import { watchTransfers } from './watch-transfers';

export type ExplainedListener = (finding: Finding, previous: Finding | undefined, tabId: number) => void;
/** Told of every completed request, with whether it came from the cache. */
export type ResponseListener = (details: { url: string; fromCache: boolean }) => void;

/** What the rest of the worker builds on: the recorder, the address memory, and word of each explanation. */
export interface WorkerFindings {
  recorder: FailureRecorder;
  addresses: AddressMemory;
  /** Listeners must be added at start, with the other listeners. */
  onExplained: (listener: ExplainedListener) => void;
  /** The worker's one onCompleted listener passes each completed request on (added at start too). */
  onResponse: (listener: ResponseListener) => void;
  /** Records a stall for every transfer open too long (the popup asks when it opens). */
  judgeStalls: () => Promise<void>;
}

export function registerFindings(blocklist: BlocklistOwner): WorkerFindings {
  const explainedListeners: ExplainedListener[] = [];
  const responseListeners: ResponseListener[] = [];
  const session = browserSessionArea(browser.storage.session);
  const addresses = new AddressMemory(session);
  const store = new TabStore(session);
  const recorder = new FailureRecorder({
    store,
    addresses,
    blocklist: () => blocklist.current(),
    onTabChanged: (tabId, tab) => {
      // A closed tab has no badge to update.
      if (tab) paintBadge(browser.action, t, tabId, tab).catch(() => {});
    },
    onExplained: (finding, previous, tabId) => {
      for (const listener of explainedListeners) listener(finding, previous, tabId);
    },
  });

  const transfers = watchTransfers(recorder, session);
  const awaiting = new AwaitingAnswers();
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
      if (details.tabId < 0) return undefined;
      transfers.tabGone(details.tabId);
      void recorder.navigationStarted(details.tabId, details.requestId, details.url);
      return undefined;
    },
    { urls: ['<all_urls>'], types: ['main_frame'] },
  );
  // One listener for every response that starts. Who answered the page comes before any request of
  // its document: what a subresource's answer means depends on it (page-answer.ts).
  browser.webRequest.onResponseStarted.addListener(
    (details) => {
      transfers.started(details);
      if (details.type !== 'main_frame') return;
      const response = observePageResponse(details);
      if (response) void recorder.pageAnswered(response);
    },
    everything,
    ['responseHeaders'],
  );
  // Whether a request that fails had gone out and waited for its answer (awaiting-answers.ts). Only
  // Firefox has an error whose meaning depends on it; Chromium is spared two events a request.
  if (import.meta.env.BROWSER === 'firefox') {
    browser.webRequest.onSendHeaders.addListener((details) => awaiting.sent(details.requestId), everything);
    browser.webRequest.onHeadersReceived.addListener((details) => {
      awaiting.answered(details.requestId);
      return undefined;
    }, everything);
  }
  /** A stall judged for the request is known now for what it was: the cut takes its place. */
  const failedAfter = (details: ErrorDetails, started: StartedTransfer | null, waited: boolean) => {
    const host = started?.judged ? hostOfUrl(started.url) : null;
    if (started && host) void recorder.stallWithdrawn(started.tabId, host);
    return observeError(details, started, waited);
  };
  browser.webRequest.onErrorOccurred.addListener((details) => {
    const waited = awaiting.ended(details.requestId);
    const started = transfers.startOf(details.requestId);
    if (started instanceof Promise) void recorder.failedWhenKnown(started.then((known) => failedAfter(details, known, waited)));
    else record(failedAfter(details, started, waited));
  }, everything);
  browser.webRequest.onCompleted.addListener((details) => {
    awaiting.ended(details.requestId);
    transfers.forget(details.requestId);
    rememberAddress(details);
    record(observeResponse(details));
    for (const listener of responseListeners) listener(details);
  }, everything);
  browser.webRequest.onBeforeRedirect.addListener((details) => {
    awaiting.ended(details.requestId);
    transfers.forget(details.requestId);
    rememberAddress(details);
    record(observeRedirect(details));
  }, everything);
  // Chromium clears a tab's badge when the tab shows a new document, the error page of the very
  // failure the badge counts included: paint it again once the page is there. A tab without
  // findings keeps the cleared badge, which is already right.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'complete') return;
    // A stall is judged before the badge is painted, so the badge counts it.
    transfers
      .judgeStalls()
      .then(() => store.get(tabId))
      .then((tab) => (tab?.findings.length ? paintBadge(browser.action, t, tabId, tab) : undefined))
      .catch(() => {});
  });
  const tabClosed = (tabId: number) => {
    transfers.tabGone(tabId);
    void recorder.tabClosed(tabId);
  };
  browser.tabs.onRemoved.addListener(tabClosed);
  browser.tabs.onReplaced.addListener((_added, removed) => tabClosed(removed));
  return {
    recorder,
    addresses,
    onExplained: (listener) => explainedListeners.push(listener),
    onResponse: (listener) => responseListeners.push(listener),
    judgeStalls: transfers.judgeStalls,
  };
}
