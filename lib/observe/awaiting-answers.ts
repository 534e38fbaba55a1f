// The requests that have gone out and wait for their answer (webRequest onSendHeaders, and no
// onHeadersReceived yet). Firefox ends the HTTP/2 streams of a connection cut under them with
// NS_ERROR_ABORT, the code it gives a request an extension blocked before it went out: whether the
// request was waiting tells the two apart. Every request passes through here, so it costs a Set
// insertion and a deletion; nothing is kept across workers (a request that fails after a restart is
// read by its error alone).

/** Requests remembered at most; the oldest give way (their end was never seen). */
export const MAX_AWAITING = 2_000;

export class AwaitingAnswers {
  private readonly waiting = new Set<string>();

  /** The request's headers went out. */
  sent(requestId: string): void {
    this.waiting.add(requestId);
    if (this.waiting.size > MAX_AWAITING) this.waiting.delete(this.waiting.values().next().value as string);
  }

  /** Its answer's headers came (or it ended): it waits no longer. */
  answered(requestId: string): void {
    this.waiting.delete(requestId);
  }

  /** The request ended: whether it was still waiting for its answer. */
  ended(requestId: string): boolean {
    return this.waiting.delete(requestId);
  }
}
