import { makeReport } from '@blocklens/report-schema/testing';
import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openReportQueue, type ReportQueueOptions } from '../../../lib/reports/report-queue';

let clock = 0;
const open = (options: Partial<ReportQueueOptions> = {}) => openReportQueue({ now: () => clock, ...options });

describe('ReportQueue', () => {
  beforeEach(() => {
    vi.stubGlobal('indexedDB', new IDBFactory());
    clock = 1_000;
  });
  afterEach(() => vi.unstubAllGlobals());

  it('lists the queued reports oldest first, exactly as added', async () => {
    const queue = await open();
    const reports = [makeReport({ domain: 'a.ru' }), makeReport({ domain: 'b.ru', country: 'RU' }), makeReport({ domain: 'c.ru', list: [] })];
    for (const report of reports) await queue.add(report);
    expect(await queue.list()).toEqual(reports);
  });

  it('survives being closed and opened again, as after a worker restart', async () => {
    const first = await open();
    const report = makeReport();
    await first.add(report);
    await first.saveDelivery({ at: 5, sent: 2, error: { type: 'status', status: 503, message: '' }, failures: 1, nextAttemptAt: 99 });
    first.close();
    const second = await open();
    expect(await second.list()).toEqual([report]);
    expect((await second.state()).delivery).toEqual({ at: 5, sent: 2, error: { type: 'status', status: 503, message: '' }, failures: 1, nextAttemptAt: 99 });
  });

  it('adds the count of a report with the same domain, kind, cause and hour, keeping the first id', async () => {
    const queue = await open();
    const first = makeReport();
    await queue.add(first);
    const merged = await queue.add(makeReport({ confidence: 'medium' }));
    await queue.add(makeReport({ count: 3 }));
    expect(merged).toEqual({ ...first, count: 2 });
    expect(await queue.list()).toEqual([{ ...first, count: 5 }]);
  });

  it('keeps reports of another hour, kind, cause or domain apart', async () => {
    const queue = await open();
    const reports = [
      makeReport(),
      makeReport({ hour: '2026-11-24T17:00:00Z' }),
      makeReport({ kind: 'tcp-timeout' }),
      makeReport({ cause: 'suspected' }),
      makeReport({ domain: 'other.ru' }),
    ];
    for (const report of reports) await queue.add(report);
    expect((await queue.list()).map((report) => report.count)).toEqual([1, 1, 1, 1, 1]);
  });

  it('never changes a report once it was taken for sending: the next sighting starts a new one', async () => {
    const queue = await open();
    const sent = makeReport();
    await queue.add(sent);
    expect(await queue.takeBatch()).toEqual([sent]);
    const fresh = makeReport();
    await queue.add(fresh);
    await queue.add(makeReport());
    expect(await queue.list()).toEqual([sent, { ...fresh, count: 2 }]);
  });

  it('drops the oldest reports beyond its bound and counts them', async () => {
    const queue = await open({ maxReports: 3 });
    const reports = Array.from({ length: 5 }, (_, i) => makeReport({ domain: `site${i}.ru` }));
    for (const report of reports) await queue.add(report);
    await queue.add(makeReport({ domain: 'site4.ru' }));
    expect((await queue.list()).map((report) => report.domain)).toEqual(['site2.ru', 'site3.ru', 'site4.ru']);
    expect((await queue.state()).evicted).toBe(2);
    queue.close();
    expect((await (await open({ maxReports: 3 })).state()).evicted).toBe(2);
  });

  it('deletes one report or all of them', async () => {
    const queue = await open();
    const [a, b, c] = [makeReport({ domain: 'a.ru' }), makeReport({ domain: 'b.ru' }), makeReport({ domain: 'c.ru' })];
    for (const report of [a, b, c]) await queue.add(report!);
    await queue.delete(b!.id);
    expect(await queue.list()).toEqual([a, c]);
    await queue.deleteAll();
    expect(await queue.list()).toEqual([]);
  });

  it('takes batches of at most 100, oldest first', async () => {
    const queue = await open();
    const reports = Array.from({ length: 150 }, (_, i) => makeReport({ domain: `site${i}.ru` }));
    for (const report of reports) await queue.add(report);
    const batch = await queue.takeBatch();
    expect(batch).toEqual(reports.slice(0, 100));
    await queue.markSent(batch.map((report) => report.id));
    expect(await queue.takeBatch()).toEqual(reports.slice(100));
    expect(await queue.takeBatch(10)).toEqual(reports.slice(100, 110));
  });

  it('removes sent reports, and dropped ones with their reason kept', async () => {
    const queue = await open({ maxDrops: 2 });
    const [a, b, c, d] = ['a.ru', 'b.ru', 'c.ru', 'd.ru'].map((domain) => makeReport({ domain }));
    for (const report of [a, b, c, d]) await queue.add(report!);
    await queue.markSent([a!.id, 'unknown-id']);
    clock = 2_000;
    await queue.markDropped([b!.id], 'reports[0].domain: must be a public domain name in lower-case ASCII');
    clock = 3_000;
    await queue.markDropped([c!.id, d!.id], 'client.version: must be a version such as 1.2.3');
    expect(await queue.list()).toEqual([]);
    expect((await queue.state()).drops).toEqual([
      { at: 3_000, id: c!.id, domain: 'c.ru', reason: 'client.version: must be a version such as 1.2.3' },
      { at: 3_000, id: d!.id, domain: 'd.ru', reason: 'client.version: must be a version such as 1.2.3' },
    ]);
  });

  it('forgets the drop log with the reports on delete all, but keeps the counters', async () => {
    const queue = await open({ maxReports: 1 });
    const [a, b] = [makeReport({ domain: 'a.ru' }), makeReport({ domain: 'b.ru' })];
    await queue.add(a);
    await queue.add(b);
    await queue.markDropped([b.id], 'bad');
    await queue.add(makeReport());
    expect((await queue.state()).drops).toHaveLength(1);
    await queue.deleteAll();
    const state = await queue.state();
    expect(state.drops).toEqual([]);
    expect(state.evicted).toBe(1);
    expect(await queue.list()).toEqual([]);
  });
});
