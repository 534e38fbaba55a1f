import { describe, expect, it } from 'vitest';
import { localReason } from '../../../lib/failures/local-reason';

describe('localReason', () => {
  it.each([
    ['net::ERR_BLOCKED_BY_CLIENT', 'extension'],
    ['NS_ERROR_ABORT', 'extension'],
    ['net::ERR_BLOCKED_BY_ADMINISTRATOR', 'policy'],
    ['net::ERR_NETWORK_ACCESS_DENIED', 'policy'],
    ['net::ERR_INTERNET_DISCONNECTED', 'offline'],
    ['net::ERR_NETWORK_CHANGED', 'offline'],
    ['NS_ERROR_OFFLINE', 'offline'],
    ['net::ERR_PROXY_CONNECTION_FAILED', 'proxy'],
    ['NS_ERROR_PROXY_CONNECTION_REFUSED', 'proxy'],
    ['NS_ERROR_UNKNOWN_PROXY_HOST', 'proxy'],
    ['NS_ERROR_PHISHING_URI', 'browser'],
    ['net::ERR_UNSAFE_PORT', 'browser'],
    ['net::ERR_ABORTED', 'aborted'],
    ['NS_BINDING_ABORTED', 'aborted'],
    ['net::ERR_CONNECTION_RESET', null],
    ['NS_ERROR_MALFORMED_URI', null],
    ['valueOf', null],
  ] as const)('%s -> %s', (error, reason) => {
    expect(localReason(error)).toBe(reason);
  });
});

describe('localReason against the browsers’ own lists (issue 11)', () => {
  it.each([
    ['net::ERR_HTTPS_PROXY_TUNNEL_RESPONSE_REDIRECT', 'proxy'],
    ['net::ERR_NO_SUPPORTED_PROXIES', 'proxy'],
    ['net::ERR_BLOCKED_IN_INCOGNITO_BY_ADMINISTRATOR', 'policy'],
    ['net::ERR_BLOCKED_BY_LOCAL_NETWORK_ACCESS_CHECKS', 'browser'],
    ['NS_ERROR_BLOCKED_BY_POLICY', 'policy'],
    ['NS_ERROR_UNKNOWN_SOCKET_TYPE', 'proxy'],
    // Gone from Chromium's list.
    ['net::ERR_BLOCKED_ENROLLMENT_CHECK_PENDING', null],
    ['net::ERR_HTTPS_PROXY_TUNNEL_RESPONSE', null],
    // Stopped on this device, with no reason of their own to show.
    ['net::ERR_CERT_DATABASE_CHANGED', null],
    ['net::ERR_TEMPORARILY_THROTTLED', null],
    ['NS_ERROR_SOCKET_CREATE_FAILED', null],
    // Names the lists do not know yet, by their prefix.
    ['net::ERR_PROXY_SOMETHING_NEW', 'proxy'],
    ['net::ERR_PAC_SOMETHING_NEW', 'proxy'],
  ] as const)('%s -> %s', (error, reason) => {
    expect(localReason(error)).toBe(reason);
  });
});
