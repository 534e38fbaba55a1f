import { describe, expect, it } from 'vitest';
import { totalReports } from '../../../lib/crowd/crowd-counts';
import { MAX_DOMAINS, parseCrowdStats } from '../../../lib/crowd/crowd-stats';

const answer = (domains: unknown[], prefix = 'ab12') => ({ prefix, domains });
const entry = (domain: string, last24h: unknown = { listed: 2 }, last7d: unknown = { listed: 5, suspected: 1 }) => ({
  domain,
  last24h,
  last7d,
});

describe('parseCrowdStats', () => {
  it('reads the collector answer into counts by domain', () => {
    expect(parseCrowdStats(answer([entry('blocked.ru'), entry('other.org', {}, { collateral: 3 })]), 'ab12')).toEqual({
      'blocked.ru': { last24h: { listed: 2 }, last7d: { listed: 5, suspected: 1 } },
      'other.org': { last24h: {}, last7d: { collateral: 3 } },
    });
    expect(parseCrowdStats(answer([]), 'ab12')).toEqual({});
  });

  it('refuses an answer for another prefix, or not shaped like one', () => {
    expect(parseCrowdStats(answer([entry('blocked.ru')], 'ffff'), 'ab12')).toBeNull();
    for (const body of [null, 'text', [], { prefix: 'ab12' }, { prefix: 'ab12', domains: {} }, { domains: [] }]) {
      expect(parseCrowdStats(body, 'ab12'), JSON.stringify(body)).toBeNull();
    }
  });

  it('refuses entries with counts that are not whole and non-negative', () => {
    for (const counts of [{ listed: -1 }, { listed: 1.5 }, { listed: '3' }, { listed: null }, [], null, 7]) {
      expect(parseCrowdStats(answer([entry('blocked.ru', counts)]), 'ab12'), JSON.stringify(counts)).toBeNull();
      expect(parseCrowdStats(answer([entry('blocked.ru', {}, counts)]), 'ab12'), JSON.stringify(counts)).toBeNull();
    }
  });

  it('skips causes it does not know and zero counts', () => {
    const stats = parseCrowdStats(answer([entry('blocked.ru', { listed: 1, 'new-cause': 4, suspected: 0 })]), 'ab12');
    expect(stats?.['blocked.ru']?.last24h).toEqual({ listed: 1 });
  });

  it('refuses names no report could carry', () => {
    for (const domain of ['__proto__', 'constructor', 'Blocked.RU', 'router.local', '10.0.0.1', 'blocked.ru/path', 'ru']) {
      expect(parseCrowdStats(answer([entry(domain)]), 'ab12'), domain).toBeNull();
    }
    expect(parseCrowdStats(answer([{ domain: 42, last24h: {}, last7d: {} }]), 'ab12')).toBeNull();
  });

  it('refuses an answer longer than any real prefix holds', () => {
    const many = Array.from({ length: MAX_DOMAINS + 1 }, (_, index) => entry(`d${index}.ru`));
    expect(parseCrowdStats(answer(many), 'ab12')).toBeNull();
    expect(Object.keys(parseCrowdStats(answer(many.slice(1)), 'ab12') ?? {})).toHaveLength(MAX_DOMAINS);
  });
});

describe('totalReports', () => {
  it('adds the counts of every cause', () => {
    expect(totalReports({ listed: 2, suspected: 3 })).toBe(5);
    expect(totalReports({})).toBe(0);
  });
});
