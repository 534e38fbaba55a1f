// Token buckets per client: bursts up to the limit, refills over the minute, bounded memory.
import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../src/rate-limiter';

describe('createRateLimiter', () => {
  it('allows a burst of the limit, then one request per 60/limit seconds, per client', () => {
    let now = 0;
    const limiter = createRateLimiter(6, () => now);
    const burst = Array.from({ length: 7 }, () => limiter.take('a'));
    expect(burst.slice(0, 6).every((decision) => decision.allowed)).toBe(true);
    expect(burst[6]).toEqual({ allowed: false, retryAfterSeconds: 10 });
    expect(limiter.take('b')).toEqual({ allowed: true });

    now = 4_000;
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 6 });
    now = 10_000;
    expect(limiter.take('a')).toEqual({ allowed: true });
    expect(limiter.take('a').allowed).toBe(false);
    now = 10_000 + 60_000;
    expect(Array.from({ length: 7 }, () => limiter.take('a').allowed)).toEqual([true, true, true, true, true, true, false]);
  });

  it('allows everything when the limit is 0', () => {
    const limiter = createRateLimiter(0, () => 0);
    expect(Array.from({ length: 1_000 }, () => limiter.take('a').allowed).every(Boolean)).toBe(true);
  });

  it('forgets quiet clients first when it holds too many, then the oldest', () => {
    let now = 0;
    const limiter = createRateLimiter(1, () => now, 2);
    limiter.take('quiet');
    now = 30_000;
    limiter.take('busy');
    now = 60_000;
    // "quiet" has refilled and is forgotten to make room; "busy" keeps its empty bucket.
    limiter.take('new');
    expect(limiter.take('busy').allowed).toBe(false);
    expect(limiter.take('new').allowed).toBe(false);
    // Over the cap with no full bucket, the oldest goes: "busy" starts afresh.
    limiter.take('newer');
    expect(limiter.take('busy').allowed).toBe(true);
  });
});
