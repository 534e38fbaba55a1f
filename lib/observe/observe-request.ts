// Reduces webRequest events to failure observations; everything that is not a failure yields null.
import type { FailureKind } from '@blocklens/vocabulary';
import { blockPageHost } from '../failures/block-pages';
import { arisesMidTransfer, kindAwaitingAnswer } from '../failures/error-facts';
import { isIgnorableError, kindFromError } from '../failures/kind-from-error';
import { kindFromStatus } from '../failures/kind-from-status';
import { isBlockPageAnswer, isPublicHostName, isSinkholeAnswer } from '../failures/sinkhole';
import { hostOfUrl } from './host-of-url';
import type { Observation, PageResponse } from './observation';
import type { CompletedDetails, ErrorDetails, RedirectDetails, RequestDetails } from './request-details';
import type { StartedTransfer } from './started-transfer';

function base(details: RequestDetails): Omit<Observation, 'kind'> | null {
  if (details.tabId < 0) return null;
  const host = hostOfUrl(details.url);
  if (host === null) return null;
  return {
    tabId: details.tabId,
    host,
    url: details.url,
    mainFrame: details.type === 'main_frame',
    ...(details.ip ? { ip: details.ip } : {}),
    time: details.timeStamp,
  };
}

/**
 * A failed request. `started`: its response had started (open-transfers.ts), so whatever the error
 * says, the server had answered and the transfer broke: `http-cut` (vocabulary.md). An error that
 * only arises mid-transfer is one even when the start was missed (a worker that started afresh). A
 * failure of this device (offline, an extension) stays `local`. The address the response started
 * from stands in for the one Chromium leaves out of a reset's error, so that the host's network and
 * listed ranges are known for a cut on its first visit. `awaitingAnswer`: the request had gone out
 * and no answer had come (awaiting-answers.ts), which changes what some errors mean.
 */
export function observeError(
  details: ErrorDetails,
  started: Pick<StartedTransfer, 'ip'> | null = null,
  awaitingAnswer = false,
): Observation | null {
  if (isIgnorableError(details.error)) return null;
  const facts = base(details);
  if (facts === null) return null;
  const ip = facts.ip ?? started?.ip;
  return { ...facts, ...(ip ? { ip } : {}), kind: kindAfter(details.error, started !== null, awaitingAnswer), error: details.error };
}

function kindAfter(error: string, responseStarted: boolean, awaitingAnswer: boolean): FailureKind {
  const kind = (awaitingAnswer ? kindAwaitingAnswer(error) : undefined) ?? kindFromError(error);
  return kind !== 'local' && (responseStarted || arisesMidTransfer(error)) ? 'http-cut' : kind;
}

/**
 * A transfer judged stalled at `now` (OpenTransfers.stalled): its response started and did not
 * finish in time. It is seen as a failure when judged, so a "check again" made before that time
 * is older than it.
 */
export function observeStall(transfer: StartedTransfer, now: number): Observation | null {
  const host = hostOfUrl(transfer.url);
  if (host === null) return null;
  return {
    tabId: transfer.tabId,
    host,
    url: transfer.url,
    mainFrame: transfer.type === 'main_frame',
    kind: 'http-stall',
    ...(transfer.ip ? { ip: transfer.ip } : {}),
    time: Math.max(transfer.startedAt, now),
  };
}

/**
 * A failing status, or an answer from a block-page or bogon address for a public name. A page that
 * loaded from a bogon address is no failure: that address is where its name leads on this network
 * (a name in /etc/hosts, split-horizon DNS), and the person sees the page. A known block-page
 * address stays one, whatever it answered.
 */
export function observeResponse(details: CompletedDetails): Observation | null {
  const mainFrame = details.type === 'main_frame';
  const kind = kindFromStatus(details.statusCode, mainFrame);
  if (kind !== null) {
    const facts = base(details);
    return facts && { ...facts, kind, status: details.statusCode };
  }
  // This runs for every response: a plain success costs the status and address checks, nothing more.
  if (!details.ip || !isSinkholeAnswer(details.ip)) return null;
  if (mainFrame && !isBlockPageAnswer(details.ip)) return null;
  const facts = base(details);
  // The block page itself is where a block led, not a second failure.
  if (facts === null || !isPublicHostName(facts.host) || blockPageHost(details.url) !== null) return null;
  return { ...facts, kind: 'dns-sinkhole' };
}

export function observeRedirect(details: RedirectDetails): Observation | null {
  const target = blockPageHost(details.redirectUrl);
  if (target === null) return null;
  const facts = base(details);
  return facts && { ...facts, kind: 'http-blockpage', status: details.statusCode, redirectHost: target };
}

/** Statuses whose response is a hop to another URL; a 304 is the page itself, revalidated. */
const REDIRECTS: readonly number[] = [301, 302, 303, 307, 308];

/**
 * The start of a top-level document's response (webRequest onResponseStarted, main frames): which
 * host answered the page, from which address, and whether the page loaded. Redirects are hops, not
 * the page. It comes before any request the document makes, so the findings know it in time.
 */
export function observePageResponse(details: CompletedDetails): PageResponse | null {
  if (details.type !== 'main_frame' || REDIRECTS.includes(details.statusCode)) return null;
  const facts = base(details);
  if (facts === null) return null;
  const loaded =
    kindFromStatus(details.statusCode, true) === null &&
    blockPageHost(details.url) === null &&
    !(details.ip && isBlockPageAnswer(details.ip));
  return {
    tabId: facts.tabId,
    host: facts.host,
    url: facts.url,
    status: details.statusCode,
    ...(facts.ip ? { ip: facts.ip } : {}),
    loaded,
    time: facts.time,
  };
}
