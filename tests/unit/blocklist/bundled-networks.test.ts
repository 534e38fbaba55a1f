// The bundled build's hosting networks (blocklists/networks.txt, generated from the providers'
// ranges): real addresses are named, the networks measured as cut are dated, the others are not.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileSources } from '../../../lib/blocklist/compile/compile-sources';
import type { BlocklistMatcher } from '../../../lib/blocklist/format/types';
import { loadSnapshot } from '../../../lib/blocklist/lookup/load-snapshot';
import { DEFAULT_BLOCKLIST_SOURCES, parseSourceSpecs } from '../../../lib/blocklist/sources/read-sources';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe('the bundled hosting networks', () => {
  let bundled: BlocklistMatcher;
  let problems = 0;
  beforeAll(async () => {
    const compiled = await compileSources(parseSourceSpecs(DEFAULT_BLOCKLIST_SOURCES, ROOT), { onProblem: () => problems++ });
    bundled = loadSnapshot(compiled.bytes.slice().buffer);
  });

  it('compile without a problem, beside the registry extract that still names the list', () => {
    expect(problems).toBe(0);
    expect(bundled.info.name).toBe('ru-registry');
    expect(bundled.info.lists.map((list) => list.name)).toEqual(['ru-registry']);
    expect(bundled.info.counts.networks).toBeGreaterThan(5000);
  });

  it('name Cloudflare, Hetzner, DigitalOcean and OVH as cut since 2025-06-09', () => {
    expect(bundled.matchNetwork('104.16.0.1')).toEqual({ name: 'Cloudflare', range: '104.16.0.0/13', since: '2025-06-09' });
    expect(bundled.matchNetwork('2606:4700::6810:1')).toMatchObject({ name: 'Cloudflare', since: '2025-06-09' });
    expect(bundled.matchNetwork('5.9.10.20')).toEqual({ name: 'Hetzner', range: '5.9.0.0/16', since: '2025-06-09' });
    expect(bundled.matchNetwork('2a01:4f8::1')).toMatchObject({ name: 'Hetzner', since: '2025-06-09' });
    expect(bundled.matchNetwork('5.135.0.1')).toMatchObject({ name: 'OVH', since: '2025-06-09' });
    expect(bundled.matchNetwork('5.101.96.1')).toMatchObject({ name: 'DigitalOcean', since: '2025-06-09' });
  });

  it('name the other clouds without a date, and neither gives a list hit', () => {
    expect(bundled.matchNetwork('8.8.8.8')).toEqual({ name: 'Google', range: '8.8.8.0/24', since: '' });
    expect(bundled.matchAddress('8.8.8.8')).toEqual([]);
    expect(bundled.matchAddress('104.16.0.1')).toEqual([]);
    expect(bundled.matchNetwork('192.0.2.1')).toBeNull();
  });
});
