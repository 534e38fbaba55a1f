// Thousands of random and hostile bodies: every one is refused with a 4xx, none stores anything,
// nothing reaches Object.prototype, and the collector keeps serving.
import type { Report } from '@blocklens/report-schema';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app';
import { DEFAULT_CORS_ORIGINS } from '../src/config';
import type { Database } from '../src/storage/database';
import type { ReportStore } from '../src/storage/report-store';
import { batchOf, makeReport } from './support/reports';
import { availableBackends, openScratchStore, type ScratchStore } from './support/scratch-database';

const RUNS = 3_000;
/** The collector's clock in these tests: the hour makeReport stamps reports with, plus half an hour. */
const NOW = Date.parse('2026-11-24T16:30:00Z');
const HOUR = 3_600_000;
const RETENTION_DAYS = 90;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

interface Body {
  bytes: Uint8Array<ArrayBuffer> | string;
  contentType: string;
}

const json = (value: unknown): Body => ({ bytes: JSON.stringify(value), contentType: 'application/json' });
const validBatch = fc.integer({ min: 1, max: 5 }).map((n) => batchOf(Array.from({ length: n }, () => makeReport())) as unknown as Json);

/** Every place in a value, with whether it is an object key (which may be deleted or retyped). */
function places(value: Json, path: Path = []): Path[] {
  if (Array.isArray(value)) return [path, ...value.flatMap((item, index) => places(item, [...path, index]))];
  if (value !== null && typeof value === 'object') return [path, ...Object.entries(value).flatMap(([key, item]) => places(item, [...path, key]))];
  return [path];
}

function at(value: Json, path: Path): Json {
  return path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key] as Json, value);
}

function replaced(value: Json, path: Path, change: (node: Json) => Json | undefined): Json {
  const copy = structuredClone(value);
  if (path.length === 0) return change(copy) ?? null;
  const parent = at(copy, path.slice(0, -1)) as Record<string | number, Json>;
  const key = path[path.length - 1]!;
  const next = change(parent[key] as Json);
  if (next === undefined) delete parent[key];
  else Object.defineProperty(parent, key, { value: next, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** A value of another JSON type than `node`: never what the schema wants there. */
function otherType(node: Json, pick: number): Json {
  const all: Json[] = [null, true, 1.5, -1, 'text', [], {}, [1, 'a'], { a: 1 }];
  const candidates = all.filter((candidate) => kind(candidate) !== kind(node));
  return candidates[pick % candidates.length]!;
}

function kind(value: Json): string {
  return Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
}

/** A valid batch broken in one place: a field removed, retyped, blown up, or an unknown field added. */
const brokenBatch = fc
  .tuple(validBatch, fc.nat(), fc.nat(), fc.constantFrom('delete', 'retype', 'huge', 'unknown'), fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString'), fc.string().map((key) => `x-${key}`)))
  .map(([batch, choice, pick, mutation, key]): Json => {
    const all = places(batch).slice(1);
    const objectKeys = all.filter((path) => typeof path[path.length - 1] === 'string' && path[path.length - 1] !== 'country');
    const strings = all.filter((path) => typeof at(batch, path) === 'string');
    const objects = [[], ...all].filter((path) => kind(at(batch, path)) === 'object');
    if (mutation === 'delete') return replaced(batch, objectKeys[choice % objectKeys.length]!, () => undefined);
    if (mutation === 'retype') return replaced(batch, objectKeys[choice % objectKeys.length]!, (node) => otherType(node, pick));
    if (mutation === 'huge') return replaced(batch, strings[choice % strings.length]!, () => 'a'.repeat(300 + (pick % 70_000)));
    return replaced(batch, [...objects[choice % objects.length]!, key], () => ({ polluted: true }));
  });

/** Field values of the right type that the schema still refuses. */
const semanticallyWrong = fc
  .constantFrom<Record<string, unknown>>(
    { hour: '2026-11-24T16:30:00Z' },
    { hour: '2026-02-30T16:00:00Z' },
    { hour: '2026-11-24T16:00:00+01:00' },
    { domain: 'example.org:443' },
    { domain: 'Example.org' },
    { domain: '192.0.2.1' },
    { domain: 'printer.local' },
    { domain: 'https://example.org/' },
    { domain: 'user@example.org' },
    { count: 0 },
    { count: 1.5 },
    { count: 1e12 },
    { id: '0b6f2b0e-5d8c-1a61-9b40-3c5c1d2e7f10' },
    { id: '0B6F2B0E-5D8C-4A61-9B40-3C5C1D2E7F10' },
    { country: 'ru' },
    { cause: 'LISTED' },
    { list: [{ list: 'a', authority: '', decision: '', date: '2018-13-01' }] },
    { list: Array.from({ length: 11 }, () => ({ list: 'a', authority: '', decision: '', date: '' })) },
  )
  .map((fields) => json(batchOf([makeReport(), { ...makeReport(), ...fields } as ReturnType<typeof makeReport>])));

const INVALID_UTF8 = [[0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x80]];

/** A 10,000-report batch, built once: far over the body limit. */
const HUGE_BATCH = JSON.stringify(batchOf(Array.from({ length: 10_000 }, () => makeReport())));

const hostileBody: fc.Arbitrary<Body> = fc.oneof(
  { weight: 6, arbitrary: brokenBatch.map(json) },
  { weight: 2, arbitrary: semanticallyWrong },
  { weight: 2, arbitrary: fc.jsonValue().map(json) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary' }).map((text) => ({ bytes: text, contentType: 'application/json' })) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 2_000 }).map((bytes) => ({ bytes, contentType: 'application/json' })) },
  {
    weight: 2,
    arbitrary: fc.tuple(validBatch, fc.nat()).map(([batch, cut]) => {
      const text = JSON.stringify(batch);
      return { bytes: text.slice(0, cut % text.length), contentType: 'application/json' };
    }),
  },
  {
    weight: 2,
    arbitrary: fc.tuple(validBatch, fc.nat(), fc.constantFrom(...INVALID_UTF8)).map(([batch, position, sequence]) => {
      const bytes = new TextEncoder().encode(JSON.stringify(batch));
      const at = position % bytes.length;
      return { bytes: new Uint8Array([...bytes.subarray(0, at), ...sequence, ...bytes.subarray(at)]), contentType: 'application/json' };
    }),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(fc.integer({ min: 1_000, max: 40_000 }), fc.boolean()).map(([depth, arrays]) => {
      const [open, close] = arrays ? ['[', ']'] : ['{"a":', '}'];
      return { bytes: `{"schema":1,"reports":${open.repeat(depth)}1${close.repeat(depth)}}`, contentType: 'application/json' };
    }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(101, 150, 1_000, 10_000).map((count) => ({ bytes: count === 10_000 ? HUGE_BATCH : JSON.stringify(batchOf(Array.from({ length: count }, () => makeReport({ list: [] })))), contentType: 'application/json' })),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(validBatch, fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', '', 'application/json; charset=latin1', 'application/jsonx')).map(([batch, contentType]) => ({ bytes: JSON.stringify(batch), contentType })),
  },
);

const collectorApp = (db: Database, store: ReportStore) =>
  createApp({ db, store, config: { rateLimitPerMinute: 0, corsOrigins: DEFAULT_CORS_ORIGINS, retentionDays: RETENTION_DAYS }, now: () => NOW });

const hourAt = (time: number) => new Date(Math.floor(time / HOUR) * HOUR).toISOString().replace('.000Z', 'Z');

/**
 * Well-formed values the database cannot store or retention would never delete: a NUL, control
 * characters, lone surrogates, and hours from before the retention period or too far ahead.
 */
const HOSTILE_FIELDS: { field: string; report: (report: Report) => Report }[] = [
  ...['\u0000', 'Мосгор\u0000суд', '\u0007', '\ud800', 'x\ud83d', '\udc00y'].flatMap((text) =>
    (['list', 'authority', 'decision'] as const).map((name) => ({
      field: `list[0].${name}`,
      report: (report: Report) => ({ ...report, list: [{ ...report.list[0]!, [name]: text }] }),
    })),
  ),
  ...['9999-12-31T23:00:00Z', hourAt(NOW + 48 * HOUR), hourAt(NOW + 2 * HOUR), '0000-01-01T00:00:00Z', hourAt(NOW - (RETENTION_DAYS + 1) * 24 * HOUR)].map((hour) => ({
    field: 'hour',
    report: (report: Report) => ({ ...report, hour }),
  })),
];

describe.each(availableBackends())('hostile bodies on %s', (backend) => {
  let scratch: ScratchStore;
  let db: Database;
  let store: ReportStore;

  beforeAll(async () => {
    scratch = await openScratchStore(backend, 3);
    ({ db, store } = scratch);
  });
  afterAll(() => scratch.close());

  it(`refuses ${RUNS} of them with 4xx, stores nothing and keeps serving`, async () => {
    const app = collectorApp(db, store);
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(hostileBody, async ({ bytes, contentType }) => {
        const response = await app.request('/v1/reports', { method: 'POST', headers: contentType === '' ? {} : { 'content-type': contentType }, body: bytes });
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        expect([400, 413, 415]).toContain(response.status);
        expect(await response.json()).toEqual({ error: expect.any(String) });
      }),
      { numRuns: RUNS },
    );

    // Each kind of refusal happened, so the generator did reach every check.
    expect([...statuses.keys()].sort()).toEqual([400, 413, 415]);
    expect(await store.count()).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await app.request('/healthz')).status).toBe(200);
    const valid = await app.request('/v1/reports', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(batchOf([makeReport()])) });
    expect(valid.status).toBe(202);
  });

  it('refuses batches carrying hostile text or hours with 400 and the field, while every concurrent innocent batch is stored', async () => {
    const app = collectorApp(db, store);
    const before = await store.count();
    const post = (reports: Report[]) =>
      app.request('/v1/reports', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(batchOf(reports)) });
    let innocentReports = 0;
    for (const [round, hostile] of HOSTILE_FIELDS.entries()) {
      // 29 innocent batches around one hostile one, all in flight at once so the store groups them.
      const innocent = Array.from({ length: 29 }, () => Array.from({ length: 1 + (round % 3) }, () => makeReport({ domain: `site${round}.ru` })));
      innocentReports += innocent.reduce((sum, reports) => sum + reports.length, 0);
      const bad = [makeReport(), hostile.report(makeReport())];
      const responses = await Promise.all([...innocent.slice(0, 14).map(post), post(bad), ...innocent.slice(14).map(post)]);
      const badResponse = responses[14]!;
      expect(badResponse.status, `${hostile.field} in round ${round}`).toBe(400);
      expect(((await badResponse.json()) as { error: string }).error).toMatch(new RegExp(`^reports\\[1\\]\\.${hostile.field.replace(/[[\].]/g, '\\$&')}: `));
      const innocentStatuses = responses.filter((_, index) => index !== 14).map((response) => response.status);
      expect(innocentStatuses).toEqual(Array(29).fill(202));
    }
    expect(await store.count()).toBe(before + innocentReports);
  });
});
