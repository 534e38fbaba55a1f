import { describe, expect, it } from 'vitest';
import { LookupCache } from '../../../lib/addresses/lookup-cache';

describe('LookupCache', () => {
  function setUp(maxEntries?: number) {
    let now = 0;
    const cache = new LookupCache<string>(() => now, maxEntries);
    return { cache, at: (seconds: number) => (now = seconds * 1000) };
  }

  it.each([
    ['a TTL of 0 for 30 s', 0, 29, 30],
    ['a TTL of 90 for 90 s', 90, 89, 90],
    ['a TTL of a day for an hour', 86_400, 3599, 3600],
    ['a negative answer for five minutes', undefined, 299, 300],
  ])('keeps %s', (_, ttl, stillThere, gone) => {
    const { cache, at } = setUp();
    cache.set('host', 'answer', ttl);
    at(stillThere);
    expect(cache.get('host')).toBe('answer');
    at(gone);
    expect(cache.get('host')).toBeUndefined();
  });

  it('drops the oldest entry beyond its size', () => {
    const { cache } = setUp(2);
    cache.set('a', '1', 60);
    cache.set('b', '2', 60);
    cache.set('a', '1 again', 60);
    cache.set('c', '3', 60);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual(['1 again', undefined, '3']);
  });
});
