import { reportBatch, type ClientInfo, type Report } from '@blocklens/report-schema';
import { makeReport } from '@blocklens/report-schema/testing';
import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openReportQueue, type ReportQueue } from '../../../lib/reports/report-queue';
import { sendQueued, splitBySize, type SendOptions } from '../../../lib/reports/send-reports';
import { FakeCollector } from './fake-collector';

const CLIENT: ClientInfo = { version: '0.1.0', browser: 'chrome', browserMajor: 156 };
const START = Date.UTC(2026, 10, 24, 16, 30);

let queue: ReportQueue;
let collector: FakeCollector;

const send = (options: Partial<SendOptions> = {}) =>
  sendQueued({
    queue,
    fetch: collector.fetch,
    collectorUrl: 'https://collector.example.org/',
    client: CLIENT,
    now: () => Date.now(),
    random: () => 0.5,
    ...options,
  });

const distinct = (count: number, overrides: Partial<Report> = {}) =>
  Array.from({ length: count }, (_, i) => makeReport({ domain: `site${i}.ru`, ...overrides }));

/** A report near the wire limits: ten records with long Cyrillic texts. */
const heavy = (i: number) =>
  makeReport({
    domain: `heavy${i}.ru`,
    list: Array.from({ length: 10 }, (_, j) => ({ list: 'ru-registry', authority: 'Р'.repeat(200), decision: `${i}-${j}`, date: '2018-04-13' })),
  });

async function enqueue(reports: Report[]): Promise<void> {
  for (const report of reports) await queue.add(report);
}

describe('sendQueued', () => {
  beforeEach(async () => {
    // Only Date is faked: IndexedDB's own scheduling keeps running.
    vi.useFakeTimers({ now: START, toFake: ['Date'] });
    vi.stubGlobal('indexedDB', new IDBFactory());
    queue = await openReportQueue({ now: () => Date.now() });
    collector = new FakeCollector();
  });
  afterEach(() => {
    queue.close();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('posts the queue as one batch and removes what the collector accepted (202)', async () => {
    const reports = distinct(3);
    await enqueue(reports);
    expect(await send()).toEqual({ outcome: 'done', sent: 3, dropped: 0, nextAttemptAt: null });
    expect(await queue.list()).toEqual([]);
    expect([...collector.stored.values()]).toEqual(reports);
    const [request] = collector.requests;
    expect(request?.url).toBe('https://collector.example.org/v1/reports');
    expect(request?.init).toMatchObject({ method: 'POST', headers: { 'content-type': 'application/json' }, credentials: 'omit', redirect: 'error' });
    expect(JSON.parse(String(request?.init.body))).toEqual(reportBatch(CLIENT, reports));
    expect((await queue.state()).delivery).toEqual({ at: START, sent: 3, error: null, failures: 0, nextAttemptAt: null });
  });

  it('calls fetch without a `this`, as a browser fetch demands', async () => {
    await enqueue(distinct(1));
    const strictFetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
      if (this !== undefined) throw new TypeError('Illegal invocation');
      return collector.fetch(input, init);
    };
    expect(await send({ fetch: strictFetch })).toMatchObject({ outcome: 'done', sent: 1 });
  });

  it('sends nothing when the queue is empty', async () => {
    expect(await send()).toEqual({ outcome: 'done', sent: 0, dropped: 0, nextAttemptAt: null });
    expect(collector.requests).toHaveLength(0);
  });

  it('keeps everything on 503 and backs off further after each failure, then resets', async () => {
    await enqueue(distinct(3));
    collector.answer({ status: 503 }, { status: 503 });
    expect(await send()).toEqual({ outcome: 'failed', sent: 0, dropped: 0, nextAttemptAt: START + 15_000 });
    expect(await queue.list()).toHaveLength(3);
    expect((await queue.state()).delivery).toMatchObject({ error: { type: 'status', status: 503, message: '' }, failures: 1 });

    expect(await send()).toMatchObject({ outcome: 'waiting', nextAttemptAt: START + 15_000 });
    expect(collector.requests).toHaveLength(1);

    vi.setSystemTime(START + 15_000);
    expect(await send()).toMatchObject({ outcome: 'failed', nextAttemptAt: START + 15_000 + 30_000 });
    vi.setSystemTime(START + 45_000);
    expect(await send()).toMatchObject({ outcome: 'done', sent: 3 });
    expect((await queue.state()).delivery).toMatchObject({ failures: 0, nextAttemptAt: null, error: null });
    expect(collector.stored.size).toBe(3);
  });

  it.each([429, 503])('waits exactly as long as Retry-After asks on %i', async (status) => {
    await enqueue(distinct(2));
    collector.answer({ status, retryAfter: '120' });
    expect(await send()).toMatchObject({ outcome: 'failed', nextAttemptAt: START + 120_000 });
    vi.setSystemTime(START + 119_999);
    expect(await send()).toMatchObject({ outcome: 'waiting' });
    expect(collector.requests).toHaveLength(1);
    vi.setSystemTime(START + 120_000);
    expect(await send()).toMatchObject({ outcome: 'done', sent: 2 });
  });

  it('keeps the reports on a network error', async () => {
    await enqueue(distinct(2));
    collector.answer('network-error');
    expect(await send()).toMatchObject({ outcome: 'failed', nextAttemptAt: START + 15_000 });
    expect((await queue.state()).delivery.error).toEqual({ type: 'network', message: 'Failed to fetch' });
    expect(await queue.list()).toHaveLength(2);
  });

  it('retries with the same ids, so a lost answer leads to no duplicate', async () => {
    const reports = distinct(3);
    await enqueue(reports);
    collector.answer('store-then-network-error', { status: 500 });
    await send();
    vi.setSystemTime(START + 15_000);
    await send();
    vi.setSystemTime(START + 60_000);
    expect(await send()).toMatchObject({ outcome: 'done', sent: 3 });
    expect(collector.requests.map((request) => request.reports.map((report) => report.id))).toEqual([0, 1, 2].map(() => reports.map((report) => report.id)));
    expect([...collector.stored.values()]).toEqual(reports);
    expect(collector.duplicates).toBe(3);
  });

  it('counts what is seen after a failed attempt in a new report, not in the one the collector may hold', async () => {
    const first = makeReport();
    await queue.add(first);
    collector.answer('store-then-network-error');
    await send();
    await queue.add(makeReport());
    vi.setSystemTime(START + 15_000);
    expect(await send()).toMatchObject({ outcome: 'done', sent: 2 });
    const stored = [...collector.stored.values()];
    expect(stored.map((report) => report.count)).toEqual([1, 1]);
    expect(stored[0]).toEqual(first);
  });

  it('on 400 naming a report, drops only that one with the reason and delivers the rest', async () => {
    const reports = [makeReport({ domain: 'a.ru' }), makeReport({ domain: 'refused.ru' }), makeReport({ domain: 'b.ru' })];
    await enqueue(reports);
    collector.refusedDomain = 'refused.ru';
    expect(await send()).toEqual({ outcome: 'done', sent: 2, dropped: 1, nextAttemptAt: null });
    expect([...collector.stored.keys()]).toEqual([reports[0]!.id, reports[2]!.id]);
    expect((await queue.state()).drops).toEqual([
      { at: START, id: reports[1]!.id, domain: 'refused.ru', reason: 'reports[1].domain: refused by this collector' },
    ]);
  });

  it('on 400 about the envelope, drops the batch (every batch would be refused alike)', async () => {
    await enqueue(distinct(3));
    expect(await send({ client: { ...CLIENT, browserMajor: 0 } })).toEqual({ outcome: 'done', sent: 0, dropped: 3, nextAttemptAt: null });
    expect(await queue.list()).toEqual([]);
    const { drops } = await queue.state();
    expect(drops.map((drop) => drop.reason)).toEqual(Array(3).fill('client.browserMajor: must be an integer from 1 to 10000'));
  });

  it('keeps every body within 100 reports and 64 KiB', async () => {
    const reports = [...distinct(150), ...Array.from({ length: 60 }, (_, i) => heavy(i))];
    await enqueue(reports);
    expect(await send()).toMatchObject({ outcome: 'done', sent: 210 });
    expect(collector.stored.size).toBe(210);
    expect(Math.max(...collector.requests.map((request) => request.reports.length))).toBe(100);
    expect(Math.max(...collector.requests.map((request) => request.bytes))).toBeLessThanOrEqual(64 * 1024);
    expect(collector.requests.length).toBeGreaterThan(3);
  });

  it('halves the bodies when the collector answers 413', async () => {
    await enqueue(Array.from({ length: 20 }, (_, i) => heavy(i)));
    collector.bodyLimit = 30_000;
    expect(await send()).toMatchObject({ outcome: 'done', sent: 20 });
    expect(collector.requests[0]?.bytes).toBeGreaterThan(30_000);
    expect(collector.requests.slice(1).every((request) => request.bytes <= 30_000)).toBe(true);
    expect(collector.stored.size).toBe(20);
  });

  it('stops after its request budget and asks to continue at once', async () => {
    await enqueue(distinct(250));
    expect(await send({ maxRequests: 2 })).toEqual({ outcome: 'paused', sent: 200, dropped: 0, nextAttemptAt: START });
    expect(await queue.list()).toHaveLength(50);
    expect(await send({ maxRequests: 2 })).toMatchObject({ outcome: 'done', sent: 50 });
  });

  it('does not take any answer but 202 for delivery', async () => {
    await enqueue(distinct(1));
    collector.answer({ status: 200, body: { ok: true } });
    expect(await send()).toMatchObject({ outcome: 'failed' });
    expect(await queue.list()).toHaveLength(1);
  });

  it('sends nothing to a collector URL that is not allowed', async () => {
    await enqueue(distinct(1));
    expect(await send({ collectorUrl: 'http://collector.example.org' })).toEqual({ outcome: 'refused-url', sent: 0, dropped: 0, nextAttemptAt: null });
    expect(collector.requests).toHaveLength(0);
    expect((await queue.state()).delivery.error).toEqual({ type: 'collector-url' });
  });

  it('sends at once when the person asks, whatever the backoff', async () => {
    await enqueue(distinct(1));
    collector.answer({ status: 503 });
    await send();
    expect(await send({ force: true })).toMatchObject({ outcome: 'done', sent: 1 });
  });
});

describe('splitBySize', () => {
  const bodyBytes = (reports: Report[]) => new TextEncoder().encode(JSON.stringify(reportBatch(CLIENT, reports))).length;

  it('counts the body to the byte', () => {
    const reports = distinct(9);
    const exact = bodyBytes(reports.slice(0, 4));
    expect(splitBySize(reports, CLIENT, exact).map((chunk) => chunk.length)).toEqual([4, 4, 1]);
    expect(splitBySize(reports, CLIENT, exact - 1).map((chunk) => chunk.length)).toEqual([3, 3, 3]);
  });

  it('fills each body as far as the limit allows, in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ records: fc.integer({ min: 0, max: 10 }), text: fc.integer({ min: 0, max: 200 }) }), { maxLength: 60 }),
        fc.integer({ min: 2_000, max: 40_000 }),
        (shapes, limit) => {
          const reports = shapes.map(({ records, text }, i) =>
            makeReport({
              domain: `s${i}.ru`,
              list: Array.from({ length: records }, () => ({ list: 'ru-registry', authority: 'Ж'.repeat(text), decision: 'd', date: '' })),
            }),
          );
          const chunks = splitBySize(reports, CLIENT, limit);
          expect(chunks.flat()).toEqual(reports);
          chunks.forEach((chunk, i) => {
            expect(chunk.length).toBeGreaterThan(0);
            if (chunk.length > 1) expect(bodyBytes(chunk)).toBeLessThanOrEqual(limit);
            const next = chunks[i + 1]?.[0];
            if (next !== undefined) expect(bodyBytes([...chunk, next])).toBeGreaterThan(limit);
          });
        },
      ),
    );
  });
});
