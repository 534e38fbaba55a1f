import { afterEach, describe, expect, it, vi } from 'vitest';
import { recheckHost } from '../../../lib/checks/recheck-host';
import { RequestErrors } from '../../../lib/checks/request-errors';

type Outcome = number | { redirectTo: string } | { error: string } | 'silent' | 'hang';

/** A web in memory: each URL answers a status, redirects, fails with a browser error, or hangs. */
function fakeWeb(outcomes: Record<string, Outcome>) {
  const errors = new RequestErrors();
  const asked: { url: string; init: RequestInit | undefined }[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = String(input);
    asked.push({ url, init });
    const outcome = outcomes[url] ?? { error: 'net::ERR_NAME_NOT_RESOLVED' };
    if (outcome === 'hang') {
      return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    }
    if (typeof outcome === 'number') return new Response('page', { status: outcome });
    if (outcome === 'silent') throw new TypeError('Failed to fetch');
    if ('error' in outcome) {
      // webRequest reports the error while fetch() fails.
      queueMicrotask(() => errors.noted(url, outcome.error));
      throw new TypeError('Failed to fetch');
    }
    const response = new Response('blocked', { status: 200 });
    Object.defineProperties(response, { redirected: { value: true }, url: { value: outcome.redirectTo } });
    return response;
  };
  return { deps: { fetch, errors }, asked };
}

afterEach(() => vi.useRealTimers());

describe('recheckHost', () => {
  const urls = ['https://site.example/', 'http://site.example:8080/'];

  it.each<[string, Record<string, Outcome>, { outcome: string; detail: string }]>([
    ['loads over HTTPS', { 'https://site.example/': 200 }, { outcome: 'loads', detail: 'HTTP 200' }],
    ['loads over HTTP after HTTPS is refused', { 'https://site.example/': { error: 'net::ERR_CONNECTION_REFUSED' }, 'http://site.example:8080/': 404 }, { outcome: 'loads', detail: 'HTTP 404' }],
    ['still reset', { 'http://site.example:8080/': { error: 'net::ERR_CONNECTION_RESET' } }, { outcome: 'fails', detail: 'net::ERR_CONNECTION_RESET' }],
    ['still a server error', { 'https://site.example/': 503, 'http://site.example:8080/': 502 }, { outcome: 'fails', detail: 'HTTP 502' }],
    ['still 451', { 'https://site.example/': 451, 'http://site.example:8080/': 451 }, { outcome: 'fails', detail: 'HTTP 451' }],
    ['sent to a block page', { 'http://site.example:8080/': { redirectTo: 'http://warning.rt.ru/?id=17' } }, { outcome: 'fails', detail: '-> warning.rt.ru' }],
    ['failing with no error named', { 'http://site.example:8080/': 'silent' }, { outcome: 'fails', detail: 'unreachable' }],
  ])('%s', async (_, outcomes, expected) => {
    expect(await recheckHost(fakeWeb(outcomes).deps, urls)).toEqual(expected);
  });

  it('asks without cookies, cache or referrer, and stops at the first URL that loads', async () => {
    const { deps, asked } = fakeWeb({ 'https://site.example/': 200, 'http://site.example:8080/': 200 });
    await recheckHost(deps, urls);
    expect(asked.map((request) => request.url)).toEqual(['https://site.example/']);
    expect(asked[0]?.init).toMatchObject({ cache: 'no-store', credentials: 'omit', referrerPolicy: 'no-referrer' });
  });

  it('gives up on a URL after its timeout', async () => {
    vi.useFakeTimers();
    const { deps } = fakeWeb({ 'https://site.example/': 'hang' });
    const result = recheckHost({ ...deps, timeoutMs: 2000 }, ['https://site.example/']);
    await vi.advanceTimersByTimeAsync(2000);
    expect(await result).toEqual({ outcome: 'fails', detail: 'timeout' });
  });

  it('fails without URLs to try', async () => {
    expect(await recheckHost(fakeWeb({}).deps, [])).toEqual({ outcome: 'fails', detail: 'unreachable' });
  });
});
