import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_RETRY_POLICY, READY, afterFailure, backoffDelay, isDue, retryAfterDelay } from '../../../lib/reports/retry-policy';

const SECOND = 1000;
const HOUR = 3_600_000;
const almostOne = () => 1 - Number.EPSILON;

describe('backoffDelay', () => {
  it('doubles its ceiling with each failure from 30 s up to 6 h', () => {
    const ceilings = [1, 2, 3, 4, 10, 11, 12, 40].map((failures) => backoffDelay(failures, almostOne) + 1);
    expect(ceilings).toEqual([30 * SECOND, 60 * SECOND, 120 * SECOND, 240 * SECOND, 15_360 * SECOND, 6 * HOUR, 6 * HOUR, 6 * HOUR]);
  });

  it('spreads the delay over the whole range below the ceiling (full jitter)', () => {
    expect(backoffDelay(3, () => 0)).toBe(0);
    expect(backoffDelay(3, () => 0.5)).toBe(60 * SECOND);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (failures, random) => {
        const delay = backoffDelay(failures, () => random);
        const ceiling = Math.min(DEFAULT_RETRY_POLICY.capMs, DEFAULT_RETRY_POLICY.baseMs * 2 ** (failures - 1));
        return Number.isInteger(delay) && delay >= 0 && delay < ceiling;
      }),
    );
  });

  it('follows a custom policy', () => {
    expect(backoffDelay(5, almostOne, { baseMs: 100, capMs: 1000, maxRetryAfterMs: 0 }) + 1).toBe(1000);
  });
});

describe('retryAfterDelay', () => {
  const now = Date.UTC(2026, 10, 24, 16, 0, 0);

  it('reads delta-seconds', () => {
    expect(retryAfterDelay('120', now)).toBe(120 * SECOND);
    expect(retryAfterDelay(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP date, and a date in the past means now', () => {
    expect(retryAfterDelay('Tue, 24 Nov 2026 16:05:00 GMT', now)).toBe(5 * 60 * SECOND);
    expect(retryAfterDelay('Tue, 24 Nov 2026 15:00:00 GMT', now)).toBe(0);
    expect(retryAfterDelay('Tuesday, 24-Nov-26 16:00:30 GMT', now)).toBe(30 * SECOND);
  });

  it('ignores what it cannot read', () => {
    for (const header of [null, '', 'soon', '-5', '1.5', '2026-11-24']) expect(retryAfterDelay(header, now)).toBeNull();
  });

  it('caps an absurd wait at a day', () => {
    expect(retryAfterDelay(String(365 * 24 * 3600), now)).toBe(24 * HOUR);
  });
});

describe('afterFailure', () => {
  it('counts failures and waits the backoff, or the Retry-After when there is one', () => {
    const half = () => 0.5;
    const first = afterFailure(READY, { now: 1_000_000, retryAfter: null, random: half });
    expect(first).toEqual({ failures: 1, nextAttemptAt: 1_000_000 + 15 * SECOND });
    const second = afterFailure(first, { now: 2_000_000, retryAfter: null, random: half });
    expect(second).toEqual({ failures: 2, nextAttemptAt: 2_000_000 + 30 * SECOND });
    expect(afterFailure(second, { now: 3_000_000, retryAfter: '7', random: half })).toEqual({ failures: 3, nextAttemptAt: 3_000_000 + 7 * SECOND });
  });
});

describe('isDue under a clock', () => {
  beforeEach(() => vi.useFakeTimers({ now: Date.UTC(2026, 10, 24, 16, 0, 0) }));
  afterEach(() => vi.useRealTimers());

  it('holds back until the Retry-After date has passed, then lets the next attempt through', () => {
    const state = afterFailure(READY, { now: Date.now(), retryAfter: 'Tue, 24 Nov 2026 16:02:00 GMT', random: Math.random });
    expect(isDue(state, Date.now())).toBe(false);
    vi.advanceTimersByTime(2 * 60 * SECOND - 1);
    expect(isDue(state, Date.now())).toBe(false);
    vi.advanceTimersByTime(1);
    expect(isDue(state, Date.now())).toBe(true);
    expect(isDue(READY, Date.now())).toBe(true);
  });
});
