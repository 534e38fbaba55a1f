import { describe, expect, it } from 'vitest';
import { tabFindingsKey } from '../../../lib/findings/tab-findings';
import { TabStore } from '../../../lib/findings/tab-store';
import { finding } from '../helpers/finding';
import { MemorySessionArea } from '../helpers/memory-session-area';

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
    expect(area.data.has(tabFindingsKey(6))).toBe(false);
  });

  it('creates a record for a tab it never saw navigate, naming the page from a main-frame failure', async () => {
    const store = new TabStore(new MemorySessionArea());
    const tab = await store.put(8, finding({ mainFrame: true, url: 'https://blocked.example/x' }));
    expect(tab.pageHost).toBe('blocked.example');
    expect(tab.navigationId).toBe('');
  });
});
