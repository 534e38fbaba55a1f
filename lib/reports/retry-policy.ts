// When to try sending again after a failure: exponential backoff with full jitter, or the time the
// collector asked for with Retry-After; a success clears it.

export interface RetryPolicy {
  /** The ceiling of the first delay; each further failure doubles it. */
  baseMs: number;
  /** The highest ceiling. */
  capMs: number;
  /** A Retry-After beyond this is taken as this, so a broken collector cannot stop sending for good. */
  maxRetryAfterMs: number;
}

const HOUR_MS = 3_600_000;

export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseMs: 30_000, capMs: 6 * HOUR_MS, maxRetryAfterMs: 24 * HOUR_MS };

export interface RetryState {
  /** Failures since the last success. */
  failures: number;
  /** No attempt before this time (ms since the epoch); null when sending may start at once. */
  nextAttemptAt: number | null;
}

export const READY: RetryState = { failures: 0, nextAttemptAt: null };

/**
 * Full jitter: uniform in [0, min(cap, base * 2^(failures - 1))), so clients that failed together
 * do not come back together. `random` returns a number in [0, 1).
 */
export function backoffDelay(failures: number, random: () => number, policy: RetryPolicy = DEFAULT_RETRY_POLICY): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, failures - 1));
  return Math.floor(random() * ceiling);
}

/** The wait a Retry-After header asks for, in delta-seconds or as an HTTP date; null when absent or unreadable. */
export function retryAfterDelay(header: string | null, now: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY): number | null {
  if (header === null) return null;
  const value = header.trim();
  let delay: number;
  if (/^\d+$/.test(value)) delay = Number(value) * 1000;
  else {
    // All three HTTP date forms start with a day name; without it `Date.parse` guesses too freely.
    const date = /^[A-Za-z]{3}/.test(value) ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(date)) return null;
    delay = Math.max(0, date - now);
  }
  return Math.min(delay, policy.maxRetryAfterMs);
}

export interface Failure {
  now: number;
  /** The response's Retry-After header, or null (network errors, responses without one). */
  retryAfter: string | null;
  random: () => number;
}

export function afterFailure(state: RetryState, failure: Failure, policy: RetryPolicy = DEFAULT_RETRY_POLICY): RetryState {
  const failures = state.failures + 1;
  const delay = retryAfterDelay(failure.retryAfter, failure.now, policy) ?? backoffDelay(failures, failure.random, policy);
  return { failures, nextAttemptAt: failure.now + delay };
}

export function isDue(state: RetryState, now: number): boolean {
  return state.nextAttemptAt === null || now >= state.nextAttemptAt;
}
