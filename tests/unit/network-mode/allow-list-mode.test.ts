import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIpv4 } from '../../../lib/ip/address-bits';
import { ALLOW_LIST_WINDOW_MS, judgeAllowList, MIN_HUNG_SITES, sitesSeen } from '../../../lib/network-mode/allow-list-mode';

const NOW = 1_700_000_000_000;
const SECOND = 1000;

/** Sightings as the watch keeps them: host → when. */
function sightings(hung: Record<string, number>, loaded: Record<string, number>) {
  return { hung: new Map(Object.entries(hung)), loaded: new Map(Object.entries(loaded)) };
}

/** `count` unrelated hosts that hung, one every ten seconds before NOW. */
function unrelatedHangs(count: number): Record<string, number> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`www.site${i}.com`, NOW - i * 10 * SECOND]));
}

describe('judgeAllowList', () => {
  it('sees an allow list when several unrelated sites hang while another loads', () => {
    const verdict = judgeAllowList(sightings(unrelatedHangs(4), { 'ya.ru': NOW - 5 * SECOND }), NOW);
    expect(verdict).toEqual({
      hungSites: ['site0.com', 'site1.com', 'site2.com', 'site3.com'],
      loadedSites: ['ya.ru'],
      // The oldest of the four hangs it needs (30 s ago) leaves the window first.
      until: NOW - 30 * SECOND + ALLOW_LIST_WINDOW_MS,
    });
  });

  it('raises no alarm when one site is down', () => {
    expect(judgeAllowList(sightings({ 'www.down.com': NOW }, { 'ya.ru': NOW }), NOW)).toBeNull();
  });

  it(`raises no alarm below ${MIN_HUNG_SITES} sites`, () => {
    expect(judgeAllowList(sightings(unrelatedHangs(MIN_HUNG_SITES - 1), { 'ya.ru': NOW }), NOW)).toBeNull();
  });

  it('raises no alarm when nothing loads: the whole network is down', () => {
    expect(judgeAllowList(sightings(unrelatedHangs(10), {}), NOW)).toBeNull();
  });

  it("counts one site's many hosts once", () => {
    const hosts = ['www', 'static', 'cdn', 'api', 'img', 'media'].map((name) => `${name}.bigsite.co.uk`);
    const hung = Object.fromEntries(hosts.map((host) => [host, NOW]));
    expect(judgeAllowList(sightings(hung, { 'ya.ru': NOW }), NOW)).toBeNull();
    expect(sitesSeen(sightings(hung, {}), NOW).hung).toEqual([['bigsite.co.uk', NOW]]);
  });

  it('does not take a hung site\'s own host that loaded for another site that loads', () => {
    const hung = unrelatedHangs(4);
    // site0.com's other host answered, but before it hung: it still counts as hung, and nothing else loaded.
    expect(judgeAllowList(sightings(hung, { 'static.site0.com': NOW - 60 * SECOND }), NOW)).toBeNull();
  });

  it('counts a site that loaded after it hung as loading, not hung', () => {
    const hung = unrelatedHangs(4);
    const verdict = judgeAllowList(sightings(hung, { 'ya.ru': NOW, 'www.site0.com': NOW }), NOW);
    expect(verdict).toBeNull();
    expect(sitesSeen(sightings(hung, { 'www.site0.com': NOW }), NOW).loaded).toEqual([['site0.com', NOW]]);
  });

  it('forgets hangs and loads older than the window', () => {
    const old = NOW - ALLOW_LIST_WINDOW_MS - 1;
    const hung = { ...unrelatedHangs(3), 'www.old.com': old };
    expect(judgeAllowList(sightings(hung, { 'ya.ru': NOW }), NOW)).toBeNull();
    expect(judgeAllowList(sightings(unrelatedHangs(4), { 'ya.ru': old }), NOW)).toBeNull();
    expect(judgeAllowList(sightings({ ...unrelatedHangs(4), 'www.old.com': old }, { 'ya.ru': NOW }), NOW)).not.toBeNull();
  });

  it('lapses with the load it needs', () => {
    const verdict = judgeAllowList(sightings(unrelatedHangs(4), { 'ya.ru': NOW - 4 * 60 * SECOND }), NOW);
    expect(verdict?.until).toBe(NOW - 4 * 60 * SECOND + ALLOW_LIST_WINDOW_MS);
  });

  it('counts IP literals as sites of their own', () => {
    const hung = { '203.0.113.1': NOW, '203.0.113.2': NOW, '198.51.100.7': NOW, 'www.site.com': NOW };
    expect(judgeAllowList(sightings(hung, { 'ya.ru': NOW }), NOW)?.hungSites).toHaveLength(4);
  });
});

// An optional check against real data: antifilter's list of the address ranges that stay reachable
// in allow-list mode (GPL, not shipped; only on a machine that has the shared data).
const WHITELIST = '/work/shared/data/antifilter/geoip-ru-whitelist.txt';

describe.skipIf(!existsSync(WHITELIST))('judgeAllowList on the allow list antifilter.download publishes', () => {
  const ranges = readFileSync(WHITELIST, 'utf8')
    .split('\n')
    .flatMap((line) => {
      const match = /^(\d+\.\d+\.\d+\.\d+)\/(\d+)$/.exec(line.trim());
      if (!match) return [];
      const prefix = Number(match[2]);
      const mask = prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0;
      return [{ network: (parseIpv4(match[1]!) & mask) >>> 0, mask }];
    });
  const reachable = (address: string) => ranges.some(({ network, mask }) => ((parseIpv4(address) & mask) >>> 0) === network);

  // An address of each site (as public DNS has answered for it; only the range it lies in matters):
  // whether the list keeps it decides whether the site loads or hangs in the simulated network.
  const visits: Record<string, string> = {
    'ya.ru': '5.255.255.242',
    'vk.com': '87.240.132.72',
    'www.google.com': '142.250.185.100',
    'www.wikipedia.org': '185.15.59.224',
    'github.com': '140.82.121.4',
    'www.bbc.com': '151.101.0.81',
    'web.telegram.org': '149.154.167.99',
  };

  it('the list keeps Russian services and leaves out foreign ones', () => {
    expect(ranges.length).toBeGreaterThan(1000);
    expect(reachable('5.255.255.242')).toBe(true);
    expect(reachable('87.240.132.72')).toBe(true);
    expect(reachable('142.250.185.100')).toBe(false);
    expect(reachable('140.82.121.4')).toBe(false);
  });

  it('a browsing session on such a network is judged an allow list', () => {
    const hung: Record<string, number> = {};
    const loaded: Record<string, number> = {};
    Object.entries(visits).forEach(([host, address], i) => {
      (reachable(address) ? loaded : hung)[host] = NOW - i * 20 * SECOND;
    });
    expect(Object.keys(loaded).sort()).toEqual(['vk.com', 'ya.ru']);
    expect(Object.keys(hung).length).toBeGreaterThanOrEqual(MIN_HUNG_SITES);
    expect(judgeAllowList(sightings(hung, loaded), NOW)).not.toBeNull();
  });
});
