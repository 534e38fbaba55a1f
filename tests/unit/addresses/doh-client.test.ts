import { afterEach, describe, expect, it, vi } from 'vitest';
import { DohClient } from '../../../lib/addresses/doh-client';
import type { DohEndpoint, DohFormat } from '../../../lib/addresses/doh-endpoint';
import { FakeDoh, type ZoneEntry } from './fake-doh';

const ZONE: Record<string, ZoneEntry> = {
  'dual.example.org': { addresses: ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'], ttl: 600 },
  'v4.example.org': { addresses: ['35.200.1.9'], ttl: 120, cname: 'edge.example.net' },
  'v6.example.org': { addresses: ['2001:db8::5'] },
  'nodata.example.org': { addresses: [] },
  'broken.example.org': 'servfail',
  'refusing.example.org': 'refused',
  'slow.example.org': 'hang',
  'offline.example.org': 'network',
  'garbled.example.org': 'garbage',
  'limited.example.org': { status: 429 },
};

function setUp(format: DohFormat, perMinute = 20) {
  let now = 1_000_000;
  const resolver = new FakeDoh(ZONE);
  const client = new DohClient({ fetch: resolver.fetch, now: () => now, perMinute });
  const endpoint: DohEndpoint = { url: 'https://dns.example/dns-query', format };
  return { resolver, client, endpoint, advance: (ms: number) => (now += ms), resolve: (host: string) => client.resolve(endpoint, host) };
}

afterEach(() => vi.useRealTimers());

describe.each<DohFormat>(['wire', 'json'])('DohClient over %s', (format) => {
  it.each([
    ['dual.example.org', { outcome: 'addresses', addresses: ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'], ttl: 600 }],
    ['v4.example.org', { outcome: 'addresses', addresses: ['35.200.1.9'], ttl: 120 }],
    ['v6.example.org', { outcome: 'addresses', addresses: ['2001:db8::5'], ttl: 300 }],
    ['nodata.example.org', { outcome: 'no-address' }],
    ['missing.example.org', { outcome: 'nxdomain' }],
    ['broken.example.org', { outcome: 'failed', failure: 'server-failure', detail: 'rcode 2' }],
    ['refusing.example.org', { outcome: 'failed', failure: 'refused', detail: 'rcode 5' }],
    ['offline.example.org', { outcome: 'failed', failure: 'network', detail: 'Failed to fetch' }],
    ['limited.example.org', { outcome: 'failed', failure: 'http-status', detail: 'HTTP 429' }],
  ])('%s: %o', async (host, answer) => {
    expect(await setUp(format).resolve(host)).toEqual(answer);
  });

  it('calls an unreadable answer malformed', async () => {
    expect(await setUp(format).resolve('garbled.example.org')).toMatchObject({ outcome: 'failed', failure: 'malformed' });
  });

  it('gives up after three seconds', async () => {
    vi.useFakeTimers();
    const answer = setUp(format).resolve('slow.example.org');
    await vi.advanceTimersByTimeAsync(3000);
    expect(await answer).toEqual({ outcome: 'failed', failure: 'timeout', detail: '' });
  });

  it('asks for A and AAAA without cookies, referrer or HTTP cache, in the format chosen', async () => {
    const { resolver, resolve } = setUp(format);
    await resolve('dual.example.org');
    expect(resolver.requests).toHaveLength(2);
    for (const { url, init } of resolver.requests) {
      expect(url.origin + url.pathname).toBe('https://dns.example/dns-query');
      expect(init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store' });
      expect(init?.headers).toEqual({ accept: format === 'wire' ? 'application/dns-message' : 'application/dns-json' });
    }
    const params = resolver.requests.map(({ url }) => [...url.searchParams.keys()].sort().join(','));
    expect(params).toEqual(format === 'wire' ? ['dns', 'dns'] : ['name,type', 'name,type']);
  });
});

describe('DohClient: JSON that does not fit', () => {
  it.each([
    ['no Status', { Answer: [] }],
    ['Answer that is not a list', { Status: 0, Answer: 'none' }],
    ['a record that is no address', { Status: 0, Answer: [{ type: 1, TTL: 30, data: 'example.org.' }] }],
    ['a record without TTL', { Status: 0, Answer: [{ type: 1, data: '192.0.2.1' }] }],
    ['a range for an address', { Status: 0, Answer: [{ type: 1, TTL: 30, data: '192.0.2.0/24' }] }],
  ])('calls %s malformed', async (_, body) => {
    const client = new DohClient({ fetch: async () => Response.json(body), now: () => 0 });
    const answer = await client.resolve({ url: 'https://dns.example/resolve', format: 'json' }, 'example.org');
    expect(answer).toMatchObject({ outcome: 'failed', failure: 'malformed' });
  });
});

describe('DohClient: cache, sharing and bound', () => {
  it('keeps an answer for its TTL, then asks again', async () => {
    const { resolver, resolve, advance } = setUp('wire');
    await resolve('v4.example.org');
    advance(119_000);
    expect(await resolve('v4.example.org')).toMatchObject({ outcome: 'addresses' });
    expect(resolver.requests).toHaveLength(2);
    advance(2000);
    await resolve('v4.example.org');
    expect(resolver.requests).toHaveLength(4);
  });

  it('keeps "no such name" for five minutes, and no failure at all', async () => {
    const { resolver, resolve, advance } = setUp('json');
    await resolve('missing.example.org');
    advance(299_000);
    await resolve('missing.example.org');
    expect(resolver.names).toEqual(['missing.example.org', 'missing.example.org']);
    await resolve('broken.example.org');
    await resolve('broken.example.org');
    expect(resolver.requests).toHaveLength(6);
  });

  it('keys the cache by resolver and format', async () => {
    const { client, resolver } = setUp('wire');
    await client.resolve({ url: 'https://dns.example/dns-query', format: 'wire' }, 'v6.example.org');
    await client.resolve({ url: 'https://dns.example/dns-query', format: 'json' }, 'v6.example.org');
    await client.resolve({ url: 'https://other.example/dns-query', format: 'wire' }, 'v6.example.org');
    expect(resolver.requests).toHaveLength(6);
  });

  it('asks once for lookups of one host made at the same time', async () => {
    const { resolver, resolve } = setUp('wire');
    const answers = await Promise.all([resolve('dual.example.org'), resolve('dual.example.org')]);
    expect(answers[0]).toEqual(answers[1]);
    expect(resolver.requests).toHaveLength(2);
  });

  it('makes at most the bound of lookups in any minute, cached answers aside', async () => {
    const { resolver, resolve, advance } = setUp('wire', 2);
    await resolve('v4.example.org');
    advance(30_000);
    await resolve('v6.example.org');
    expect(await resolve('dual.example.org')).toEqual({ outcome: 'failed', failure: 'rate-limited', detail: '' });
    expect(await resolve('v4.example.org')).toMatchObject({ outcome: 'addresses' });
    expect(resolver.requests).toHaveLength(4);
    advance(30_000);
    expect(await resolve('dual.example.org')).toMatchObject({ outcome: 'addresses' });
    expect(await resolve('nodata.example.org')).toMatchObject({ outcome: 'failed', failure: 'rate-limited' });
  });
});
