import { describe, expect, it } from 'vitest';
import { domainPrefix } from '../../../collector/src/domain-prefix';
import { CROWD_CACHE_MS, CrowdCache } from '../../../lib/crowd/crowd-cache';
import { crowdLookup } from '../../../lib/crowd/crowd-lookup';
import type { CrowdCounts } from '../../../lib/crowd/crowd-counts';
import { finding } from '../helpers/finding';
import { MemorySessionArea } from '../helpers/memory-session-area';
import { StatsCollector } from './stats-collector';

const COLLECTOR = 'https://collector.example.org/';
const BLOCKED: CrowdCounts = { last24h: { listed: 3 }, last7d: { listed: 9, suspected: 2 } };

function setUp(counts: Record<string, CrowdCounts> = { 'blocked.ru': BLOCKED }) {
  const clock = { now: 5_000_000 };
  const collector = new StatsCollector(counts);
  const cache = new CrowdCache(new MemorySessionArea(), () => clock.now);
  const lookup = (collectorUrl = COLLECTOR) => crowdLookup({ collectorUrl, fetch: collector.fetch, cache });
  return { clock, collector, lookup };
}

/** Two domains whose prefixes are the same, found by trying names in order. */
function samePrefixPair(): [string, string] {
  const seen = new Map<string, string>();
  for (let index = 0; ; index++) {
    const domain = `site${index}.ru`;
    const prefix = domainPrefix(domain);
    const earlier = seen.get(prefix);
    if (earlier !== undefined) return [earlier, domain];
    seen.set(prefix, domain);
  }
}

describe('crowdLookup', () => {
  it('asks by the prefix of the domain a report would name, and nothing more', async () => {
    const { collector, lookup } = setUp();
    const view = await lookup()(finding({ host: 'www.blocked.ru', url: 'https://www.blocked.ru/secret?q=1' }));
    expect(view).toEqual({ state: 'counts', domain: 'blocked.ru', counts: BLOCKED });
    expect(collector.requests).toEqual([`https://collector.example.org/v1/stats/${domainPrefix('blocked.ru')}`]);
  });

  it('names the exact host when the list names it, as a report does', async () => {
    const { collector, lookup } = setUp({ 'news.blocked.ru': BLOCKED });
    const listed = finding({
      host: 'news.blocked.ru',
      evidence: [{ type: 'list-domain', entry: 'news.blocked.ru', list: 'ru-registry', authority: 'RKN', decision: '1', date: '' }],
    });
    expect(await lookup()(listed)).toEqual({ state: 'counts', domain: 'news.blocked.ru', counts: BLOCKED });
    expect(collector.requests).toEqual([`https://collector.example.org/v1/stats/${domainPrefix('news.blocked.ru')}`]);
  });

  it('says when the collector holds too few reports to show', async () => {
    const { lookup } = setUp();
    expect(await lookup()(finding({ host: 'quiet.org' }))).toEqual({ state: 'none', domain: 'quiet.org' });
  });

  it('asks nothing about hosts no report could name', async () => {
    const { collector, lookup } = setUp();
    for (const host of ['router.local', 'listed-reset.test', '192.168.1.1', 'intranet']) {
      expect(await lookup()(finding({ host })), host).toBeNull();
    }
    expect(collector.requests).toEqual([]);
  });

  it('asks once per prefix, and not again while the cache is fresh', async () => {
    const [first, second] = samePrefixPair();
    const { clock, collector, lookup } = setUp({ [first]: BLOCKED });
    const page = lookup();
    const views = await Promise.all([page(finding({ host: first })), page(finding({ host: `www.${second}` }))]);
    expect(views).toEqual([
      { state: 'counts', domain: first, counts: BLOCKED },
      { state: 'none', domain: second },
    ]);
    expect(collector.requests).toHaveLength(1);

    // The popup opened again: the session cache answers.
    expect(await lookup()(finding({ host: first }))).toMatchObject({ state: 'counts' });
    expect(collector.requests).toHaveLength(1);
    // Another collector's counts are never shown for this one.
    expect(await lookup('http://127.0.0.1:8787')(finding({ host: first }))).toMatchObject({ state: 'counts' });
    expect(collector.requests).toHaveLength(2);
    clock.now += CROWD_CACHE_MS;
    expect(await lookup()(finding({ host: first }))).toMatchObject({ state: 'counts' });
    expect(collector.requests).toHaveLength(3);
  });

  it('shows the collector as unavailable when it is down or answers an error, and keeps nothing', async () => {
    const { collector, lookup } = setUp();
    collector.down = true;
    expect(await lookup()(finding({ host: 'blocked.ru' }))).toEqual({ state: 'unavailable', domain: 'blocked.ru' });
    collector.down = false;
    collector.status = 503;
    expect(await lookup()(finding({ host: 'blocked.ru' }))).toEqual({ state: 'unavailable', domain: 'blocked.ru' });
    collector.status = 200;
    expect(await lookup()(finding({ host: 'blocked.ru' }))).toMatchObject({ state: 'counts' });
    expect(collector.requests).toHaveLength(3);
  });

  it('asks no collector reports may not go to', async () => {
    const { collector, lookup } = setUp();
    expect(await lookup('http://collector.example.org')(finding({ host: 'blocked.ru' }))).toEqual({
      state: 'unavailable',
      domain: 'blocked.ru',
    });
    expect(collector.requests).toEqual([]);
  });
});
