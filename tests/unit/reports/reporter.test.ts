import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openReportQueue, type ReportQueue } from '../../../lib/reports/report-queue';
import { Reporter, SEND_SOON_MS } from '../../../lib/reports/reporter';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/settings';
import { finding } from '../helpers/finding';
import { FakeCollector } from './fake-collector';

const NOW = Date.UTC(2026, 10, 24, 16, 42);
const ON: Settings = {
  ...DEFAULT_SETTINGS,
  reports: { enabled: true, collectorUrl: 'http://127.0.0.1:9999', country: 'RU' },
};

describe('Reporter', () => {
  let queue: ReportQueue;
  let settings: Settings;
  let scheduled: number | null;
  let collector: FakeCollector;
  let ids: number;
  let reporter: Reporter;

  beforeEach(async () => {
    vi.stubGlobal('indexedDB', new IDBFactory());
    queue = await openReportQueue({ now: () => NOW });
    settings = ON;
    scheduled = null;
    collector = new FakeCollector();
    ids = 0;
    reporter = new Reporter({
      settings: async () => settings,
      queue: async () => queue,
      fetch: collector.fetch as typeof fetch,
      client: () => ({ version: '0.1.0', browser: 'chrome', browserMajor: 156 }),
      now: () => NOW,
      random: () => 0.5,
      newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
      schedule: (at) => (scheduled = at),
      unschedule: () => (scheduled = null),
    });
  });

  afterEach(() => {
    queue.close();
    vi.unstubAllGlobals();
  });

  const listed = finding({ host: 'www.linkedin.com', cause: 'listed' });

  it('queues nothing while reporting is off', async () => {
    settings = DEFAULT_SETTINGS;
    await reporter.findingExplained(listed, undefined);
    expect(await queue.list()).toEqual([]);
    expect(scheduled).toBeNull();
    expect(await reporter.send(true)).toBeNull();
    expect(collector.requests).toEqual([]);
  });

  it('queues a new finding and asks to send soon', async () => {
    await reporter.findingExplained(listed, undefined);
    expect(await queue.list()).toMatchObject([
      { domain: 'linkedin.com', cause: 'listed', country: 'RU', hour: '2026-11-24T16:00:00Z', count: 1 },
    ]);
    expect(scheduled).toBe(NOW + SEND_SOON_MS);
  });

  it('does not report the same conclusion again for more failures of the host', async () => {
    await reporter.findingExplained(listed, undefined);
    await reporter.findingExplained({ ...listed, count: 2 }, listed);
    expect((await queue.list()).map((r) => r.count)).toEqual([1]);
    await reporter.findingExplained({ ...listed, kind: 'dns-nxdomain' }, listed);
    expect(await queue.list()).toHaveLength(2);
  });

  it('sends the queue to the collector and empties it', async () => {
    await reporter.findingExplained(listed, undefined);
    const result = await reporter.send(false);
    expect(result).toMatchObject({ outcome: 'done', sent: 1 });
    expect([...collector.stored.values()].map((r) => r.domain)).toEqual(['linkedin.com']);
    expect(await queue.list()).toEqual([]);
  });

  it('keeps the queue and schedules a retry when the collector is down', async () => {
    await reporter.findingExplained(listed, undefined);
    collector.answer({ status: 503 });
    const result = await reporter.send(false);
    expect(result?.outcome).toBe('failed');
    expect(scheduled).toBe(result?.nextAttemptAt);
    expect(scheduled).toBeGreaterThan(NOW);
    expect(await queue.list()).toHaveLength(1);
  });

  it('empties the queue and stops sending when reporting is turned off', async () => {
    await reporter.findingExplained(listed, undefined);
    await reporter.reportingTurnedOff();
    expect(await queue.list()).toEqual([]);
    expect(scheduled).toBeNull();
  });
});
