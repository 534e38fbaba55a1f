// @vitest-environment happy-dom
import { makeReport } from '@blocklens/report-schema/testing';
import { cleanup, fireEvent, render, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage } from '../../../../components/options/OptionsPage';
import { DEFAULT_SETTINGS, storedSettings, type Settings } from '../../../../lib/settings/settings';
import { messagesTranslate, type Locale } from '../../helpers/messages-translate';
import { harness, REPORTS_ON } from '../reports/report-page-harness';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const ON: Settings = { ...REPORTS_ON, reports: { ...REPORTS_ON.reports, country: 'RU' } };

async function open(locale: Locale, settings?: Settings, askDataCollection?: (withCountry: boolean) => Promise<boolean>) {
  const h = await harness();
  if (settings) await h.store(settings);
  const t = messagesTranslate(locale);
  const view = render(<OptionsPage services={{ ...h.services, askDataCollection }} t={t} />);
  const address = (await view.findByLabelText(t('consent_url_label'))) as HTMLInputElement;
  const form = address.closest('form')!;
  const press = (key: string) => fireEvent.click(within(form).getByText(t(key)));
  const type = (value: string) => fireEvent.input(address, { target: { value } });
  return { ...h, ...view, t, form, address, press, type };
}

describe.each<Locale>(['en', 'ru', 'uk', 'fa'])('reports consent on the options page in %s', (locale) => {
  it('is off by default, says so, and says no collector is set', async () => {
    const { t, form, address, stored, getByText } = await open(locale);
    expect(form.dataset.reports).toBe('off');
    expect(within(form).getByText(t('consent_state_off'))).toBeTruthy();
    expect(address.value).toBe('');
    expect(getByText(t('consent_whom_none'))).toBeTruthy();
    expect(within(form).getByText(t('consent_turn_on'))).toBeTruthy();
    expect(await stored()).toBeUndefined();
  });

  it('cannot be turned on without a collector address', async () => {
    const { t, form, address, press, stored } = await open(locale);
    press('consent_turn_on');
    await within(form).findByText(t('consent_url_missing'));
    expect(address.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(address);
    expect(await stored()).toBeUndefined();
    expect(form.dataset.reports).toBe('off');
  });

  it.each([
    'http://collector.example/',
    'ftp://collector.example/',
    'https://user:secret@collector.example/',
    'https://collector.example/?token=1',
    'collector.example',
  ])('refuses %s with a clear error and saves nothing', async (url) => {
    const { t, form, type, press, stored } = await open(locale);
    type(url);
    press('consent_turn_on');
    await within(form).findByText(t('consent_url_invalid'));
    press('consent_keep_off');
    await within(form).findByText(t('consent_url_invalid'));
    expect(await stored()).toBeUndefined();
  });

  it('turns on with an HTTPS collector and a declared country, writing the whole settings object', async () => {
    const { t, form, type, press, stored, getByLabelText, getByText } = await open(locale);
    type(' https://collector.example/blocklens ');
    fireEvent.change(getByLabelText(t('consent_country_label')), { target: { value: 'KZ' } });
    press('consent_turn_on');
    await within(form).findByText(t('consent_turned_on'));
    const expected = { ...DEFAULT_SETTINGS, reports: { enabled: true, collectorUrl: 'https://collector.example/blocklens', country: 'KZ' } };
    expect(await stored()).toEqual(storedSettings(expected));
    expect(form.dataset.reports).toBe('on');
    expect(within(form).getByText(t('consent_state_on', ['https://collector.example/blocklens']))).toBeTruthy();
    expect(getByText(t('consent_whom_set', ['https://collector.example/blocklens']))).toBeTruthy();
  });

  it("asks the browser's data collection consent when turning on, and stays off without it", async () => {
    const asked: boolean[] = [];
    let answer = false;
    const ask = async (withCountry: boolean) => {
      asked.push(withCountry);
      return answer;
    };
    const { t, form, type, press, stored, getByLabelText } = await open(locale, undefined, ask);
    type('https://collector.example/');
    fireEvent.change(getByLabelText(t('consent_country_label')), { target: { value: 'KZ' } });
    press('consent_turn_on');
    await within(form).findByText(t('consent_permission_refused'));
    expect(await stored()).toBeUndefined();
    expect(form.dataset.reports).toBe('off');
    answer = true;
    press('consent_turn_on');
    await within(form).findByText(t('consent_turned_on'));
    expect(asked).toEqual([true, true]);
    expect(form.dataset.reports).toBe('on');
  });

  it('accepts plain HTTP on loopback, for testing', async () => {
    const { t, form, type, press, stored } = await open(locale);
    type('http://127.0.0.1:8787');
    press('consent_turn_on');
    await within(form).findByText(t('consent_turned_on'));
    expect(await stored()).toMatchObject({ reports: { enabled: true, collectorUrl: 'http://127.0.0.1:8787' } });
  });

  it('keeps reports off while saving a valid address for later', async () => {
    const { t, form, type, press, stored } = await open(locale);
    type('https://collector.example/');
    press('consent_keep_off');
    await within(form).findByText(t('consent_kept_off'));
    expect(await stored()).toMatchObject({ reports: { enabled: false, collectorUrl: 'https://collector.example/' } });
    expect(form.dataset.reports).toBe('off');
  });

  it('turning off empties the queue and its drop log, whatever is typed in the address field', async () => {
    const { t, form, type, press, stored, queue } = await open(locale, ON);
    await queue.add(makeReport({ domain: 'a.ru' }));
    await queue.add(makeReport({ domain: 'b.ru' }));
    const [, dropped] = await queue.list();
    await queue.markDropped([dropped!.id], 'reports[0].domain: refused');
    expect(form.dataset.reports).toBe('on');
    type('not a url');
    press('consent_turn_off');
    await within(form).findByText(t('consent_turned_off'));
    expect(await stored()).toEqual(storedSettings({ ...ON, reports: { ...ON.reports, enabled: false } }));
    expect(await queue.list()).toEqual([]);
    expect((await queue.state()).drops).toEqual([]);
    expect(form.dataset.reports).toBe('off');
  });

  it('offers every country by its name in the page\'s language, sorted, after "not declared"', async () => {
    const { t, getByLabelText } = await open(locale);
    const options = [...(getByLabelText(t('consent_country_label')) as HTMLSelectElement).options];
    expect(options[0]).toMatchObject({ value: '', text: t('consent_country_none') });
    const names = new Intl.DisplayNames([locale], { type: 'region' });
    const countries = options.slice(1);
    expect(countries.map((option) => option.value)).toEqual(expect.arrayContaining(['RU', 'BY', 'KZ', 'UA', 'UZ', 'KG', 'TJ', 'AM', 'AZ', 'GE', 'MD', 'IR', 'TR', 'CN']));
    for (const option of countries) expect(option.text).toBe(names.of(option.value));
    const texts = countries.map((option) => option.text);
    expect(texts).toEqual([...texts].sort(new Intl.Collator(locale).compare));
  });

  it('follows settings changed elsewhere, such as on the welcome page', async () => {
    const { form, address, store } = await open(locale);
    await store(ON);
    await waitFor(() => expect([form.dataset.reports, address.value]).toEqual(['on', 'https://collector.example/']));
  });
});
