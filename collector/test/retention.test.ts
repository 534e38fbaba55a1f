// Reports past the retention period are deleted by their hour, on every backend.
import { hourOf } from '@blocklens/report-schema';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startRetention } from '../src/storage/retention';
import { batchOf, makeReport } from './support/reports';
import { availableBackends, openScratchStore, type ScratchStore } from './support/scratch-database';

const NOW = Date.parse('2026-11-24T16:30:00Z');
const DAY = 86_400_000;

describe.each(availableBackends())('retention on %s', (backend) => {
  let scratch: ScratchStore;

  beforeAll(async () => {
    scratch = await openScratchStore(backend, 1);
  });
  afterAll(() => scratch.close());
  beforeEach(() => scratch.db.query('truncate reports'));

  it('deletes the reports older than the period and keeps the rest', async () => {
    await scratch.store.insert(
      batchOf([
        makeReport({ domain: 'old.ru', hour: hourOf(NOW - 91 * DAY) }),
        makeReport({ domain: 'edge.ru', hour: hourOf(NOW - 89 * DAY) }),
        makeReport({ domain: 'new.ru', hour: hourOf(NOW) }),
      ]),
    );
    expect(await scratch.store.prune(new Date(NOW - 90 * DAY))).toBe(1);
    expect(await scratch.store.count()).toBe(2);
    expect(await scratch.store.prune(new Date(NOW - 90 * DAY))).toBe(0);
  });

  it('prunes at start and then hourly, and not at all with 0 days', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const prune = vi.fn(async () => 0);
      const stop = startRetention({ prune }, 30, () => NOW);
      expect(prune).toHaveBeenCalledWith(new Date(NOW - 30 * DAY));
      vi.advanceTimersByTime(3_600_000);
      expect(prune).toHaveBeenCalledTimes(2);
      stop();
      vi.advanceTimersByTime(3_600_000);
      expect(prune).toHaveBeenCalledTimes(2);
      startRetention({ prune }, 0, () => NOW)();
      expect(prune).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
