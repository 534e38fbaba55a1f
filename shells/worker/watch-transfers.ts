// Follows every response that starts until it ends (lib/observe/open-transfers.ts): a later error of
// it is a cut transfer, and one still open 20 s after its start is judged a stall, by a timer while
// the worker lives, when the popup asks, and before a badge is painted; a stall whose transfer then
// completes is taken back. register-findings hands it each response that starts and asks it about
// each request that ends.
import { hostOfUrl } from '../../lib/observe/host-of-url';
import type { Observation } from '../../lib/observe/observation';
import type { ResponseStartedDetails } from '../../lib/observe/request-details';
import { observeStall } from '../../lib/observe/observe-request';
import { KEEP_AFTER_MS, OpenTransfers } from '../../lib/observe/open-transfers';
import { startedTransfer, type StartedTransfer } from '../../lib/observe/started-transfer';
import type { FailureRecorder } from '../../lib/pipeline/failure-recorder';
import type { SessionArea } from '../../lib/storage/session-area';

export interface TransferWatch {
  /** A response started (webRequest onResponseStarted, with its headers): followed until it ends. */
  started(details: ResponseStartedDetails): void;
  /** The request completed or was redirected: forgotten, and a stall judged for it taken back. */
  forget(requestId: string): void;
  /**
   * The failed request's response as it started, or null when it had not, forgetting it: at once,
   * or once what an earlier worker kept has been read.
   */
  startOf(requestId: string): StartedTransfer | null | Promise<StartedTransfer | null>;
  /** Records a stall for every transfer open too long; resolves once they are recorded. */
  judgeStalls(): Promise<void>;
  /** The tab navigated or closed. */
  tabGone(tabId: number): void;
}

export function watchTransfers(recorder: FailureRecorder, session: SessionArea): TransferWatch {
  const transfers = new OpenTransfers(session);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let timerAt = Infinity;
  /** Sets the timer for `due` unless it is set for earlier already. */
  const wakeAt = (due: number) => {
    if (due >= timerAt) return;
    if (timer !== null) clearTimeout(timer);
    timerAt = due;
    timer = setTimeout(tick, Math.max(0, due - Date.now()));
  };
  function wakeAtNextDue() {
    const next = transfers.nextDue();
    if (next !== null) wakeAt(next);
  }
  const judgeStalls = async () => {
    // What an earlier worker kept is judged with the rest, and never written over before it is read.
    await loading;
    const now = Date.now();
    const observations = transfers.stalled(now).map((transfer) => observeStall(transfer, now));
    await Promise.all(observations.filter((o): o is Observation => o !== null).map((o) => recorder.failed(o)));
  };
  const tick = () => {
    timer = null;
    timerAt = Infinity;
    const now = Date.now();
    void judgeStalls()
      .then(() => transfers.keep(now))
      .catch((error: unknown) => console.error('Blocklens: could not judge open transfers', error))
      .finally(wakeAtNextDue);
  };

  let loaded = false;
  const loading = transfers
    .load()
    .catch((error: unknown) => console.error('Blocklens: could not read the open transfers', error))
    .then(() => {
      loaded = true;
      wakeAtNextDue();
    });

  return {
    started: (details) => {
      const transfer = startedTransfer(details);
      if (transfer === null) return;
      transfers.started(details.requestId, transfer);
      // The success path: one comparison while the timer is set for earlier, as it nearly always is.
      wakeAt(transfer.startedAt + KEEP_AFTER_MS);
    },
    forget: (requestId) => {
      // Judged a stall, it completed after all: slow, not frozen. What an earlier worker kept is
      // read first: the completion may be the very event that started this worker.
      const withdraw = (transfer: StartedTransfer | null) => {
        const host = transfer?.judged ? hostOfUrl(transfer.url) : null;
        if (transfer && host) void recorder.stallWithdrawn(transfer.tabId, host);
      };
      if (loaded) withdraw(transfers.ended(requestId));
      else void loading.then(() => withdraw(transfers.ended(requestId)));
    },
    startOf: (requestId) => (loaded ? transfers.ended(requestId) : loading.then(() => transfers.ended(requestId))),
    judgeStalls,
    tabGone: (tabId) => transfers.tabGone(tabId),
  };
}
