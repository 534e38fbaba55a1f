import type { Finding } from '@blocklens/vocabulary';
import { describe, expect, it } from 'vitest';
import { AddressMemory } from '../../../lib/addresses/address-memory';
import { compileSnapshot } from '../../../lib/blocklist/compile/compile-snapshot';
import type { BlocklistMatcher, SourceRecord } from '../../../lib/blocklist/format/types';
import { loadSnapshot } from '../../../lib/blocklist/lookup/load-snapshot';
import { hostFindingKey, tabFindingsFrom, type TabFindings } from '../../../lib/findings/tab-findings';
import { MAX_HOSTS_PER_TAB, TabStore } from '../../../lib/findings/tab-store';
import { observeError, observePageResponse, observeResponse } from '../../../lib/observe/observe-request';
import type { CompletedDetails, ErrorDetails } from '../../../lib/observe/request-details';
import { FailureRecorder } from '../../../lib/pipeline/failure-recorder';
import { summarisePage } from '../../../lib/popup-model/page-summary';
import { MemorySessionArea } from '../helpers/memory-session-area';
import { observation } from '../helpers/observation';

const registry = (authority: string, decision: string, date: string) => ({ list: 'ru-registry', authority, decision, date });

const SOURCES: SourceRecord[] = [
  {
    record: registry('Роскомнадзор', '2-1779/2018', '2018-04-13'),
    domains: ['telegram.org'],
    wildcards: [],
    urls: [],
    addresses: [],
  },
  {
    record: registry('Генпрокуратура', '27-31-2015/Ид4082-15', '2015-12-04'),
    domains: [],
    wildcards: [],
    urls: [],
    addresses: ['35.192.0.0/12'],
  },
  {
    record: registry('Мосгорсуд', '3-0123/2019', '2019-06-01'),
    domains: [],
    wildcards: [],
    urls: ['http://forum.example/viewtopic.php?t=1'],
    addresses: [],
  },
];

async function testList(): Promise<BlocklistMatcher> {
  const { bytes } = await compileSnapshot(SOURCES, { name: 'ru-registry', date: '2026-11-24' });
  return loadSnapshot(bytes.slice().buffer);
}

function setUp(blocklist: () => Promise<BlocklistMatcher | null>) {
  const area = new MemorySessionArea();
  const addresses = new AddressMemory(area);
  const changes: { tabId: number; tab: TabFindings | null }[] = [];
  const explained: { host: string; cause: string; previousCause: string | undefined }[] = [];
  const recorder = new FailureRecorder({
    store: new TabStore(area),
    addresses,
    blocklist,
    onTabChanged: (tabId, tab) => changes.push({ tabId, tab }),
    onExplained: (finding, previous) =>
      explained.push({ host: finding.host, cause: finding.cause, previousCause: previous?.cause }),
  });
  return { area, addresses, changes, explained, recorder };
}

describe('FailureRecorder', () => {
  it('keeps the place of a failure whose observation is known only later', async () => {
    const list = await testList();
    const { recorder, changes } = setUp(async () => list);
    let learn: (started: boolean) => void = () => {};
    const known = new Promise<boolean>((resolve) => (learn = resolve));
    const cut = recorder.failedWhenKnown(
      known.then((started) => observation({ tabId: 3, host: 'cut.example', kind: started ? 'http-cut' : 'tcp-reset' })),
    );
    // The tab's next page starts after the failure: it must not receive it.
    const next = recorder.navigationStarted(3, 'nav-2', 'https://next.example/');
    learn(true);
    await Promise.all([cut, next]);
    const kinds = changes.filter((c) => c.tabId === 3).map((c) => c.tab?.findings.map((f) => f.kinds));
    expect(kinds[0]).toEqual([{ 'http-cut': 1 }]);
    expect(changes.at(-1)?.tab?.findings).toEqual([]);
  });

  it('takes back a stall whose transfer completed: the finding goes when the stall was all it had', async () => {
    const { recorder, changes, area } = setUp(async () => null);
    const stall = (host: string) => observation({ tabId: 5, host, url: `https://${host}/a.js`, mainFrame: false, kind: 'http-stall', error: undefined });
    await recorder.failed(stall('slow.example'));
    await recorder.failed(stall('cut.example'));
    await recorder.failed(observation({ tabId: 5, host: 'cut.example', mainFrame: false, kind: 'http-cut' }));
    await recorder.stallWithdrawn(5, 'slow.example');
    await recorder.stallWithdrawn(5, 'cut.example');
    // Only once: a second completion has no stall left to take back.
    await recorder.stallWithdrawn(5, 'cut.example');
    const findings = changes.at(-1)?.tab?.findings ?? [];
    expect(findings.map((f) => [f.host, f.kinds, f.count])).toEqual([['cut.example', { 'http-cut': 1 }, 1]]);
    expect(area.data.has(hostFindingKey(5, 'slow.example'))).toBe(false);
    expect(tabFindingsFrom(await area.getAll(), 5)?.findings.map((f) => f.host)).toEqual(['cut.example']);
  });

  it('records nothing for a failure that turned out to be none', async () => {
    const { recorder, changes } = setUp(async () => null);
    await recorder.failedWhenKnown(Promise.resolve(null));
    expect(changes).toEqual([]);
  });

  it('explains a listed host that resets with the record behind it', async () => {
    const list = await testList();
    const { recorder, changes } = setUp(async () => list);
    await recorder.failed(observation({ host: 'telegram.org', url: 'https://telegram.org/' }));
    const finding = changes.at(-1)?.tab?.findings[0];
    expect(finding).toMatchObject({ host: 'telegram.org', cause: 'listed', mechanism: 'dpi', confidence: 'high' });
    expect(finding?.evidence).toContainEqual({
      type: 'list-domain',
      entry: 'telegram.org',
      ...registry('Роскомнадзор', '2-1779/2018', '2018-04-13'),
    });
  });

  it('ties a later reset to the address the host answered from: collateral damage', async () => {
    const list = await testList();
    const { recorder, addresses, changes } = setUp(async () => list);
    addresses.remember('api.game.example', '35.200.1.9');
    await recorder.failed(observation({ host: 'api.game.example', url: 'https://api.game.example/' }));
    const finding = changes.at(-1)?.tab?.findings[0];
    expect(finding).toMatchObject({ cause: 'collateral', mechanism: 'ip', confidence: 'high' });
    expect(finding?.evidence).toContainEqual({ type: 'address', address: '35.200.1.9', source: 'response' });
    expect(finding?.evidence).toContainEqual(expect.objectContaining({ type: 'list-range', entry: '35.192.0.0/12' }));
  });

  it('explains failures that arrive before the list is ready, in arrival order', async () => {
    const list = await testList();
    let release: (value: BlocklistMatcher) => void = () => {};
    const ready = new Promise<BlocklistMatcher>((resolve) => (release = resolve));
    const { recorder, changes } = setUp(() => ready);
    const failed = recorder.failed(observation({ tabId: 1, host: 'telegram.org', url: 'https://telegram.org/' }));
    const navigated = recorder.navigationStarted(1, 'nav-2', 'https://next.example/');
    release(list);
    await Promise.all([failed, navigated]);
    expect(changes.map((c) => c.tab?.findings.length)).toEqual([1, 0]);
    expect(changes[0]?.tab?.findings[0]?.cause).toBe('listed');
  });

  it('still explains without list evidence when the list failed to load', async () => {
    const { recorder, changes } = setUp(async () => null);
    await recorder.failed(
      observation({ host: 'down.example', kind: 'http-error', error: undefined, status: 503 }),
    );
    expect(changes.at(-1)?.tab?.findings[0]).toMatchObject({ cause: 'site-problem', mechanism: 'none' });
  });

  it('merges repeated failures of one host and forgets a closed tab', async () => {
    const list = await testList();
    const { recorder, changes, explained, area } = setUp(async () => list);
    await recorder.failed(observation({ host: 'telegram.org' }));
    await recorder.failed(observation({ host: 'telegram.org', time: 2000 }));
    expect(explained).toEqual([
      { host: 'telegram.org', cause: 'listed', previousCause: undefined },
      { host: 'telegram.org', cause: 'listed', previousCause: 'listed' },
    ]);
    expect(changes.at(-1)?.tab?.findings).toHaveLength(1);
    expect(changes.at(-1)?.tab?.findings[0]?.count).toBe(2);
    await recorder.tabClosed(7);
    expect(changes.at(-1)).toEqual({ tabId: 7, tab: null });
    expect(await area.get('tab:7')).toBeUndefined();
  });
});

describe('FailureRecorder: what is learnt after the failure', () => {
  const doh = (...addresses: string[]) => [{ source: 'doh' as const, addresses, nxdomain: addresses.length === 0, at: 3000 }];
  const notResolved = { kind: 'dns-nxdomain' as const, error: 'net::ERR_NAME_NOT_RESOLVED' };

  it('makes a first-visit reset collateral once DoH gives an address in a listed range', async () => {
    const list = await testList();
    const { recorder, changes, explained } = setUp(async () => list);
    await recorder.failed(observation({ host: 'api.game.example', url: 'https://api.game.example/' }));
    expect(changes.at(-1)?.tab?.findings[0]).toMatchObject({ cause: 'suspected', address: null });
    const finding = await recorder.addressLearned(7, 'api.game.example', doh('192.0.2.1', '35.200.1.9'));
    expect(finding).toMatchObject({ kind: 'tcp-reset', cause: 'collateral', mechanism: 'ip', confidence: 'high' });
    expect(finding?.evidence).toContainEqual(expect.objectContaining({ type: 'list-range', entry: '35.192.0.0/12' }));
    expect(finding?.evidence).toContainEqual({ type: 'address', address: '35.200.1.9', source: 'doh' });
    expect(changes.at(-1)?.tab?.findings).toEqual([finding]);
    expect(explained.at(-1)).toEqual({ host: 'api.game.example', cause: 'collateral', previousCause: 'suspected' });
  });

  it('calls a local "no such name" that DoH contradicts DNS tampering, and one DoH confirms a dead name', async () => {
    const { recorder } = setUp(async () => testList());
    await recorder.failed(observation({ host: 'news.example.org', ...notResolved }));
    await recorder.failed(observation({ host: 'gone.example.org', ...notResolved }));
    expect(await recorder.addressLearned(7, 'news.example.org', doh('93.184.215.14'))).toMatchObject({
      kind: 'dns-sinkhole',
      cause: 'suspected',
      mechanism: 'dns',
      confidence: 'high',
      evidence: [
        { type: 'error', error: 'net::ERR_NAME_NOT_RESOLVED' },
        { type: 'address', address: '93.184.215.14', source: 'doh' },
      ],
    });
    expect(await recorder.addressLearned(7, 'gone.example.org', doh())).toMatchObject({
      kind: 'dns-nxdomain',
      cause: 'site-problem',
      mechanism: 'none',
    });
  });

  it('changes nothing for a host the tab has no finding for', async () => {
    const { recorder, changes } = setUp(async () => testList());
    await recorder.failed(observation({ host: 'telegram.org' }));
    const before = changes.length;
    expect(await recorder.addressLearned(7, 'other.example', doh('35.200.1.9'))).toBeNull();
    expect(await recorder.rechecked(8, 'telegram.org', { at: 5000, outcome: 'loads', detail: 'HTTP 200' })).toBeNull();
    expect(changes).toHaveLength(before);
  });

  it('keeps the outcome of checking again with the finding, and its explanation as it was', async () => {
    const { recorder, area } = setUp(async () => testList());
    await recorder.failed(observation({ host: 'telegram.org' }));
    const recheck = { at: 5000, outcome: 'loads' as const, detail: 'HTTP 200' };
    expect(await recorder.rechecked(7, 'telegram.org', recheck)).toMatchObject({ cause: 'listed', recheck });
    expect(await recorder.finding(7, 'telegram.org')).toMatchObject({ recheck });
    expect(((await area.get(hostFindingKey(7, 'telegram.org'))) as Finding).recheck).toEqual(recheck);
  });
});

describe('FailureRecorder: URLs that carry secrets, and pages that fail too much', () => {
  const doh = (...addresses: string[]) => [{ source: 'doh' as const, addresses, nxdomain: false, at: 3000 }];
  const listedUrl = { type: 'list-url', entry: 'http://forum.example/viewtopic.php?t=1', ...registry('Мосгорсуд', '3-0123/2019', '2019-06-01') };

  it('matches a listed URL on the URL as it failed, keeps only its origin and path, and still finds it later', async () => {
    const list = await testList();
    const { recorder, changes } = setUp(async () => list);
    await recorder.failed(observation({ host: 'forum.example', url: 'http://forum.example/viewtopic.php?t=1#top' }));
    const first = changes.at(-1)?.tab?.findings[0];
    expect(first).toMatchObject({ cause: 'listed', url: 'http://forum.example/viewtopic.php' });
    expect(first?.evidence).toContainEqual(listedUrl);
    expect(changes.at(-1)?.tab?.pageUrl).toBe('http://forum.example/viewtopic.php');

    // A later part of the page, and an address learnt afterwards, explain it again: the hit stays.
    await recorder.failed(observation({ host: 'forum.example', url: 'http://forum.example/style.css?v=2', mainFrame: false, time: 2000 }));
    expect(changes.at(-1)?.tab?.findings[0]?.evidence).toContainEqual(listedUrl);
    const learnt = await recorder.addressLearned(7, 'forum.example', doh('192.0.2.1'));
    expect(learnt).toMatchObject({ cause: 'listed', url: 'http://forum.example/viewtopic.php' });
    expect(learnt?.evidence).toContainEqual(listedUrl);
  });

  it('keeps no credentials, query or fragment in storage nor in what it tells', async () => {
    const { recorder, changes, area } = setUp(async () => testList());
    await recorder.navigationStarted(7, 'nav-1', 'http://user:secretpass@host.example/a?token=s3cr3t#frag');
    await recorder.failed(observation({ host: 'host.example', url: 'http://user:secretpass@host.example/a?token=s3cr3t#frag' }));
    await recorder.failed(observation({ host: 'img.example', url: 'https://img.example/p.png?session=s3cr3t', mainFrame: false }));
    const told = JSON.stringify(changes);
    const stored = JSON.stringify([...area.data]);
    for (const secret of ['secretpass', 'user:', 's3cr3t', 'token', 'frag']) {
      expect(told).not.toContain(secret);
      expect(stored).not.toContain(secret);
    }
    expect(changes.at(-1)?.tab?.findings.map((f) => f.url)).toEqual(['http://host.example/a', 'https://img.example/p.png']);
  });

  it('counts a host past the tab\'s bound without telling the listeners about it', async () => {
    const { recorder, changes, explained } = setUp(async () => testList());
    for (let i = 0; i <= MAX_HOSTS_PER_TAB; i++) {
      await recorder.failed(observation({ host: `img${i}.example`, url: `https://img${i}.example/x.png`, mainFrame: false, time: i }));
    }
    expect(explained).toHaveLength(MAX_HOSTS_PER_TAB);
    expect(changes).toHaveLength(MAX_HOSTS_PER_TAB);
    expect(await recorder.finding(7, `img${MAX_HOSTS_PER_TAB}.example`)).toBeNull();
  });
});

/** Request events of one tab, handed to the recorder as the worker's listeners do (register-findings.ts). */
function browserEvents(recorder: FailureRecorder, tabId = 7) {
  let time = 1000;
  const details = (url: string, type: string) => ({ requestId: String(time), tabId, url, type, timeStamp: time++ });
  return {
    navigate: (url: string) => recorder.navigationStarted(tabId, `nav-${time++}`, url),
    /** onResponseStarted, then onCompleted, of one request. */
    answered: async (url: string, type: string, statusCode: number, ip: string) => {
      const completed: CompletedDetails = { ...details(url, type), statusCode, ip };
      const response = observePageResponse(completed);
      if (response) await recorder.pageAnswered(response);
      const observed = observeResponse(completed);
      if (observed) await recorder.failed(observed);
    },
    failed: async (url: string, type: string, error: string) => {
      const failed: ErrorDetails = { ...details(url, type), error };
      const observed = observeError(failed);
      if (observed) await recorder.failed(observed);
    },
  };
}

// Issue 11, item 4: a page that loads (200) from a name that resolves to a loopback address, with
// a listed image and a favicon that answers 404, was given the verdict "suspected" (dns-sinkhole).
describe('FailureRecorder: a page that loaded', () => {
  const storedTab = async (area: MemorySessionArea) => tabFindingsFrom(await area.getAll(), 7) as TabFindings;

  it("gives no verdict to the page, and keeps its listed image's finding", async () => {
    const { recorder, area } = setUp(async () => testList());
    const events = browserEvents(recorder);
    await events.navigate('http://dev.example.com/');
    await events.answered('http://dev.example.com/', 'main_frame', 200, '127.0.0.44');
    await events.failed('https://telegram.org/logo.png', 'image', 'net::ERR_CONNECTION_RESET');
    await events.answered('http://dev.example.com/favicon.ico', 'image', 404, '127.0.0.44');
    const tab = await storedTab(area);
    expect(tab.findings.map((f) => [f.host, f.cause, f.mainFrame])).toEqual([['telegram.org', 'listed', false]]);
    expect(summarisePage(tab.findings)).toEqual({ verdict: 'none', headline: { scope: 'parts', cause: 'listed' } });
    expect(tab.page).toEqual({ host: 'dev.example.com', bogon: true, loaded: true });
  });

  it("takes no bogon answer of the page's own host for tampering, even one that came before the page finished", async () => {
    const { recorder, area } = setUp(async () => testList());
    const events = browserEvents(recorder);
    await events.navigate('http://intranet.example.com/');
    // The page answers from a public address, its style sheet from a private one (round-robin DNS),
    // and the style sheet's answer comes before the page's own has finished.
    const page = { requestId: 'p', tabId: 7, url: 'http://intranet.example.com/', type: 'main_frame', timeStamp: 1 };
    await recorder.pageAnswered(observePageResponse({ ...page, statusCode: 200, ip: '93.184.215.14' })!);
    await events.answered('http://intranet.example.com/site.css', 'stylesheet', 200, '10.0.0.8');
    expect((await storedTab(area)).findings).toEqual([]);
  });

  it('takes no bogon answer for tampering on a page that itself loaded from one (split-horizon DNS)', async () => {
    const { recorder, area } = setUp(async () => testList());
    const events = browserEvents(recorder);
    await events.navigate('http://wiki.corp-example.com/');
    await events.answered('http://wiki.corp-example.com/', 'main_frame', 200, '10.1.2.3');
    await events.answered('http://static.corp-example.com/app.js', 'script', 200, '10.1.2.4');
    expect((await storedTab(area)).findings).toEqual([]);
  });

  it('still calls a bogon answer on a page from a public address, and a block-page address anywhere, a DNS sinkhole', async () => {
    const { recorder, area } = setUp(async () => testList());
    const events = browserEvents(recorder);
    await events.navigate('https://news.example.org/');
    await events.answered('https://news.example.org/', 'main_frame', 200, '93.184.215.14');
    await events.answered('http://linkedin.com/api', 'xmlhttprequest', 200, '127.0.0.1');
    await events.answered('http://news.example.org/ad.js', 'script', 200, '95.167.13.50');
    const tab = await storedTab(area);
    expect(tab.findings.map((f) => [f.host, f.kind, f.cause])).toEqual([
      ['linkedin.com', 'dns-sinkhole', 'suspected'],
      ['news.example.org', 'dns-sinkhole', 'suspected'],
    ]);
    expect(summarisePage(tab.findings).verdict).toBe('none');
  });

  it('keeps the verdict of a page answered from a block-page address: that page is no load', async () => {
    const { recorder, area } = setUp(async () => testList());
    const events = browserEvents(recorder);
    await events.navigate('http://linkedin.com/');
    await events.answered('http://linkedin.com/', 'main_frame', 200, '95.167.13.50');
    await events.answered('http://linkedin.com/logo.png', 'image', 200, '95.167.13.50');
    const tab = await storedTab(area);
    expect(tab.page).toEqual({ host: 'linkedin.com', bogon: false, loaded: false });
    expect(tab.findings).toMatchObject([{ host: 'linkedin.com', kind: 'dns-sinkhole', mainFrame: true, count: 2 }]);
    expect(summarisePage(tab.findings).verdict).toBe('suspected');
  });
});
