import { aggregationKey, validateReport, validateReportBatch, type Report } from '@blocklens/report-schema';
import { makeReport } from '@blocklens/report-schema/testing';
import { describe, expect, it } from 'vitest';

/** The example body of reports.md. */
const SPEC_EXAMPLE = {
  schema: 1,
  client: { version: '0.1.0', browser: 'chrome', browserMajor: 156 },
  reports: [
    {
      id: '0b6f2b0e-5d8c-4a61-9b40-3c5c1d2e7f10',
      hour: '2026-11-24T16:00:00Z',
      domain: 'example.org',
      kind: 'tcp-reset',
      cause: 'listed',
      mechanism: 'dpi',
      confidence: 'high',
      list: [{ list: 'ru-registry', authority: 'Роскомнадзор', decision: '2-1779/2018', date: '2018-04-13' }],
      count: 3,
      country: 'RU',
    },
  ],
};

function withField(field: string, value: unknown): Record<string, unknown> {
  return { ...makeReport(), [field]: value };
}

function errorOf(value: unknown): string | null {
  const result = validateReport(value);
  return result.ok ? null : result.error;
}

describe('validateReport', () => {
  it('accepts the example of reports.md, with and without a country', () => {
    expect(validateReportBatch(SPEC_EXAMPLE).ok).toBe(true);
    const { country: _country, ...withoutCountry } = SPEC_EXAMPLE.reports[0]!;
    expect(validateReport(withoutCountry)).toEqual({ ok: true, report: withoutCountry });
  });

  it.each<[string, unknown]>([
    ['id', 'not-a-uuid'],
    ['id', '0B6F2B0E-5D8C-4A61-9B40-3C5C1D2E7F10'],
    ['id', '0b6f2b0e-5d8c-1a61-9b40-3c5c1d2e7f10'],
    ['hour', '2026-11-24T16:30:00Z'],
    ['hour', '2026-02-30T16:00:00Z'],
    ['hour', '2026-11-24T16:00:00+03:00'],
    ['hour', 1_700_000_000_000],
    ['domain', 'https://example.org/'],
    ['domain', 'example.org:443'],
    ['domain', 'Example.org'],
    ['domain', 'example.org.'],
    ['domain', '10.0.0.1'],
    ['domain', 'nas.home.arpa'],
    ['kind', 'tcp-rst'],
    ['cause', 'censored'],
    ['mechanism', 'magic'],
    ['confidence', 'certain'],
    ['list', 'ru-registry'],
    ['count', 0],
    ['count', 1.5],
    ['count', '3'],
    ['count', 1_000_001],
    ['country', 'ru'],
    ['country', 'RUS'],
    ['country', null],
  ])('names %s when it is %j', (field, value) => {
    expect(errorOf(withField(field, value))).toMatch(new RegExp(`^${field}: `));
  });

  it('names a missing field, and the first invalid one in field order', () => {
    const { hour: _hour, ...report } = makeReport();
    expect(errorOf(report)).toBe('hour: is missing');
    expect(errorOf({ ...makeReport(), domain: '', count: 0 })).toMatch(/^domain: /);
  });

  it('rejects unknown fields in a report and in its list records', () => {
    expect(errorOf({ ...makeReport(), url: 'https://example.org/secret' })).toBe('"url": is not a known field');
    const list = [{ list: 'ru-registry', authority: '', decision: '', date: '', entry: '1.2.3.4' }];
    expect(errorOf(withField('list', list))).toBe('list[0]."entry": is not a known field');
  });

  it('checks every list record field and the number of records', () => {
    const record = { list: 'ru-registry', authority: 'A', decision: 'D', date: '2018-04-13' };
    expect(errorOf(withField('list', [record, { ...record, date: '13.04.2018' }]))).toMatch(/^list\[1\]\.date: /);
    expect(errorOf(withField('list', [{ ...record, authority: 'x'.repeat(201) }]))).toMatch(/^list\[0\]\.authority: /);
    expect(errorOf(withField('list', [{ ...record, date: '' }]))).toBeNull();
    expect(errorOf(withField('list', Array.from({ length: 11 }, () => record)))).toMatch(/^list: /);
    expect(errorOf(withField('list', []))).toBeNull();
  });

  it('rejects what is not an object', () => {
    for (const value of [null, [], 'report', 3]) expect(errorOf(value)).toBe('must be an object');
  });
});

describe('validateReportBatch', () => {
  function batchError(value: unknown): string | null {
    const result = validateReportBatch(value);
    return result.ok ? null : result.error;
  }

  it('names the field of the envelope or of the report by its index', () => {
    expect(batchError({ ...SPEC_EXAMPLE, schema: 2 })).toBe('schema: must be 1');
    expect(batchError({ ...SPEC_EXAMPLE, client: { ...SPEC_EXAMPLE.client, browser: 'netscape' } })).toMatch(/^client\.browser: /);
    expect(batchError({ ...SPEC_EXAMPLE, client: { ...SPEC_EXAMPLE.client, tabId: 4 } })).toBe('client."tabId": is not a known field');
    expect(batchError({ ...SPEC_EXAMPLE, reports: [makeReport(), withField('domain', 'printer.local')] })).toMatch(/^reports\[1\]\.domain: /);
    expect(batchError({ ...SPEC_EXAMPLE, installationId: 'x' })).toBe('"installationId": is not a known field');
  });

  it('holds between 1 and 100 reports', () => {
    expect(batchError({ ...SPEC_EXAMPLE, reports: [] })).toBe('reports: must not be empty');
    const reports = Array.from({ length: 100 }, () => makeReport());
    expect(batchError({ ...SPEC_EXAMPLE, reports })).toBeNull();
    expect(batchError({ ...SPEC_EXAMPLE, reports: [...reports, makeReport()] })).toBe('reports: must hold at most 100 items');
  });
});

describe('aggregationKey', () => {
  it('is shared by reports of the same domain, kind, cause and hour only', () => {
    const base: Report = makeReport();
    expect(aggregationKey(makeReport({ count: 5, confidence: 'low', list: [] }))).toBe(aggregationKey(base));
    for (const change of [{ domain: 'other.ru' }, { kind: 'tcp-timeout' }, { cause: 'suspected' }, { hour: '2026-11-24T17:00:00Z' }] as const)
      expect(aggregationKey(makeReport(change))).not.toBe(aggregationKey(base));
  });
});
