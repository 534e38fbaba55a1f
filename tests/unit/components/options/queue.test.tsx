// @vitest-environment happy-dom
import { reportBatch } from '@blocklens/report-schema';
import { makeReport } from '@blocklens/report-schema/testing';
import { cleanup, fireEvent, render, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage } from '../../../../components/options/OptionsPage';
import { formatHour } from '../../../../components/shared/format-time';
import { labelFor } from '../../../../lib/explain/describe-finding';
import { pageReportQueue } from '../../../../shells/pages/page-report-queue';
import { messagesTranslate, type Locale } from '../../helpers/messages-translate';
import { CLIENT, harness, REPORTS_ON } from '../reports/report-page-harness';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function open(locale: Locale, pollMs?: number) {
  const h = await harness();
  await h.store(REPORTS_ON);
  await h.queue.add(makeReport({ domain: 'linkedin.com', list: [{ list: 'ru-registry', authority: 'суд', decision: '2-3491/2016', date: '2016-08-04' }] }));
  await h.queue.add(makeReport({ domain: 'rutracker.org', kind: 'dns-nxdomain', mechanism: 'dns', count: 4, country: 'RU' }));
  await h.queue.add(makeReport({ domain: 'api.example.com', cause: 'collateral', mechanism: 'ip', kind: 'tcp-timeout', list: [] }));
  const t = messagesTranslate(locale);
  const view = render(<OptionsPage services={h.services} t={t} pollMs={pollMs} />);
  const section = (await view.findByText(t('options_queue_title'))).closest('section')!;
  await within(section).findByText('linkedin.com');
  const json = () => section.querySelector('[data-queue-json]')?.textContent ?? null;
  const rows = () => [...section.querySelectorAll<HTMLElement>('[data-report-id]')];
  return { ...h, ...view, t, section, json, rows };
}

describe.each<Locale>(['en', 'ru', 'uk', 'fa'])('the queue on the options page in %s', (locale) => {
  it('shows exactly the JSON that will be sent, and one row per report', async () => {
    const { t, queue, json, rows } = await open(locale);
    const reports = await queue.list();
    expect(json()).toBe(JSON.stringify(reportBatch(CLIENT, reports), null, 2));
    expect(rows().map((row) => row.dataset.reportId)).toEqual(reports.map((report) => report.id));
    const rutracker = rows()[1]!;
    expect(within(rutracker).getByText('rutracker.org')).toBeTruthy();
    const facts = [
      labelFor('cause', 'listed', t),
      labelFor('kind', 'dns-nxdomain', t),
      t('options_queue_hour', [formatHour('2026-11-24T16:00:00Z', t('popup_language'))]),
      t('options_queue_count', ['4']),
    ].join(' · ');
    expect(rutracker.querySelector('.queue-facts')?.textContent).toBe(facts);
  });

  it('deletes one report from the queue and from the JSON', async () => {
    const { t, queue, section, json, rows } = await open(locale);
    const [first, second, third] = await queue.list();
    fireEvent.click(within(section).getByLabelText(t('options_delete_label', ['rutracker.org'])));
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(await queue.list()).toEqual([first, third]);
    expect(json()).toBe(JSON.stringify(reportBatch(CLIENT, [first!, third!]), null, 2));
    expect(json()).not.toContain(second!.id);
    expect(document.activeElement).toBe(within(section).getByText(t('options_queue_title')));
  });

  it('deletes all reports and says none are waiting', async () => {
    const { t, queue, section, json } = await open(locale);
    fireEvent.click(within(section).getByText(t('options_delete_all')));
    await within(section).findByText(t('options_queue_empty'));
    expect(await queue.list()).toEqual([]);
    expect(json()).toBeNull();
  });

  it('shows reports the worker queues while the page is open', async () => {
    const { queue, section, json } = await open(locale, 20);
    await queue.add(makeReport({ domain: 'telegram.org' }));
    await within(section).findByText('telegram.org');
    expect(json()).toBe(JSON.stringify(reportBatch(CLIENT, await queue.list()), null, 2));
  });

  it('names a domain in another script as people read it, and sends it in its ASCII form', async () => {
    const { t, queue, section, json, rows } = await open(locale, 20);
    await queue.add(makeReport({ domain: 'xn--e1afmkfd.xn--p1ai' }));
    const shown = await within(section).findByText('пример.рф');
    expect(shown.getAttribute('title')).toBe('xn--e1afmkfd.xn--p1ai');
    expect(within(rows()[3]!).getByLabelText(t('options_delete_label', ['пример.рф']))).toBeTruthy();
    expect(json()).toContain('"domain": "xn--e1afmkfd.xn--p1ai"');
    expect(json()).not.toContain('пример');
    expect(json()).toBe(JSON.stringify(reportBatch(CLIENT, await queue.list()), null, 2));
  });

  it('says when the queue cannot be read, as when the browser offers no IndexedDB', async () => {
    const h = await harness();
    vi.stubGlobal('indexedDB', undefined);
    const t = messagesTranslate(locale);
    const view = render(<OptionsPage services={{ ...h.services, queue: pageReportQueue() }} t={t} />);
    const prefix = t('options_queue_error', ['']);
    const error = await view.findByText((text) => text.startsWith(prefix) && text.length > prefix.length);
    expect(error.getAttribute('role')).toBe('alert');
  });
});
