import { describe, expect, it } from 'vitest';
import { CROWD_CACHE_MS, CrowdCache } from '../../../lib/crowd/crowd-cache';
import { MemorySessionArea } from '../helpers/memory-session-area';

const COLLECTOR = 'https://collector.example.org';
const STATS = { 'blocked.ru': { last24h: { listed: 3 }, last7d: { listed: 4 } } };

function cacheAt(start = 1_000_000) {
  const clock = { now: start };
  const area = new MemorySessionArea();
  return { clock, area, cache: new CrowdCache(area, () => clock.now) };
}

describe('CrowdCache', () => {
  it('gives back what it kept, through storage', async () => {
    const { cache, area } = cacheAt();
    expect(await cache.get(COLLECTOR, 'ab12')).toBeNull();
    await cache.put(COLLECTOR, 'ab12', STATS);
    expect(await cache.get(COLLECTOR, 'ab12')).toEqual(STATS);
    expect(await cache.get(COLLECTOR, 'cd34')).toBeNull();
    await cache.put(COLLECTOR, 'cd34', {});
    expect(await cache.get(COLLECTOR, 'cd34')).toEqual({});
    expect(await cache.get(COLLECTOR, 'ab12')).toEqual(STATS);
    expect([...area.data.keys()]).toEqual(['crowd']);
  });

  it('keeps answers that arrive together', async () => {
    const { cache } = cacheAt();
    await Promise.all([cache.put(COLLECTOR, 'ab12', STATS), cache.put(COLLECTOR, 'cd34', {})]);
    expect(await cache.get(COLLECTOR, 'ab12')).toEqual(STATS);
    expect(await cache.get(COLLECTOR, 'cd34')).toEqual({});
  });

  it('forgets counts after ten minutes', async () => {
    const { cache, clock } = cacheAt();
    await cache.put(COLLECTOR, 'ab12', STATS);
    clock.now += CROWD_CACHE_MS - 1;
    expect(await cache.get(COLLECTOR, 'ab12')).toEqual(STATS);
    clock.now += 1;
    expect(await cache.get(COLLECTOR, 'ab12')).toBeNull();
  });

  it('removes old counts from storage at the next write', async () => {
    const { cache, clock, area } = cacheAt();
    await cache.put(COLLECTOR, 'ab12', STATS);
    clock.now += CROWD_CACHE_MS;
    await cache.put(COLLECTOR, 'cd34', {});
    expect(Object.keys((await area.get('crowd')) as object)).toEqual(['cd34']);
  });

  it('does not trust counts from a clock that went back', async () => {
    const { cache, clock } = cacheAt();
    await cache.put(COLLECTOR, 'ab12', STATS);
    clock.now -= 1;
    expect(await cache.get(COLLECTOR, 'ab12')).toBeNull();
  });

  it('never shows one collector\'s counts for another', async () => {
    const { cache } = cacheAt();
    await cache.put(COLLECTOR, 'ab12', STATS);
    expect(await cache.get('http://127.0.0.1:8787', 'ab12')).toBeNull();
  });
});
