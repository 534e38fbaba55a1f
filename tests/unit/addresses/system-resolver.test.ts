import { describe, expect, it } from 'vitest';
import { systemResolver, type DnsApi } from '../../../lib/addresses/system-resolver';

/** Firefox's dns.resolve as it answers: addresses, or a rejection named after the resolver error. */
function fakeDns(answers: Record<string, string[] | string>): DnsApi & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async resolve(hostname) {
      asked.push(hostname);
      const answer = answers[hostname] ?? 'NS_ERROR_UNKNOWN_HOST';
      if (typeof answer === 'string') throw new Error(answer);
      return { addresses: answer, canonicalName: hostname, isTRR: false };
    },
  };
}

describe('systemResolver', () => {
  const dns = fakeDns({
    'both.example.org': ['93.184.215.14', '2606:2800:021F:cb07:0:0:0:1'],
    'empty.example.org': [],
    'odd.example.org': ['not an address'],
    'slow.example.org': 'NS_ERROR_NET_TIMEOUT',
    'broken.example.org': 'NS_ERROR_FAILURE',
  });
  const resolve = systemResolver(dns);

  it.each([
    ['both.example.org', { outcome: 'addresses', addresses: ['93.184.215.14', '2606:2800:21f:cb07::1'], ttl: 0 }],
    ['empty.example.org', { outcome: 'no-address' }],
    ['odd.example.org', { outcome: 'no-address' }],
    ['gone.example.org', { outcome: 'nxdomain' }],
    ['slow.example.org', { outcome: 'failed', failure: 'timeout', detail: 'NS_ERROR_NET_TIMEOUT' }],
    ['broken.example.org', { outcome: 'failed', failure: 'network', detail: 'NS_ERROR_FAILURE' }],
  ])('%s: %o', async (host, answer) => {
    expect(await resolve(host)).toEqual(answer);
  });

  it('asks the browser about exactly the host', async () => {
    await resolve('both.example.org');
    expect(dns.asked.at(-1)).toBe('both.example.org');
  });
});
