import type { Finding } from '@blocklens/vocabulary';
import { describe, expect, it } from 'vitest';
import { canBeLookedUp, wantsAutomaticLookup } from '../../../lib/addresses/lookup-policy';
import { finding } from '../helpers/finding';

const reset = finding({ host: 'api.game.example.org' });
const address = { address: '35.200.1.9', source: 'response' as const };

describe('wantsAutomaticLookup', () => {
  it.each<[string, Finding, boolean]>([
    ['a reset of a public name with no known address', reset, true],
    ['a reset whose address is known', { ...reset, address }, false],
    ['a name that did not resolve, address or not', { ...reset, kind: 'dns-nxdomain', address }, true],
    ['a false DNS answer', { ...reset, kind: 'dns-sinkhole', address: { address: '10.0.0.1', source: 'response' } }, true],
    ['a host that answered with an error status', { ...reset, kind: 'http-error' }, false],
    ['a request stopped on this device', { ...reset, kind: 'local' }, false],
    ['a block page', { ...reset, kind: 'http-blockpage' }, false],
    ['a local name', { ...reset, host: 'printer.lan' }, false],
    ['a test name', { ...reset, host: 'collateral.test' }, false],
    ['an address', { ...reset, host: '35.200.1.9' }, false],
    ['a host looked up already', { ...reset, lookups: [{ source: 'doh', addresses: [], nxdomain: true, at: 1 }] }, false],
  ])('%s: %s', (_, candidate, wanted) => {
    expect(wantsAutomaticLookup(candidate)).toBe(wanted);
  });
});

describe('canBeLookedUp', () => {
  it.each([
    ['collateral.test', true],
    ['api.game.example.org', true],
    ['35.200.1.9', false],
    ['2001:db8::1', false],
    ['', false],
  ])('%s: %s', (host, allowed) => {
    expect(canBeLookedUp(host)).toBe(allowed);
  });
});
