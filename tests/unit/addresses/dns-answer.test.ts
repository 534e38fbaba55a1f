import { describe, expect, it } from 'vitest';
import { combineAnswers, failed, type DnsAnswer } from '../../../lib/addresses/dns-answer';

const v4: DnsAnswer = { outcome: 'addresses', addresses: ['192.0.2.1'], ttl: 300 };
const v6: DnsAnswer = { outcome: 'addresses', addresses: ['2001:db8::1'], ttl: 60 };
const nxdomain: DnsAnswer = { outcome: 'nxdomain' };
const none: DnsAnswer = { outcome: 'no-address' };
const timeout = failed('timeout');

describe('combineAnswers (A, AAAA)', () => {
  it.each<[string, DnsAnswer, DnsAnswer, DnsAnswer]>([
    ['both types, the shorter TTL', v4, v6, { outcome: 'addresses', addresses: ['192.0.2.1', '2001:db8::1'], ttl: 60 }],
    ['one type enough', v4, none, v4],
    ['addresses despite a failure', timeout, v6, v6],
    ['a missing name, whatever the other', nxdomain, timeout, nxdomain],
    ['a failure over no address', none, timeout, timeout],
    ['no address of either type', none, none, none],
  ])('%s', (_, a, aaaa, expected) => {
    expect(combineAnswers(a, aaaa)).toEqual(expected);
  });
});
