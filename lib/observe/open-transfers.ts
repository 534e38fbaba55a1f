// The requests whose response has started and not yet ended, per request id: an error of one of
// them is a cut transfer (`http-cut`), and one still open STALL_AFTER_MS after it started is a stall
// (`http-stall`). Every successful request passes through here, so the path of a request that
// starts and completes is one Map insertion and one deletion: nothing is written to storage for it.
//
// An MV3 worker is stopped after ~30 s idle and started again by the next event, its memory gone.
// Transfers open longer than KEEP_AFTER_MS are therefore written to storage.session (lazily, by
// keep(), which the worker calls on a timer), so that a stall, or the start of a transfer cut later,
// is still known after a restart. A transfer that ends in less never touches storage.
import { keptUrl } from './kept-url';
import { STALL_AFTER_MS, type StartedTransfer } from './started-transfer';
import type { SessionArea } from '../storage/session-area';

/** The storage.session key of the transfers kept for the next worker. */
export const OPEN_TRANSFERS_KEY = 'open-transfers';
/** A transfer open this long is written to storage when keep() runs next. */
export const KEEP_AFTER_MS = 5_000;
/**
 * Open transfers remembered at most; the oldest give way. A transfer whose end was never seen (it
 * ended while no worker ran, or its page stays open on a frozen one) is otherwise forgotten only
 * when its tab navigates or closes.
 */
export const MAX_OPEN_TRANSFERS = 2_000;

type StoredTransfers = Record<string, StartedTransfer>;

export class OpenTransfers {
  private readonly open = new Map<string, StartedTransfer>();
  /** The ids storage holds, as last written. */
  private kept = new Set<string>();
  /** Storage no longer matches what should be kept (a kept transfer ended or was judged). */
  private stale = false;
  /** Ids that ended while storage was read at start: what storage says of them is out of date. */
  private endedWhileLoading: Set<string> | null = null;
  /** Tabs that navigated or closed while storage was read: their stored transfers are gone too. */
  private tabsGoneWhileLoading: Set<number> | null = null;

  constructor(private readonly area: SessionArea) {}

  /** Takes in the transfers an earlier worker kept; events that arrive meanwhile are not lost. */
  async load(): Promise<void> {
    this.endedWhileLoading = new Set();
    this.tabsGoneWhileLoading = new Set();
    try {
      const stored = (await this.area.get(OPEN_TRANSFERS_KEY)) as StoredTransfers | undefined;
      for (const [id, transfer] of Object.entries(stored ?? {})) {
        if (this.open.has(id) || this.endedWhileLoading.has(id) || this.tabsGoneWhileLoading.has(transfer.tabId)) {
          this.stale = true;
          continue;
        }
        this.open.set(id, transfer);
        this.kept.add(id);
      }
    } finally {
      this.endedWhileLoading = null;
      this.tabsGoneWhileLoading = null;
    }
  }

  /** The response of `requestId` started. */
  started(requestId: string, transfer: StartedTransfer): void {
    this.open.set(requestId, transfer);
    if (this.open.size > MAX_OPEN_TRANSFERS) this.forget(this.open.keys().next().value as string);
  }

  /** The request ended (completed, failed, redirected): its transfer if its response had started, else null. */
  ended(requestId: string): StartedTransfer | null {
    const transfer = this.open.get(requestId);
    if (transfer === undefined) {
      this.endedWhileLoading?.add(requestId);
      return null;
    }
    this.forget(requestId);
    return transfer;
  }

  /** The tab navigated or closed: its transfers are gone with the page, judged or not. */
  tabGone(tabId: number): void {
    this.tabsGoneWhileLoading?.add(tabId);
    for (const [id, transfer] of this.open) if (transfer.tabId === tabId) this.forget(id);
  }

  /** Transfers open for STALL_AFTER_MS at `now` and not judged yet; each is judged once. */
  stalled(now: number): StartedTransfer[] {
    const stalled: StartedTransfer[] = [];
    for (const [id, transfer] of this.open) {
      if (!transfer.watched || transfer.judged || now - transfer.startedAt < STALL_AFTER_MS) continue;
      stalled.push(transfer);
      this.open.set(id, { ...transfer, judged: true });
      if (this.kept.has(id)) this.stale = true;
    }
    return stalled;
  }

  /** The next moment keep() or stalled() has something to do (0: now), or null when nothing will. */
  nextDue(): number | null {
    if (this.stale) return 0;
    let next: number | null = null;
    for (const [id, transfer] of this.open) {
      const due = !this.kept.has(id)
        ? transfer.startedAt + KEEP_AFTER_MS
        : transfer.watched && !transfer.judged
          ? transfer.startedAt + STALL_AFTER_MS
          : null;
      if (due !== null && (next === null || due < next)) next = due;
    }
    return next;
  }

  /** Writes the transfers open for KEEP_AFTER_MS at `now` to storage, when that set changed. */
  async keep(now: number): Promise<void> {
    const due = [...this.open].filter(([, transfer]) => now - transfer.startedAt >= KEEP_AFTER_MS);
    if (!this.stale && due.every(([id]) => this.kept.has(id)) && due.length === this.kept.size) return;
    const stored: StoredTransfers = {};
    for (const [id, transfer] of due) stored[id] = { ...transfer, url: keptUrl(transfer.url) };
    this.kept = new Set(due.map(([id]) => id));
    this.stale = false;
    await (due.length === 0 ? this.area.remove(OPEN_TRANSFERS_KEY) : this.area.set(OPEN_TRANSFERS_KEY, stored));
  }

  private forget(requestId: string): void {
    this.open.delete(requestId);
    if (this.kept.has(requestId)) this.stale = true;
  }
}
