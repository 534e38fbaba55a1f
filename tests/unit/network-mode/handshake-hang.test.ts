import { describe, expect, it } from 'vitest';
import { isHandshakeHang } from '../../../lib/network-mode/handshake-hang';
import { finding } from '../helpers/finding';

const chromiumHang = finding({
  host: 'www.site.com',
  kind: 'http-timeout',
  kinds: { 'http-timeout': 1 },
  errors: ['net::ERR_TIMED_OUT'],
  cause: 'suspected',
  mechanism: 'dpi',
  confidence: 'low',
});

describe('isHandshakeHang', () => {
  it("takes Chromium's and Firefox's timeout on a host nothing else explains", () => {
    expect(isHandshakeHang(chromiumHang)).toBe(true);
    const firefoxHang = { ...chromiumHang, kind: 'tcp-timeout' as const, errors: ['NS_ERROR_NET_TIMEOUT'], cause: 'unknown' as const };
    expect(isHandshakeHang(firefoxHang)).toBe(true);
  });

  it('leaves out hosts the list explains, local failures and other kinds', () => {
    expect(isHandshakeHang({ ...chromiumHang, cause: 'listed' })).toBe(false);
    expect(isHandshakeHang({ ...chromiumHang, cause: 'collateral', mechanism: 'ip' })).toBe(false);
    expect(isHandshakeHang({ ...chromiumHang, cause: 'local' })).toBe(false);
    expect(isHandshakeHang({ ...chromiumHang, kind: 'http-cut' })).toBe(false);
    expect(isHandshakeHang({ ...chromiumHang, kind: 'tcp-reset', errors: ['net::ERR_CONNECTION_RESET'] })).toBe(false);
  });

  it('takes a hang on a hosting network cut as a whole: an allow list shuts those out first', () => {
    expect(isHandshakeHang({ ...chromiumHang, cause: 'collateral', mechanism: 'throttle', confidence: 'medium' })).toBe(true);
  });

  it('leaves out a host that answered a status or sent the browser to a block page', () => {
    expect(isHandshakeHang({ ...chromiumHang, statuses: [503] })).toBe(false);
    expect(isHandshakeHang({ ...chromiumHang, redirects: ['warning.rt.ru'] })).toBe(false);
  });

  it("leaves out Chromium's connect timeout: no connection was made, as when the network is down", () => {
    expect(isHandshakeHang({ ...chromiumHang, kind: 'tcp-timeout', errors: ['net::ERR_CONNECTION_TIMED_OUT'] })).toBe(false);
  });
});
