// Reduces webRequest events to failure observations; everything that is not a failure yields null.
import { blockPageHost } from '../failures/block-pages';
import { isIgnorableError, kindFromError } from '../failures/kind-from-error';
import { kindFromStatus } from '../failures/kind-from-status';
import { isPublicHostName, isSinkholeAnswer } from '../failures/sinkhole';
import { hostOfUrl } from './host-of-url';
import type { Observation } from './observation';
import type { CompletedDetails, ErrorDetails, RedirectDetails, RequestDetails } from './request-details';

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

export function observeError(details: ErrorDetails): Observation | null {
  if (isIgnorableError(details.error)) return null;
  const facts = base(details);
  return facts && { ...facts, kind: kindFromError(details.error), error: details.error };
}

/** A failing status, or an answer from a block-page or bogon address for a public name. */
export function observeResponse(details: CompletedDetails): Observation | null {
  const kind = kindFromStatus(details.statusCode, details.type === 'main_frame');
  if (kind !== null) {
    const facts = base(details);
    return facts && { ...facts, kind, status: details.statusCode };
  }
  // This runs for every response: a plain success costs the status and address checks, nothing more.
  if (!details.ip || !isSinkholeAnswer(details.ip)) return null;
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
