import type { Cause, Finding } from '@blocklens/vocabulary';
import { describe, expect, it } from 'vitest';
import { hostFindingKey, tabFindingsKey } from '../../../lib/findings/tab-findings';
import { MAX_HOSTS_PER_TAB, TabStore } from '../../../lib/findings/tab-store';
import { finding } from '../helpers/finding';
import { MemorySessionArea } from '../helpers/memory-session-area';

/** `n` findings on hosts `prefix0.example`…, failing one after the other. */
function findings(n: number, prefix: string, overrides: Partial<Finding> = {}): Finding[] {
  return Array.from({ length: n }, (_, i) =>
    finding({ host: `${prefix}${i}.example`, url: `https://${prefix}${i}.example/x`, firstSeen: i, lastSeen: i, ...overrides }),
  );
}

const mild = (cause: Cause = 'unknown'): Partial<Finding> => ({ cause, kind: 'dns-nxdomain', mechanism: 'unknown', confidence: 'low' });

describe('TabStore', () => {
  it('keeps one finding per host, main frame first, then by first failure', async () => {
    const area = new MemorySessionArea();
    const store = new TabStore(area);
    await store.startNavigation(3, 'nav-1', 'https://page.example/path');
    await store.put(3, finding({ host: 'b.example', firstSeen: 20 }));
    await store.put(3, finding({ host: 'a.example', firstSeen: 10 }));
    await store.put(3, finding({ host: 'page.example', firstSeen: 30, mainFrame: true }));
    await store.put(3, finding({ host: 'b.example', firstSeen: 20, count: 2 }));
    const tab = await store.get(3);
    expect(tab?.pageHost).toBe('page.example');
    expect(tab?.findings.map((f) => [f.host, f.count])).toEqual([
      ['page.example', 1],
      ['a.example', 1],
      ['b.example', 2],
    ]);
    expect((await new TabStore(area).get(3))?.findings.map((f) => [f.host, f.count])).toEqual([
      ['page.example', 1],
      ['a.example', 1],
      ['b.example', 2],
    ]);
  });

  it('survives a new worker: a second store reads what the first saved', async () => {
    const area = new MemorySessionArea();
    await new TabStore(area).put(4, finding());
    const restarted = new TabStore(area);
    expect((await restarted.get(4))?.findings.map((f) => f.host)).toEqual(['blocked.example']);
  });

  it('starts afresh on a new navigation but not on a redirect of the same one', async () => {
    const area = new MemorySessionArea();
    const store = new TabStore(area);
    await store.startNavigation(5, 'nav-1', 'https://one.example/');
    await store.put(5, finding());
    expect(await store.startNavigation(5, 'nav-1', 'https://redirected.example/')).toBeNull();
    expect((await store.get(5))?.findings).toHaveLength(1);
    const fresh = await store.startNavigation(5, 'nav-2', 'https://two.example/');
    expect(fresh?.findings).toEqual([]);
    expect((await new TabStore(area).get(5))?.pageUrl).toBe('https://two.example/');
    expect(area.data.has(hostFindingKey(5, 'blocked.example'))).toBe(false);
  });

  it('names the page host as its findings name hosts: no IPv6 brackets, nothing for a browser page', async () => {
    const store = new TabStore(new MemorySessionArea());
    expect((await store.startNavigation(9, 'nav-1', 'http://[2001:db8::1]:8080/'))?.pageHost).toBe('2001:db8::1');
    expect((await store.startNavigation(9, 'nav-2', 'chrome://newtab/'))?.pageHost).toBe('');
  });

  const pageResponse = { tabId: 6, host: 'page.example', url: 'http://page.example/', status: 200, time: 40 };

  it('makes a main-frame failure before the page loaded one of its parts: the page came', async () => {
    const store = new TabStore(new MemorySessionArea());
    await store.startNavigation(6, 'nav-1', 'https://page.example/');
    await store.put(6, finding({ host: 'cdn.example', firstSeen: 10 }));
    // The HTTPS attempt of the navigation failed; the page then came over HTTP.
    await store.put(6, finding({ host: 'page.example', firstSeen: 20, mainFrame: true }));
    const tab = await store.pageAnswered({ ...pageResponse, ip: '93.184.215.14', loaded: true });
    expect(tab.findings.map((f) => [f.host, f.mainFrame])).toEqual([
      ['cdn.example', false],
      ['page.example', false],
    ]);
    expect(tab.page).toEqual({ host: 'page.example', bogon: false, loaded: true });
    expect((await store.get(6))?.findings.map((f) => f.mainFrame)).toEqual([false, false]);
  });

  it('keeps the main-frame findings of a page that did not load, and says from where it answered', async () => {
    const store = new TabStore(new MemorySessionArea());
    await store.startNavigation(6, 'nav-1', 'http://page.example/');
    await store.put(6, finding({ host: 'page.example', mainFrame: true }));
    const tab = await store.pageAnswered({ ...pageResponse, status: 451, ip: '10.0.0.1', loaded: false });
    expect(tab.findings.map((f) => f.mainFrame)).toEqual([true]);
    expect(tab.page).toEqual({ host: 'page.example', bogon: true, loaded: false });
  });

  it('forgets a closed tab, in memory and in storage', async () => {
    const area = new MemorySessionArea();
    const store = new TabStore(area);
    await store.put(6, finding());
    await store.forget(6);
    expect(await store.get(6)).toBeNull();
    expect([...area.data.keys()].filter((key) => key.startsWith(tabFindingsKey(6)))).toEqual([]);
  });

  it('creates a record for a tab it never saw navigate, naming the page from a main-frame failure', async () => {
    const store = new TabStore(new MemorySessionArea());
    const tab = await store.put(8, finding({ mainFrame: true, url: 'https://blocked.example/x' }));
    expect(tab.pageHost).toBe('blocked.example');
    expect(tab.navigationId).toBe('');
  });

  it('keeps no credentials, query or fragment of the page or a finding, and no path of 40 KB', async () => {
    const area = new MemorySessionArea();
    const store = new TabStore(area);
    await store.startNavigation(3, 'nav-1', 'http://user:secretpass@page.example/account?token=s3cr3t#frag');
    await store.put(3, finding({ host: 'img.example', url: `https://img.example/${'a'.repeat(40_000)}.png?session=s3cr3t` }));
    const stored = JSON.stringify([...area.data]);
    for (const secret of ['secretpass', 'user:', 's3cr3t', 'token', 'frag', 'a'.repeat(300)]) expect(stored).not.toContain(secret);
    const tab = await new TabStore(area).get(3);
    expect(tab?.pageUrl).toBe('http://page.example/account');
    expect(tab?.findings[0]?.url).toMatch(/^https:\/\/img\.example\/a{199}…$/);
  });

  it('writes a failure to its own host\'s record, not the whole tab', async () => {
    const area = new MemorySessionArea();
    const store = new TabStore(area);
    const many = findings(100, 'host');
    for (const f of many) await store.put(3, f);
    await store.put(3, { ...many[50]!, count: 2 });
    expect(area.writes.at(-1)).toEqual([hostFindingKey(3, 'host50.example')]);
    // A new host adds itself and the tab's index, which names hosts but holds no finding.
    await store.put(3, finding({ host: 'new.example', firstSeen: 500 }));
    expect(area.writes.at(-1)?.sort()).toEqual([hostFindingKey(3, 'new.example'), tabFindingsKey(3)].sort());
    expect(area.data.get(tabFindingsKey(3))!.length).toBeLessThan(3_000);
  });

  it('keeps a bounded number of hosts, counts the rest, and lets a worse cause in for a milder one', async () => {
    const area = new MemorySessionArea();
    const store = new TabStore(area);
    for (const f of findings(MAX_HOSTS_PER_TAB, 'junk', mild())) await store.put(3, f);
    const extra = finding({ host: 'extra.example', firstSeen: 1_000, ...mild() });
    let tab = await store.put(3, extra);
    expect(tab.findings).toHaveLength(MAX_HOSTS_PER_TAB);
    expect(tab.dropped).toEqual({ hosts: 1, requests: 1 });
    // The same host failing again is counted once as a host, again as a request.
    tab = await store.put(3, extra);
    expect(tab.dropped).toEqual({ hosts: 1, requests: 2 });

    tab = await store.put(3, finding({ host: 'listed.example', firstSeen: 2_000 }));
    expect(tab.findings.map((f) => f.host)).toContain('listed.example');
    expect(tab.findings.map((f) => f.host)).not.toContain('junk0.example');
    expect(tab.dropped).toEqual({ hosts: 2, requests: 3 });
    tab = await store.put(3, finding({ host: 'page.example', firstSeen: 3_000, mainFrame: true, ...mild() }));
    expect(tab.findings[0]?.host).toBe('page.example');
    expect(tab.findings).toHaveLength(MAX_HOSTS_PER_TAB);

    const stored = await new TabStore(area).get(3);
    expect(stored?.findings).toHaveLength(MAX_HOSTS_PER_TAB);
    expect(stored?.dropped).toEqual({ hosts: 3, requests: 4 });
    expect([...area.data.keys()].filter((key) => key.startsWith('tab:3:'))).toHaveLength(MAX_HOSTS_PER_TAB);
  });

  it('when storage is short, the largest tab gives up its mildest findings, counted, and a new tab keeps all of its own', async () => {
    const area = new MemorySessionArea(120_000);
    const warnings: string[] = [];
    const store = new TabStore(area, (message) => warnings.push(message));
    const heavy = { ...mild(), errors: ['x'.repeat(400)] };
    const flood = findings(MAX_HOSTS_PER_TAB, 'flood', heavy);
    for (const f of flood) await store.put(1, f);
    const flooded = await store.get(1);
    expect(flooded!.findings.length + flooded!.dropped!.hosts).toBe(MAX_HOSTS_PER_TAB);
    expect(flooded!.dropped!.hosts).toBeGreaterThan(0);

    const six = findings(6, 'next', mild('suspected'));
    for (const f of six) await store.put(2, f);
    expect((await new TabStore(area).get(2))?.findings.map((f) => f.host)).toEqual(six.map((f) => f.host));
    const after = await new TabStore(area).get(1);
    expect(after!.findings.length + after!.dropped!.hosts).toBe(MAX_HOSTS_PER_TAB);
    expect(area.bytesInUse).toBeLessThanOrEqual(120_000);
    expect(warnings.some((w) => /tab 1 gave up/.test(w))).toBe(true);
  });

  it('counts a finding storage has no room for at all, and says so', async () => {
    const area = new MemorySessionArea(400);
    const warnings: string[] = [];
    const store = new TabStore(area, (message) => warnings.push(message));
    const tab = await store.put(3, finding({ errors: ['x'.repeat(1_000)] }));
    expect(tab.findings).toEqual([]);
    expect(tab.dropped).toEqual({ hosts: 1, requests: 1 });
    expect(warnings).toEqual([expect.stringMatching(/blocked\.example on tab 3 is not kept/)]);
  });

  it('removes records no tab names before giving up findings', async () => {
    const area = new MemorySessionArea(3_000);
    await area.set(hostFindingKey(9, 'stale.example'), finding({ errors: ['x'.repeat(1_500)] }));
    const store = new TabStore(area, () => {});
    const tab = await store.put(3, finding({ errors: ['y'.repeat(1_000)] }));
    expect(tab.findings).toHaveLength(1);
    expect(area.data.has(hostFindingKey(9, 'stale.example'))).toBe(false);
  });
});
