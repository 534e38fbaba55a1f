// Hosting networks in a compiled snapshot: the narrowest range holding an address names the
// network; networks are never list hits, and a range named twice stands for the preferred network.
import { describe, expect, it } from 'vitest';
import { compileSnapshot } from '../../../lib/blocklist/compile/compile-snapshot';
import type { SourceItem } from '../../../lib/blocklist/format/types';
import { loadSnapshot } from '../../../lib/blocklist/lookup/load-snapshot';

const META = { name: 'ru-registry', date: '2026-12-01', built: '2026-12-01T00:00:00.000Z' };
const RECORD = { list: 'ru-registry', authority: 'Роскомнадзор', decision: '2-1779/2018', date: '2018-04-13' };

const ITEMS: SourceItem[] = [
  { record: RECORD, domains: ['blocked.example'], wildcards: [], urls: [], addresses: ['104.16.1.0/24'] },
  { network: { range: '104.16.0.0/13', name: 'Cloudflare', since: '2025-06-09' } },
  { network: { range: '104.16.1.0/24', name: 'Cloudflare customer', since: '' } },
  { network: { range: '2606:4700::/32', name: 'Cloudflare', since: '2025-06-09' } },
  { network: { range: '8.8.4.0/24', name: 'Google', since: '' } },
  { network: { range: '8.8.4.0/24', name: 'Another name', since: '' } },
  { network: { range: '5.9.0.0/16', name: 'Hetzner', since: '2025-06-09' } },
  { network: { range: '5.9.0.0/16', name: 'Hetzner Online', since: '' } },
];

async function loaded(items: SourceItem[] = ITEMS) {
  return loadSnapshot((await compileSnapshot(items, META)).bytes.slice().buffer);
}

describe('hosting networks in the snapshot', () => {
  it('names the narrowest network range holding an address, IPv4, IPv6 and IPv4-mapped', async () => {
    const matcher = await loaded();
    expect(matcher.matchNetwork('104.17.2.3')).toEqual({ name: 'Cloudflare', range: '104.16.0.0/13', since: '2025-06-09' });
    expect(matcher.matchNetwork('104.16.1.7')).toEqual({ name: 'Cloudflare customer', range: '104.16.1.0/24', since: '' });
    expect(matcher.networksHolding('104.16.1.7').map((network) => network.range)).toEqual(['104.16.1.0/24', '104.16.0.0/13']);
    expect(matcher.matchNetwork('[2606:4700::6810:84e5]')).toEqual({ name: 'Cloudflare', range: '2606:4700::/32', since: '2025-06-09' });
    expect(matcher.matchNetwork('::ffff:104.17.0.1')).toMatchObject({ name: 'Cloudflare' });
    expect(matcher.matchNetwork('104.24.0.1')).toBeNull();
    expect(matcher.matchNetwork('not an address')).toBeNull();
    expect(matcher.info.counts).toMatchObject({ networks: 5, ipv4: 1, ipv6: 0, records: 1 });
  });

  it('never gives a network as a list hit', async () => {
    const matcher = await loaded();
    expect(matcher.matchAddress('104.17.2.3')).toEqual([]);
    expect(matcher.matchAddress('104.16.1.7').map((hit) => hit.entry)).toEqual(['104.16.1.0/24']);
  });

  it('takes, for a range named twice, the network known to be cut, else the first name, whatever the order', async () => {
    for (const items of [ITEMS, [...ITEMS].reverse()]) {
      const matcher = await loaded(items);
      expect(matcher.matchNetwork('5.9.1.1')).toEqual({ name: 'Hetzner', range: '5.9.0.0/16', since: '2025-06-09' });
      expect(matcher.matchNetwork('8.8.4.4')).toEqual({ name: 'Another name', range: '8.8.4.0/24', since: '' });
    }
  });

  it('compiles a list without networks to a snapshot that answers null', async () => {
    const matcher = await loaded([ITEMS[0]!]);
    expect(matcher.matchNetwork('104.16.1.7')).toBeNull();
    expect(matcher.info.counts.networks).toBe(0);
  });
});
