// The networks converter on small inline provider files: one range a line, a geofeed, JSON, and a
// URL; what it writes is a networks: source the parser reads back whole.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNetworks } from '../../../lib/blocklist/sources/parse-networks';
import { convertNetworks } from '../../../lib/channel/convert-networks';
import { providerRanges } from '../../../lib/channel/provider-ranges';
import { runParser } from '../blocklist/parse-harness';

const folder = mkdtempSync(join(tmpdir(), 'blocklens-networks-'));
const file = (name: string, text: string) => {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
};

const CLOUD_V4 = '104.16.0.0/13\n104.24.0.0/14\n173.245.48.0/20\n';
const CLOUD_V6 = '2606:4700::/32\n';
const GEOFEED = '# prefix,country,region,city,postal\n5.101.96.0/21,NL,NL-NH,Amsterdam,\n2a03:b0c0::/32,NL,,,\n';
const ROUTES = '# AS24940\n5.9.0.0/16\n2a01:4f8::/32\n';
const JSON_RANGES = JSON.stringify({ syncToken: '1', prefixes: [{ ipv4Prefix: '8.8.4.0/24', service: 'Google Cloud' }, { ipv6Prefix: '2600:1900::/28' }] });

describe('providerRanges', () => {
  it('reads one range a line, a geofeed and JSON, in stored form without repeats', () => {
    const ranges = (text: string) => providerRanges(text, 'test').ranges;
    expect(ranges(CLOUD_V4 + '104.16.0.0/13\n')).toEqual(['104.16.0.0/13', '104.24.0.0/14', '173.245.48.0/20']);
    expect(ranges(GEOFEED)).toEqual(['5.101.96.0/21', '2a03:b0c0::/32']);
    expect(ranges(JSON_RANGES)).toEqual(['8.8.4.0/24', '2600:1900::/28']);
    expect(ranges('38.104.155.93/31\r\n3.4.12.1/32\n')).toEqual(['38.104.155.92/31', '3.4.12.1']);
  });

  it('leaves out bogon ranges (documentation, private, loopback), as some geofeeds carry them', () => {
    expect(providerRanges('192.0.2.0/24,US\n10.0.0.0/8\n45.32.0.0/16\nfe80::/10\n', 'vultr')).toEqual({
      ranges: ['45.32.0.0/16'],
      bogons: ['192.0.2.0/24', '10.0.0.0/8', 'fe80::/10'],
    });
  });

  it('fails on a line that is no range, and on a file without any', () => {
    expect(() => providerRanges('104.16.0.0/13\n<html>\n', 'page')).toThrow('page: line 2: expected a CIDR range first, not "<html>"');
    expect(() => providerRanges('# nothing\n', 'empty')).toThrow('empty: no address range in it');
    expect(() => providerRanges('{"prefixes": []}', 'json')).toThrow('json: no address range in it');
  });
});

describe('convertNetworks', () => {
  it('writes each network from its files and URLs, dated where cut, under the header notes', async () => {
    const fetcher = (async (url: string) =>
      url === 'https://www.cloudflare.com/ips-v6' ? new Response(CLOUD_V6) : new Response('gone', { status: 404 })) as typeof fetch;
    const converted = await convertNetworks({
      networks: [
        `Cloudflare=${file('cf-v4.txt', CLOUD_V4)}`,
        'Cloudflare=https://www.cloudflare.com/ips-v6',
        `Hetzner=${file('hetzner.txt', ROUTES)}`,
        `DigitalOcean=${file('do.csv', GEOFEED)}`,
        `Google Cloud=${file('cloud.json', JSON_RANGES)}`,
        `Single=${file('single.txt', '3.4.12.1/32\n2001:67c:2::1/128\n')}`,
      ],
      cut: ['Cloudflare=2025-06-09', 'Hetzner=2025-06-09', 'DigitalOcean=2025-06-09'],
      notes: ['Test networks', 'Cloudflare: its own files, as of 2026-08-22'],
      fetcher,
    });
    expect(converted.text).toBe(
      [
        '# Test networks',
        '# Cloudflare: its own files, as of 2026-08-22',
        '104.16.0.0/13,Cloudflare,2025-06-09',
        '104.24.0.0/14,Cloudflare,2025-06-09',
        '173.245.48.0/20,Cloudflare,2025-06-09',
        '2606:4700::/32,Cloudflare,2025-06-09',
        '5.9.0.0/16,Hetzner,2025-06-09',
        '2a01:4f8::/32,Hetzner,2025-06-09',
        '5.101.96.0/21,DigitalOcean,2025-06-09',
        '2a03:b0c0::/32,DigitalOcean,2025-06-09',
        '8.8.4.0/24,Google Cloud',
        '2600:1900::/28,Google Cloud',
        '3.4.12.1/32,Single',
        '2001:67c:2::1/128,Single',
        '',
      ].join('\n'),
    );
    expect(converted.networks).toEqual([
      { name: 'Cloudflare', since: '2025-06-09', ranges: 4, bogons: [] },
      { name: 'Hetzner', since: '2025-06-09', ranges: 2, bogons: [] },
      { name: 'DigitalOcean', since: '2025-06-09', ranges: 2, bogons: [] },
      { name: 'Google Cloud', since: '', ranges: 2, bogons: [] },
      { name: 'Single', since: '', ranges: 2, bogons: [] },
    ]);
    const parsed = await runParser(parseNetworks, { text: converted.text });
    expect(parsed.problems).toEqual([]);
    expect(parsed.records).toHaveLength(12);
  });

  it('refuses a date for no network, a bad date, a bad pair, an unreachable URL and plain http', async () => {
    const cloud = `Cloudflare=${file('cf.txt', CLOUD_V4)}`;
    await expect(convertNetworks({ networks: [cloud], cut: ['OVH=2025-06-09'] })).rejects.toThrow('no --network is called "OVH"');
    await expect(convertNetworks({ networks: [cloud], cut: ['Cloudflare=June'] })).rejects.toThrow('expected a date YYYY-MM-DD');
    await expect(convertNetworks({ networks: ['Cloudflare'] })).rejects.toThrow('expected --network NAME=PATH|URL');
    await expect(convertNetworks({ networks: ['A,B=x.txt'] })).rejects.toThrow();
    const fetcher = (async () => new Response('gone', { status: 404 })) as unknown as typeof fetch;
    await expect(convertNetworks({ networks: ['X=https://example.org/ips'], fetcher })).rejects.toThrow('the server answered 404');
    await expect(convertNetworks({ networks: ['X=http://example.org/ips'], fetcher })).rejects.toThrow('must be https:');
  });
});
