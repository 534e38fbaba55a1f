// Rate-limit keys: one per IPv4 address, one per IPv6 /64.
import { describe, expect, it } from 'vitest';
import { rateLimitKey } from '../src/client-address';

describe('rateLimitKey', () => {
  it.each([
    ['203.0.113.5', '203.0.113.5'],
    ['::ffff:203.0.113.5', '203.0.113.5'],
    ['2001:db8:1:2::1', '2001:0db8:0001:0002::/64'],
    ['2001:DB8:1:2:ffff:ffff:ffff:ffff', '2001:0db8:0001:0002::/64'],
    ['2001:db8::1', '2001:0db8:0000:0000::/64'],
    ['::1', '0000:0000:0000:0000::/64'],
    ['fe80::1%eth0', 'fe80:0000:0000:0000::/64'],
    ['64:ff9b::192.0.2.1', '0064:ff9b:0000:0000::/64'],
    [undefined, 'unknown'],
    ['not an address', 'unknown'],
  ])('keys %s as %s', (address, key) => {
    expect(rateLimitKey(address)).toBe(key);
  });

  it('keys an address with an embedded IPv4 tail by its /64 like any other', () => {
    expect(rateLimitKey('2001:db8:1:2::192.0.2.1')).toBe(rateLimitKey('2001:db8:1:2::c000:201'));
  });
});
