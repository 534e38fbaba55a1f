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
