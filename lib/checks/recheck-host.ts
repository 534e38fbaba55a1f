// "Check again": one plain request to each URL in turn, without cookies or cache, until one loads.
// A host loads when it answers with anything but a server error, a 451 or a block page.
import type { Recheck } from '@blocklens/vocabulary';
import { blockPageHost } from '../failures/block-pages';
import type { RequestErrors } from './request-errors';

export interface RecheckDeps {
  fetch: typeof globalThis.fetch;
  errors: RequestErrors;
  /** How long one URL may take. */
  timeoutMs?: number;
}

export type RecheckResult = Omit<Recheck, 'at'>;

const DEFAULT_TIMEOUT_MS = 8000;
/** How long to wait, after fetch() failed, for the browser to name the error. */
const ERROR_GRACE_MS = 500;

async function tryOnce(deps: RecheckDeps, url: string): Promise<RecheckResult> {
  const { fetch } = deps;
  const watch = deps.errors.watch(url);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), deps.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  try {
    const response = await fetch(url, {
      cache: 'no-store',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
    });
    // Only the status matters; the page itself is not read.
    response.body?.cancel().catch(() => {});
    const blockPage = response.redirected ? blockPageHost(response.url) : null;
    if (blockPage !== null) return { outcome: 'fails', detail: `-> ${blockPage}` };
    const status = `HTTP ${response.status}`;
    return response.status === 451 || response.status >= 500
      ? { outcome: 'fails', detail: status }
      : { outcome: 'loads', detail: status };
  } catch {
    if (controller.signal.aborted) return { outcome: 'fails', detail: 'timeout' };
    return { outcome: 'fails', detail: (await watch.settle(ERROR_GRACE_MS)) ?? 'unreachable' };
  } finally {
    clearTimeout(timer);
    watch.stop();
  }
}

/** The first URL that loads, else what the last one showed. */
export async function recheckHost(deps: RecheckDeps, urls: readonly string[]): Promise<RecheckResult> {
  let last: RecheckResult = { outcome: 'fails', detail: 'unreachable' };
  for (const url of urls) {
    last = await tryOnce(deps, url);
    if (last.outcome === 'loads') return last;
  }
  return last;
}
