// @vitest-environment happy-dom
import { makeReport } from '@blocklens/report-schema/testing';
import { cleanup, fireEvent, render, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage, type OptionsServices } from '../../../../components/options/OptionsPage';
import { formatTime } from '../../../../components/shared/format-time';
import { messagesTranslate, type Locale } from '../../helpers/messages-translate';
import { harness, NOW, REPORTS_ON } from '../reports/report-page-harness';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function open(locale: Locale, options: { enabled?: boolean; maxReports?: number; reports?: number; sendNow?: OptionsServices['sendNow'] } = {}) {
  const h = await harness(options.maxReports);
  await h.store(options.enabled === false ? { ...REPORTS_ON, reports: { ...REPORTS_ON.reports, enabled: false } } : REPORTS_ON);
  for (let index = 0; index < (options.reports ?? 2); index++) await h.queue.add(makeReport({ domain: `site${index}.ru` }));
  const t = messagesTranslate(locale);
  const lang = t('popup_language');
  const services = options.sendNow ? { ...h.services, sendNow: options.sendNow } : h.services;
  const view = render(<OptionsPage services={services} t={t} />);
  // The page renders after its settings and queue are read: give a busy machine more than a second.
  const section = (await view.findByText(t('options_send_title'), {}, { timeout: 10_000 })).closest('section')!;
  const sendNow = () => fireEvent.click(within(section).getByText(t('options_send_now')));
  const result = () => section.querySelector('[data-send-result]')?.textContent;
  const time = (at: number) => formatTime(at, lang);
  return { ...h, ...view, t, section, sendNow, result, time };
}

describe.each<Locale>(['en', 'ru', 'uk', 'fa'])('sending on the options page in %s', (locale) => {
  it('says nothing has been sent yet and nothing was pushed out', async () => {
    const { t, section } = await open(locale);
    expect(within(section).getByText(t('options_last_never'))).toBeTruthy();
    expect(within(section).getByText(t('options_evicted', ['0']))).toBeTruthy();
  });

  it('sends now: the collector holds the reports, the queue is empty, the result and last delivery say so', async () => {
    const { t, section, sendNow, result, time, queue, collector, findByText } = await open(locale);
    const ids = (await queue.list()).map((report) => report.id);
    sendNow();
    await within(section).findByText(t('options_last_sent', ['2', time(NOW)]));
    expect(result()).toBe(t('options_send_done', ['2']));
    expect([...collector.stored.keys()]).toEqual(ids);
    expect(await queue.list()).toEqual([]);
    expect(await findByText(t('options_queue_empty'))).toBeTruthy();
    expect((within(section).getByText(t('options_send_now')) as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows a refusal by status with the collector\'s words, the failures and the next attempt', async () => {
    const { t, section, sendNow, result, time, queue, collector } = await open(locale);
    collector.answer({ status: 503, body: { error: 'maintenance' } });
    sendNow();
    await within(section).findByText(t('options_last_error_status', [time(NOW), '503']));
    expect(result()).toBe(t('options_send_failed'));
    expect(within(section).getByText('maintenance')).toBeTruthy();
    const { delivery } = await queue.state();
    expect(within(section).getByText(t('options_failures', ['1']))).toBeTruthy();
    expect(within(section).getByText(t('options_next_attempt', [time(delivery.nextAttemptAt!)]))).toBeTruthy();
    expect(await queue.list()).toHaveLength(2);
  });

  it('shows a network failure with the browser\'s message', async () => {
    const { t, section, sendNow, time, collector } = await open(locale);
    collector.answer('network-error');
    sendNow();
    await within(section).findByText(t('options_last_error_network', [time(NOW)]));
    expect(within(section).getByText('Failed to fetch')).toBeTruthy();
  });

  it('lists a report the collector refused, with its reason, and counts it in the result', async () => {
    const { t, section, sendNow, result, time, collector } = await open(locale);
    collector.refusedDomain = 'site1.ru';
    sendNow();
    const reason = 'reports[1].domain: refused by this collector';
    const drop = (await within(section).findByText(reason)).closest('li')!;
    expect(within(drop).getByText('site1.ru')).toBeTruthy();
    expect(within(drop).getByText(time(NOW))).toBeTruthy();
    expect(result()).toBe(`${t('options_send_done', ['1'])} ${t('options_send_dropped', ['1'])}`);
  });

  it('says so when the worker does not answer', async () => {
    const { t, section, sendNow, result, queue } = await open(locale, { sendNow: () => Promise.reject(new Error('Receiving end does not exist.')) });
    sendNow();
    await within(section).findByText(t('options_send_no_answer'));
    expect(result()).toBe(t('options_send_no_answer'));
    expect(await queue.list()).toHaveLength(2);
  });

  it('says when the last run refused the collector address', async () => {
    const h = await harness();
    await h.queue.saveDelivery({ at: NOW, sent: 0, error: { type: 'collector-url' }, failures: 0, nextAttemptAt: null });
    const t = messagesTranslate(locale);
    const view = render(<OptionsPage services={h.services} t={t} />);
    expect(await view.findByText(t('options_last_error_url', [formatTime(NOW, t('popup_language'))]))).toBeTruthy();
  });

  it('counts the reports a full queue pushed out', async () => {
    const { t, section } = await open(locale, { maxReports: 2, reports: 3 });
    expect(within(section).getByText(t('options_evicted', ['1']))).toBeTruthy();
  });

  it('offers no sending while reports are off, and says why', async () => {
    const { t, section } = await open(locale, { enabled: false, reports: 0 });
    expect(within(section).getByText(t('options_send_off'))).toBeTruthy();
    expect(within(section).queryByText(t('options_send_now'))).toBeNull();
  });
});
