// The HTTP API of reports.md through Hono's in-process fetch, on every available backend.
import type { Report } from '@blocklens/report-schema';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp, type Bindings } from '../src/app';
import { DEFAULT_CORS_ORIGINS } from '../src/config';
import { domainPrefix } from '../src/domain-prefix';
import type { Database } from '../src/storage/database';
import type { ReportStore } from '../src/storage/report-store';
import { CLIENT, batchOf, makeReport } from './support/reports';
import { availableBackends, openScratchStore, type ScratchStore } from './support/scratch-database';

const NOW = Date.parse('2026-11-24T16:30:00Z');
const HOUR = 3_600_000;
const K = 3;

/** `hours` before the hour of NOW, as a report's hour. */
function hoursAgo(hours: number): string {
  return new Date(Math.floor(NOW / HOUR) * HOUR - hours * HOUR).toISOString().replace('.000Z', 'Z');
}

/** Public domains whose stats prefix equals the first's: they share one GET /v1/stats answer. */
function domainsSharingPrefix(count: number): string[] {
  const wanted = domainPrefix('example.org');
  const found = ['example.org'];
  for (let n = 0; found.length < count; n++) if (domainPrefix(`site${n}.ru`) === wanted) found.push(`site${n}.ru`);
  return found;
}

describe.each(availableBackends())('collector API on %s', (backend) => {
  let scratch: ScratchStore;
  let db: Database;
  let store: ReportStore;
  let clock: number;

  beforeAll(async () => {
    scratch = await openScratchStore(backend, K);
    ({ db, store } = scratch);
  });
  afterAll(() => scratch.close());
  beforeEach(async () => {
    await db.query('truncate reports');
    clock = NOW;
  });

  const appWith = (rateLimitPerMinute = 0) =>
    createApp({ db, store, config: { rateLimitPerMinute, corsOrigins: DEFAULT_CORS_ORIGINS, retentionDays: 90 }, now: () => clock });
  const from = (remoteAddress: string): Bindings => ({ incoming: { socket: { remoteAddress } } });

  const post = (body: BodyInit, { app = appWith(), headers = {}, address = '198.51.100.7' }: { app?: ReturnType<typeof appWith>; headers?: Record<string, string>; address?: string } = {}) =>
    app.request('/v1/reports', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body }, from(address));
  const postReports = (reports: Report[], app = appWith()) => post(JSON.stringify(batchOf(reports)), { app });
  const stats = async (prefix: string) => {
    const response = await appWith().request(`/v1/stats/${prefix}`, {}, from('198.51.100.7'));
    return { status: response.status, body: (await response.json()) as { prefix: string; domains: unknown[] } };
  };

  describe('POST /v1/reports', () => {
    it('answers 202 with the count and stores every field of each report', async () => {
      const reports = [
        makeReport({ domain: 'example.org', country: 'RU', count: 7 }),
        makeReport({ domain: 'blocked.ru', cause: 'collateral', mechanism: 'ip', list: [] }),
        // Issue 15: a transfer cut on a hosting network cut as a whole.
        makeReport({ domain: 'cut-shop.com', kind: 'http-cut', cause: 'collateral', mechanism: 'throttle', list: [] }),
      ];
      const response = await postReports(reports);
      expect(response.status).toBe(202);
      expect(await response.json()).toEqual({ accepted: 3, duplicates: 0 });

      const rows = await db.query<Record<string, unknown>>(
        `select id::text, to_char(hour at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as hour, domain, kind, cause, mechanism,
                confidence, list, count, country, domain_prefix as prefix,
                json_build_object('version', client_version, 'browser', client_browser, 'browserMajor', client_browser_major) as client
         from reports order by domain`,
      );
      const stored = (report: Report) => ({ country: null, ...report, prefix: domainPrefix(report.domain), client: CLIENT });
      expect(rows).toEqual([stored(reports[1]!), stored(reports[2]!), stored(reports[0]!)]);
    });

    it('counts reports it already holds as duplicates and changes nothing for them', async () => {
      const first = [makeReport(), makeReport()];
      await postReports(first);
      const before = await db.query('select * from reports order by id');

      const again = await postReports(first);
      expect(again.status).toBe(202);
      expect(await again.json()).toEqual({ accepted: 0, duplicates: 2 });
      expect(await db.query('select * from reports order by id')).toEqual(before);

      const mixed = await postReports([makeReport(), first[0]!, makeReport({ id: first[1]!.id, count: 99 })]);
      expect(await mixed.json()).toEqual({ accepted: 1, duplicates: 2 });
      expect(await store.count()).toBe(3);
      expect(await db.query('select count from reports where id = $1', [first[1]!.id])).toEqual([{ count: first[1]!.count }]);
    });

    it('stores an id repeated within one batch once', async () => {
      const report = makeReport();
      const response = await postReports([report, { ...report }]);
      expect(await response.json()).toEqual({ accepted: 1, duplicates: 1 });
      expect(await store.count()).toBe(1);
    });

    it('accepts each id once when concurrent batches share ids', async () => {
      const shared = Array.from({ length: 30 }, () => makeReport());
      const batches = Array.from({ length: 20 }, (_, n) => [...shared.slice(n, n + 10), makeReport()]);
      const answers = await Promise.all(batches.map(async (reports) => (await postReports(reports)).json() as Promise<{ accepted: number; duplicates: number }>));
      const sum = (field: 'accepted' | 'duplicates') => answers.reduce((total, answer) => total + answer[field], 0);
      expect(sum('accepted')).toBe(29 + 20);
      expect(sum('duplicates')).toBe(20 * 11 - (29 + 20));
      expect(await store.count()).toBe(29 + 20);
    });

    it('refuses a batch with 400 naming the first invalid field, and stores none of it', async () => {
      const response = await postReports([makeReport(), makeReport({ domain: 'printer.local' }), makeReport({ kind: 'nope' as Report['kind'] })]);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: expect.stringMatching(/^reports\[1\]\.domain: /) });
      expect(await store.count()).toBe(0);
    });

    it.each([
      ['the batch', (batch: Record<string, unknown>) => ({ ...batch, extra: 1 }), /^"extra": is not a known field$/],
      ['the client', (batch: Record<string, unknown>) => ({ ...batch, client: { ...(batch.client as object), installId: 'x' } }), /^client\."installId": /],
      ['a report', (batch: Record<string, unknown>) => ({ ...batch, reports: [{ ...makeReport(), url: 'https://example.org/a' }] }), /^reports\[0\]\."url": /],
      ['a list record', (batch: Record<string, unknown>) => ({ ...batch, reports: [makeReport({ list: [{ list: 'a', authority: '', decision: '', date: '', note: '' } as Report['list'][number]] })] }), /^reports\[0\]\.list\[0\]\."note": /],
    ])('refuses an unknown field in %s', async (_, change, error) => {
      const response = await post(JSON.stringify(change(batchOf([makeReport()]) as unknown as Record<string, unknown>)));
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(error);
      expect(await store.count()).toBe(0);
    });

    it('refuses more than 100 reports', async () => {
      const response = await postReports(Array.from({ length: 101 }, () => makeReport({ list: [] })));
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: 'reports: must hold at most 100 items' });
    });

    it('refuses malformed JSON, invalid UTF-8 and other media types', async () => {
      const valid = JSON.stringify(batchOf([makeReport()]));
      expect((await post(valid.slice(0, -1))).status).toBe(400);
      const latin1 = new TextEncoder().encode(valid.replace('Роскомнадзор', 'X'));
      latin1[latin1.indexOf('X'.charCodeAt(0))] = 0xe9;
      const invalid = await post(latin1);
      expect(invalid.status).toBe(400);
      expect(await invalid.json()).toEqual({ error: 'body must be UTF-8' });
      expect((await post(valid, { headers: { 'content-type': 'text/plain' } })).status).toBe(415);
      expect(await store.count()).toBe(0);
    });

    it('takes a body of exactly 64 KiB and refuses one byte more with 413', async () => {
      const valid = JSON.stringify(batchOf([makeReport()]));
      const padded = (size: number) => valid + ' '.repeat(size - new TextEncoder().encode(valid).length);
      expect((await post(padded(65_536))).status).toBe(202);
      const over = await post(padded(65_537));
      expect(over.status).toBe(413);
      expect(await over.json()).toEqual({ error: 'body must be at most 65536 bytes' });
      expect(await store.count()).toBe(1);
    });

    it('refuses with 413 a body that streams past 64 KiB without declaring its length', async () => {
      let sent = 0;
      const chunk = new TextEncoder().encode(' '.repeat(16_384));
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          sent += chunk.length;
          controller.enqueue(chunk);
        },
      });
      const response = await appWith().request('/v1/reports', { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit, from('198.51.100.7'));
      expect(response.status).toBe(413);
      // Reading stops at the limit: an endless body does not keep the request alive.
      expect(sent).toBeLessThan(65_536 + 3 * chunk.length);
    });

    it('refuses with 413 a declared length over 64 KiB, and a body longer than it declares', async () => {
      const valid = JSON.stringify(batchOf([makeReport()]));
      expect((await post(valid, { headers: { 'content-length': '70000' } })).status).toBe(413);
      expect((await post(valid + ' '.repeat(70_000), { headers: { 'content-length': String(valid.length) } })).status).toBe(413);
      expect(await store.count()).toBe(0);
    });
  });

  describe('GET /v1/stats/{prefix}', () => {
    it('lists only domains with at least k reports under the prefix, with distinct reports by cause', async () => {
      const [shown, hidden, quiet] = domainsSharingPrefix(3) as [string, string, string];
      await postReports([
        makeReport({ domain: shown, cause: 'listed', count: 50 }),
        makeReport({ domain: shown, cause: 'listed', hour: hoursAgo(23) }),
        makeReport({ domain: shown, cause: 'collateral', hour: hoursAgo(24) }),
        makeReport({ domain: shown, cause: 'suspected', hour: hoursAgo(7 * 24 - 1) }),
        makeReport({ domain: shown, cause: 'suspected', hour: hoursAgo(7 * 24) }),
        makeReport({ domain: hidden }),
        makeReport({ domain: hidden, cause: 'collateral' }),
        // Old reports do not lift a domain over k: the counts shown cover 7 days.
        ...Array.from({ length: 5 }, () => makeReport({ domain: quiet, hour: hoursAgo(8 * 24) })),
        makeReport({ domain: quiet }),
        makeReport({ domain: 'blocked.ru' }),
        makeReport({ domain: 'blocked.ru' }),
        makeReport({ domain: 'blocked.ru' }),
      ]);

      const answer = await stats(domainPrefix(shown));
      expect(answer).toEqual({
        status: 200,
        body: { prefix: domainPrefix(shown), domains: [{ domain: shown, last24h: { listed: 2 }, last7d: { listed: 2, collateral: 1, suspected: 1 } }] },
      });
    });

    it('shows a domain once its k-th report arrives', async () => {
      const reports = Array.from({ length: K }, () => makeReport({ domain: 'blocked.ru' }));
      await postReports(reports.slice(0, K - 1));
      expect((await stats(domainPrefix('blocked.ru'))).body.domains).toEqual([]);
      await postReports(reports.slice(K - 1));
      expect((await stats(domainPrefix('blocked.ru'))).body.domains).toEqual([{ domain: 'blocked.ru', last24h: { listed: K }, last7d: { listed: K } }]);
    });

    it('takes and counts a report from a clock up to an hour fast, and refuses one from further ahead', async () => {
      const domain = 'blocked.ru';
      expect((await postReports([makeReport({ domain }), makeReport({ domain }), makeReport({ domain, hour: hoursAgo(-1) })])).status).toBe(202);
      const ahead = await postReports([makeReport({ domain, hour: hoursAgo(-2) })]);
      expect(ahead.status).toBe(400);
      expect(await ahead.json()).toEqual({ error: 'reports[0].hour: must be within the last 90 days and at most one hour ahead' });
      expect((await stats(domainPrefix(domain))).body.domains).toEqual([{ domain, last24h: { listed: 3 }, last7d: { listed: 3 } }]);
    });

    it('refuses a report older than the retention period, which retention would delete at once', async () => {
      const refused = await postReports([makeReport(), makeReport({ hour: hoursAgo(91 * 24) })]);
      expect(refused.status).toBe(400);
      expect(await refused.json()).toEqual({ error: 'reports[1].hour: must be within the last 90 days and at most one hour ahead' });
      expect((await postReports([makeReport({ hour: hoursAgo(89 * 24) })])).status).toBe(202);
    });

    it.each(['BFAB', 'bfa', 'bfab0', 'zzzz', '%20bfa'])('refuses the prefix %s with 400', async (prefix) => {
      const answer = await stats(prefix);
      expect(answer.status).toBe(400);
      expect(answer.body).toEqual({ error: 'prefix must be 4 lower-case hex digits' });
    });
  });

  describe('rate limiting, CORS, health', () => {
    it('answers 429 with Retry-After once a client address has spent its requests, per address', async () => {
      const app = appWith(2);
      const statsFrom = (address: string) => app.request('/v1/stats/bfab', {}, from(address));
      expect((await statsFrom('203.0.113.5')).status).toBe(200);
      expect((await post(JSON.stringify(batchOf([makeReport()])), { app, address: '203.0.113.5' })).status).toBe(202);
      const limited = await post(JSON.stringify(batchOf([makeReport()])), { app, address: '203.0.113.5' });
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('30');
      expect(await limited.json()).toEqual({ error: 'too many requests' });
      expect(await store.count()).toBe(1);

      expect((await statsFrom('203.0.113.6')).status).toBe(200);
      expect((await statsFrom('2001:db8:1:2::1')).status).toBe(200);
      expect((await statsFrom('2001:db8:1:2:ffff::9')).status).toBe(200);
      expect((await statsFrom('2001:db8:1:2:abcd::7')).status).toBe(429);

      clock += 30_000;
      expect((await statsFrom('203.0.113.5')).status).toBe(200);
      expect((await statsFrom('203.0.113.5')).status).toBe(429);
    });

    it('never stores or logs the client address', async () => {
      const log = vi.spyOn(console, 'log');
      const error = vi.spyOn(console, 'error');
      try {
        const address = '192.0.2.199';
        await post(JSON.stringify(batchOf([makeReport(), makeReport({ domain: 'blocked.ru' })])), { address });
        await post('{', { address });
        const everything = await db.query<{ row: string }>('select row_to_json(r)::text as row from reports r');
        expect(everything).toHaveLength(2);
        expect(everything.map((row) => row.row).join('\n')).not.toContain(address);
        const printed = [...log.mock.calls, ...error.mock.calls].flat().map(String).join('\n');
        expect(printed).not.toContain(address);
      } finally {
        log.mockRestore();
        error.mockRestore();
      }
    });

    it('lets extension pages call it, without credentials, and no other origin', async () => {
      const preflight = (origin: string) =>
        appWith().request('/v1/reports', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
      for (const origin of ['chrome-extension://abcdefghijklmnopabcdefghijklmnop', 'moz-extension://0b6f2b0e-5d8c-4a61-9b40-3c5c1d2e7f10']) {
        const response = await preflight(origin);
        expect(response.headers.get('access-control-allow-origin')).toBe(origin);
        expect(response.headers.get('access-control-allow-methods')).toBe('GET,POST');
        expect(response.headers.get('access-control-allow-headers')).toBe('content-type');
        expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      }
      for (const origin of ['https://evil.example', 'chrome-extension://', 'chrome-extension://abc.evil.example', 'null']) {
        expect((await preflight(origin)).headers.get('access-control-allow-origin')).toBeNull();
      }
      const answer = await post(JSON.stringify(batchOf([makeReport()])), { headers: { origin: 'moz-extension://0b6f2b0e-5d8c-4a61-9b40-3c5c1d2e7f10' } });
      expect(answer.headers.get('access-control-allow-origin')).toBe('moz-extension://0b6f2b0e-5d8c-4a61-9b40-3c5c1d2e7f10');
      expect(answer.headers.get('access-control-expose-headers')).toBe('retry-after');
    });

    it('answers /healthz while the database answers, and 404 in JSON elsewhere', async () => {
      const health = await appWith().request('/healthz');
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok' });
      const missing = await appWith().request('/v1/report');
      expect(missing.status).toBe(404);
      expect(await missing.json()).toEqual({ error: 'not found' });
    });
  });
});
