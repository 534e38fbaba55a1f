// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateReportBatch } from '@blocklens/report-schema';
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportExample } from '../../../../components/reports/ReportExample';
import { SAMPLE_FINDING } from '../../../../components/reports/sample-finding';
import { messagesTranslate, type Locale } from '../../helpers/messages-translate';
import { CLIENT, NOW } from './report-page-harness';

afterEach(cleanup);

const services = { client: CLIENT, now: () => NOW, newId: () => '0b6f2b0e-5d8c-4a61-9b40-3c5c1d2e7f10' };
const FIELDS = ['id', 'hour', 'domain', 'kind', 'cause', 'mechanism', 'confidence', 'list', 'count'];

function example(locale: Locale, country: string | null) {
  const t = messagesTranslate(locale);
  const view = render(<ReportExample country={country} services={services} t={t} />);
  const text = view.container.querySelector('[data-example-report]')!.textContent!;
  return { t, view, text, batch: JSON.parse(text) as unknown };
}

describe.each<Locale>(['en', 'ru'])('the example report in %s', (locale) => {
  it('is a valid batch with only the allowed fields, built from the sample finding', () => {
    const { batch, text } = example(locale, null);
    const valid = validateReportBatch(batch);
    expect(valid.ok).toBe(true);
    if (!valid.ok) return;
    expect(valid.batch.client).toEqual(CLIENT);
    expect(valid.batch.reports).toHaveLength(1);
    const [report] = valid.batch.reports;
    expect(Object.keys(report!).sort()).toEqual([...FIELDS].sort());
    expect(report).toMatchObject({
      hour: '2026-11-24T16:00:00Z',
      domain: 'linkedin.com',
      kind: 'tcp-reset',
      cause: 'listed',
      mechanism: 'dpi',
      confidence: 'high',
      list: [{ list: 'ru-registry', authority: 'суд', decision: '2-3491/2016', date: '2016-08-04' }],
      count: 1,
    });
    expect(text).toBe(JSON.stringify(batch, null, 2));
  });

  it('leaves out the host, path and query of the page that failed', () => {
    const { text } = example(locale, null);
    const page = new URL(SAMPLE_FINDING.url);
    expect(page.pathname.length).toBeGreaterThan(1);
    expect(page.search).not.toBe('');
    for (const part of [page.host, page.pathname, page.search.slice(1), SAMPLE_FINDING.url]) expect(text).not.toContain(part);
  });

  it('carries the country only when one is declared', () => {
    expect(validateReportBatch(example(locale, 'KZ').batch)).toMatchObject({ ok: true, batch: { reports: [{ country: 'KZ' }] } });
    expect(example(locale, null).text).not.toContain('country');
  });

  it('names the page address that stays behind and the domain that goes out', () => {
    const { t, view } = example(locale, null);
    expect(view.getByText(t('consent_example_intro', [SAMPLE_FINDING.url, 'linkedin.com']))).toBeTruthy();
  });
});

describe('the sample finding', () => {
  it('carries the real record of the bundled registry', () => {
    const registry = new TextDecoder('windows-1251').decode(readFileSync(join(import.meta.dirname, '../../../../blocklists/ru-registry.csv')));
    const evidence = SAMPLE_FINDING.evidence.find((item) => item.type === 'list-wildcard');
    expect(evidence).toBeDefined();
    if (evidence?.type !== 'list-wildcard') return;
    expect(registry.split(/\r?\n/)).toContain(`;${evidence.entry};;${evidence.authority};${evidence.decision};${evidence.date}`);
  });
});
