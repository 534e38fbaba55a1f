import { describe, expect, it } from 'vitest';
import {
  formatAddressEntry,
  parseAddressEntry,
  parseAddressQuery,
  parseIpv4,
  parseIpv6,
} from '../../../lib/ip/address-bits';

function ipv6Words(text: string): number[] | null {
  const out = new Uint32Array(4);
  return parseIpv6(text, out) ? [...out] : null;
}

describe('address bits', () => {
  it('reads strict dotted quads only', () => {
    expect(parseIpv4('149.154.167.99')).toBe(0x959aa763);
    expect(parseIpv4('255.255.255.255')).toBe(0xffffffff);
    expect(parseIpv4('0.0.0.0')).toBe(0);
    for (const text of ['1.2.3', '1.2.3.4.5', '1.2.3.256', '01.2.3.4', '1..3.4', '1.2.3.4 ', '', '1.2.3.']) {
      expect(parseIpv4(text)).toBe(-1);
    }
  });

  it('reads IPv6 in full, compressed and IPv4-tailed forms', () => {
    expect(ipv6Words('2001:db8::1')).toEqual([0x20010db8, 0, 0, 1]);
    expect(ipv6Words('::')).toEqual([0, 0, 0, 0]);
    expect(ipv6Words('::1')).toEqual([0, 0, 0, 1]);
    expect(ipv6Words('fe80::')).toEqual([0xfe800000, 0, 0, 0]);
    expect(ipv6Words('1:2:3:4:5:6:7:8')).toEqual([0x10002, 0x30004, 0x50006, 0x70008]);
    expect(ipv6Words('1:2:3:4:5:6::8')).toEqual([0x10002, 0x30004, 0x50006, 8]);
    expect(ipv6Words('::ffff:1.2.3.4')).toEqual([0, 0, 0xffff, 0x01020304]);
    expect(ipv6Words('ABCD::Ef')).toEqual([0xabcd0000, 0, 0, 0xef]);
    for (const text of [':::', '1::2::3', '1:2:3:4:5:6:7:8:9', '12345::', '1:2:3:4:5:6:7', ':1::', '1:', '::1.2.3', 'g::']) {
      expect(ipv6Words(text)).toBeNull();
    }
  });

  it('reads a looked-up address, brackets and zone included, mapped IPv6 as IPv4', () => {
    const out = new Uint32Array(4);
    expect(parseAddressQuery('[fe80::1%eth0]', out)).toBe(6);
    expect([...out]).toEqual([0xfe800000, 0, 0, 1]);
    expect(parseAddressQuery('::ffff:10.0.0.1', out)).toBe(4);
    expect(out[0]).toBe(0x0a000001);
    expect(parseAddressQuery('example.org', out)).toBe(0);
  });

  it('reads list entries with their prefix, a mapped range as the IPv4 range it stands for', () => {
    const out = new Uint32Array(4);
    expect(parseAddressEntry('10.0.0.0/8', out)).toEqual({ family: 4, prefix: 8 });
    expect(parseAddressEntry('2001:db8::/32', out)).toEqual({ family: 6, prefix: 32 });
    expect(parseAddressEntry('::ffff:10.0.0.0/104', out)).toEqual({ family: 4, prefix: 8 });
    expect(out[0]).toBe(0x0a000000);
    for (const text of ['10.0.0.0/33', '10.0.0.0/', '10.0.0.0/x', '::/129', 'x/8']) expect(parseAddressEntry(text, out)).toBeNull();
  });

  it('writes entries in canonical form', () => {
    expect(formatAddressEntry(Uint32Array.of(0x959aa763), 0, 4, 32)).toBe('149.154.167.99');
    expect(formatAddressEntry(Uint32Array.of(0x959aa400), 0, 4, 22)).toBe('149.154.164.0/22');
    expect(formatAddressEntry(Uint32Array.of(0x20010db8, 0, 0, 1), 0, 6, 128)).toBe('2001:db8::1');
    expect(formatAddressEntry(Uint32Array.of(0x2001067c, 0x04e80000, 0, 0), 0, 6, 48)).toBe('2001:67c:4e8::/48');
  });
});
