import { afterEach, describe, expect, it, vi } from 'vitest';
import { RequestErrors } from '../../../lib/checks/request-errors';

afterEach(() => vi.useRealTimers());

describe('RequestErrors', () => {
  it('hands an error noted for a watched URL to its watch, before or while it settles', async () => {
    const errors = new RequestErrors();
    const early = errors.watch('https://a.example/');
    const late = errors.watch('https://b.example/');
    errors.noted('https://a.example/', 'net::ERR_CONNECTION_RESET');
    const waiting = late.settle(1000);
    errors.noted('https://b.example/', 'net::ERR_CONNECTION_REFUSED');
    expect(await early.settle(1000)).toBe('net::ERR_CONNECTION_RESET');
    expect(await waiting).toBe('net::ERR_CONNECTION_REFUSED');
  });

  it('settles without an error after the grace time, and watches only while asked', async () => {
    vi.useFakeTimers();
    const errors = new RequestErrors();
    expect(errors.watching).toBe(false);
    const watch = errors.watch('https://a.example/');
    errors.noted('https://other.example/', 'net::ERR_FAILED');
    expect(errors.watching).toBe(true);
    const settled = watch.settle(500);
    await vi.advanceTimersByTimeAsync(500);
    expect(await settled).toBeUndefined();
    watch.stop();
    expect(errors.watching).toBe(false);
  });
});
