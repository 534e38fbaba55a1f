import { describe, expect, it } from 'vitest';
import { normaliseAddress } from '../../../lib/ip/ip-address';

describe('normaliseAddress', () => {
  it.each([
    ['192.0.2.1', '192.0.2.1'],
    ['0.0.0.0/0', '0.0.0.0/0'],
    ['35.192.0.0/12', '35.192.0.0/12'],
    ['35.193.4.5/12', '35.192.0.0/12'],
    ['192.0.2.1/32', '192.0.2.1'],
    ['2001:DB8::1', '2001:db8::1'],
    ['2001:0db8:0000:0000:0000:ff00:0042:8329', '2001:db8::ff00:42:8329'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['1:0:0:2:0:0:0:3', '1:0:0:2::3'],
    ['1:2:3:4:5:6:0:8', '1:2:3:4:5:6:0:8'],
    ['::', '::'],
    ['::ffff:192.0.2.1', '::ffff:c000:201'],
    ['2001:db8:1::/47', '2001:db8::/47'],
    ['2001:db8::1/128', '2001:db8::1'],
  ])('%s -> %s', (text, expected) => {
    expect(normaliseAddress(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['192.0.2.256', 'bad IPv4 address "192.0.2.256"'],
    ['192.0.2', 'bad IPv4 address "192.0.2"'],
    ['010.0.0.1', 'bad IPv4 address "010.0.0.1"'],
    ['192.0.2.0/33', 'bad range prefix "192.0.2.0/33"'],
    ['192.0.2.0/', 'bad range prefix "192.0.2.0/"'],
    ['192.0.2.0/08', 'bad range prefix "192.0.2.0/08"'],
    ['2001:db8::/129', 'bad range prefix "2001:db8::/129"'],
    ['1::2::3', 'bad IPv6 address "1::2::3"'],
    ['1:2:3:4:5:6:7:8:9', 'bad IPv6 address "1:2:3:4:5:6:7:8:9"'],
    ['2001:db8::g', 'bad IPv6 address "2001:db8::g"'],
    ['fe80::1%eth0', 'bad IPv6 address "fe80::1%eth0"'],
  ])('refuses %s', (text, reason) => {
    expect(normaliseAddress(text)).toEqual({ ok: false, reason });
  });
});
