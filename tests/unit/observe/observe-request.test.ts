import { describe, expect, it } from 'vitest';
import {
  observeError,
  observePageResponse,
  observeRedirect,
  observeResponse,
  observeStall,
} from '../../../lib/observe/observe-request';

const request = {
  requestId: '1',
  tabId: 4,
  url: 'https://blocked.example.org/path?q=1',
  type: 'main_frame',
  timeStamp: 5000,
};

describe('observeError', () => {
  it('takes any error after the response started as a cut transfer, the raw error kept', () => {
    for (const error of ['net::ERR_CONNECTION_RESET', 'net::ERR_CONNECTION_CLOSED', 'net::ERR_TIMED_OUT', 'net::ERR_HTTP2_PROTOCOL_ERROR', 'NS_ERROR_NET_RESET']) {
      expect(observeError({ ...request, error }, {})).toMatchObject({ kind: 'http-cut', error });
    }
  });

  it('takes an error that only arises mid-transfer as a cut even when the start was missed', () => {
    for (const error of ['net::ERR_INCOMPLETE_CHUNKED_ENCODING', 'net::ERR_CONTENT_LENGTH_MISMATCH', 'NS_ERROR_NET_PARTIAL_TRANSFER']) {
      expect(observeError({ ...request, error })?.kind).toBe('http-cut');
    }
    expect(observeError({ ...request, error: 'net::ERR_CONNECTION_RESET' })?.kind).toBe('tcp-reset');
  });

  // Chromium gives no address with a reset's error; the response's start had it.
  it('takes the address the response started from when the error has none', () => {
    expect(observeError({ ...request, error: 'net::ERR_CONNECTION_RESET', ip: null }, { ip: '104.16.1.1' })?.ip).toBe('104.16.1.1');
    expect(observeError({ ...request, error: 'NS_ERROR_NET_RESET', ip: '104.16.2.2' }, { ip: '104.16.1.1' })?.ip).toBe('104.16.2.2');
    expect(observeError({ ...request, error: 'net::ERR_CONNECTION_RESET', ip: null }, {})).not.toHaveProperty('ip');
  });

  it("keeps this device's failures local, and cancellations ignored, after the start", () => {
    expect(observeError({ ...request, error: 'net::ERR_INTERNET_DISCONNECTED' }, {})?.kind).toBe('local');
    expect(observeError({ ...request, error: 'net::ERR_ABORTED' }, {})).toBeNull();
  });

  it('turns a reset into a tcp-reset observation with the raw error', () => {
    expect(observeError({ ...request, error: 'net::ERR_CONNECTION_RESET', ip: null })).toEqual({
      tabId: 4,
      host: 'blocked.example.org',
      url: 'https://blocked.example.org/path?q=1',
      mainFrame: true,
      kind: 'tcp-reset',
      error: 'net::ERR_CONNECTION_RESET',
      time: 5000,
    });
  });

  it('keeps the address the browser gave, and marks subresources', () => {
    const observed = observeError({ ...request, type: 'image', error: 'net::ERR_EMPTY_RESPONSE', ip: '35.200.1.9' });
    expect(observed).toMatchObject({ mainFrame: false, kind: 'http-empty', ip: '35.200.1.9' });
  });

  it('ignores aborted requests, requests of no tab, and non-web schemes', () => {
    expect(observeError({ ...request, error: 'net::ERR_ABORTED' })).toBeNull();
    expect(observeError({ ...request, tabId: -1, error: 'net::ERR_CONNECTION_RESET' })).toBeNull();
    expect(observeError({ ...request, url: 'data:text/plain,x', error: 'net::ERR_CONNECTION_RESET' })).toBeNull();
  });

  it('reads IPv6 literal hosts without brackets', () => {
    expect(observeError({ ...request, url: 'http://[2001:db8::1]:8080/', error: 'net::ERR_CONNECTION_REFUSED' })?.host).toBe(
      '2001:db8::1',
    );
  });
});

describe('observeResponse', () => {
  it('ignores a successful answer', () => {
    expect(observeResponse({ ...request, statusCode: 200, ip: '93.184.216.34' })).toBeNull();
  });

  it('records 451 and 5xx with their status', () => {
    expect(observeResponse({ ...request, statusCode: 451, ip: '93.184.216.34' })).toMatchObject({
      kind: 'http-451',
      status: 451,
      ip: '93.184.216.34',
    });
    expect(observeResponse({ ...request, type: 'script', statusCode: 503 })).toMatchObject({
      kind: 'http-error',
      status: 503,
    });
  });

  it('calls an answer from a bogon address for a public name a DNS sinkhole', () => {
    const fetched = { ...request, type: 'xmlhttprequest', url: 'http://linkedin.com/api', statusCode: 200, ip: '127.0.0.1' };
    expect(observeResponse(fetched)).toMatchObject({ kind: 'dns-sinkhole', ip: '127.0.0.1', mainFrame: false });
  });

  // Issue 11, item 4: a development name in /etc/hosts, or split-horizon DNS, was called tampering.
  it('does not call a page that loaded from a loopback or private address a failure', () => {
    for (const ip of ['127.0.0.44', '10.1.2.3', '::1']) {
      expect(observeResponse({ ...request, url: 'http://dev.example.com/', statusCode: 200, ip })).toBeNull();
    }
  });

  it('still calls a page answered from a known block-page address a DNS sinkhole', () => {
    expect(observeResponse({ ...request, url: 'http://linkedin.com/', statusCode: 200, ip: '95.167.13.50' })).toMatchObject(
      { kind: 'dns-sinkhole', mainFrame: true, ip: '95.167.13.50' },
    );
  });

  it('does not call a test or local name answering from loopback a sinkhole', () => {
    expect(observeResponse({ ...request, url: 'http://page.test:8080/', statusCode: 200, ip: '127.0.0.2' })).toBeNull();
    expect(observeResponse({ ...request, url: 'http://localhost/', statusCode: 200, ip: '127.0.0.1' })).toBeNull();
  });

  it('does not call the block page a redirect led to a failure of its own', () => {
    expect(observeResponse({ ...request, url: 'http://warning.rt.ru/?id=1', statusCode: 200, ip: '10.0.0.1' })).toBeNull();
  });
});

describe('observeRedirect', () => {
  it('records a redirect to a known ISP block page', () => {
    const observed = observeRedirect({
      ...request,
      statusCode: 302,
      redirectUrl: 'http://warning.rt.ru/?id=17&url=blocked.example.org',
    });
    expect(observed).toMatchObject({ kind: 'http-blockpage', redirectHost: 'warning.rt.ru', status: 302 });
  });

  it('ignores ordinary redirects', () => {
    expect(observeRedirect({ ...request, statusCode: 301, redirectUrl: 'https://www.example.org/' })).toBeNull();
  });
});

describe('observePageResponse', () => {
  const page = { ...request, url: 'http://dev.example.com/', statusCode: 200 };

  it('says who answered the page, from which address, and that it loaded', () => {
    expect(observePageResponse({ ...page, ip: '127.0.0.44' })).toEqual({
      tabId: 4,
      host: 'dev.example.com',
      url: 'http://dev.example.com/',
      status: 200,
      ip: '127.0.0.44',
      loaded: true,
      time: 5000,
    });
    expect(observePageResponse({ ...page, statusCode: 304 })).toMatchObject({ loaded: true });
  });

  it('does not call a failing status, a block page or an answer from a block-page address loaded', () => {
    for (const statusCode of [451, 503, 404, 403]) {
      expect(observePageResponse({ ...page, statusCode })).toMatchObject({ status: statusCode, loaded: false });
    }
    expect(observePageResponse({ ...page, url: 'http://warning.rt.ru/?id=1' })).toMatchObject({ loaded: false });
    expect(observePageResponse({ ...page, ip: '95.167.13.50' })).toMatchObject({ loaded: false });
  });

  it('leaves out redirects, subresources, requests of no tab and non-web schemes', () => {
    expect(observePageResponse({ ...page, statusCode: 302 })).toBeNull();
    expect(observePageResponse({ ...page, type: 'image' })).toBeNull();
    expect(observePageResponse({ ...page, tabId: -1 })).toBeNull();
    expect(observePageResponse({ ...page, url: 'chrome://newtab/' })).toBeNull();
  });
});

describe('observeStall', () => {
  it("is an http-stall of the transfer's tab and host, dated when it is judged", () => {
    const transfer = { tabId: 4, url: 'https://frozen.example/app.js?v=1', type: 'script', ip: '203.0.113.9', startedAt: 7000, watched: false };
    expect(observeStall(transfer, 27_500)).toEqual({
      tabId: 4,
      host: 'frozen.example',
      url: 'https://frozen.example/app.js?v=1',
      mainFrame: false,
      kind: 'http-stall',
      ip: '203.0.113.9',
      time: 27_500,
    });
    expect(observeStall({ ...transfer, type: 'main_frame' }, 27_500)?.mainFrame).toBe(true);
  });
});

// Issue 15: Firefox ends the HTTP/2 streams of a connection cut under them with NS_ERROR_ABORT, the
// code of a request an extension blocked before it went out (measured in Firefox ESR 153).
describe("observeError on Firefox's NS_ERROR_ABORT", () => {
  const aborted = { ...request, error: 'NS_ERROR_ABORT' };

  it('takes it for an extension block when the request had not gone out', () => {
    expect(observeError(aborted)?.kind).toBe('local');
  });

  it('takes it for a broken connection when the request was waiting for its answer', () => {
    expect(observeError(aborted, null, true)?.kind).toBe('tcp-reset');
  });

  it('changes nothing for other errors', () => {
    expect(observeError({ ...request, error: 'net::ERR_BLOCKED_BY_CLIENT' }, null, true)?.kind).toBe('local');
    expect(observeError({ ...request, error: 'NS_ERROR_CONNECTION_REFUSED' }, null, true)?.kind).toBe('tcp-refused');
  });
});
