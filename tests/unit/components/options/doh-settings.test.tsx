// @vitest-environment happy-dom
import { cleanup, fireEvent, render, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DohSettings } from '../../../../components/options/DohSettings';
import { normaliseSettings, SETTINGS_KEY } from '../../../../lib/settings/settings';
import { browserSettingsStore } from '../../../../shells/pages/browser-settings-store';
import { messagesTranslate, type Locale } from '../../helpers/messages-translate';

afterEach(cleanup);

async function open(locale: Locale, stored?: unknown) {
  fakeBrowser.reset();
  if (stored !== undefined) await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: stored });
  const t = messagesTranslate(locale);
  const view = render(<DohSettings store={browserSettingsStore} t={t} />);
  const form = (await view.findByRole('checkbox')).closest('form')!;
  const inForm = within(form);
  return {
    t,
    form,
    inForm,
    toggle: () => fireEvent.click(inForm.getByRole('checkbox')),
    choose: (choice: string) => fireEvent.change(inForm.getByLabelText(t('doh_resolver_label')), { target: { value: choice } }),
    save: () => fireEvent.click(inForm.getByText(t('doh_save'))),
    doh: async () => normaliseSettings((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).doh,
    stored: async () => (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY],
    ...view,
  };
}

describe.each<Locale>(['en', 'ru', 'uk', 'fa'])('DNS-over-HTTPS settings in %s', (locale) => {
  it('is off by default and says in plain words what turning it on sends, and to whom', async () => {
    const { t, form, inForm, getByText, stored } = await open(locale);
    expect(form.dataset.doh).toBe('off');
    expect(getByText(t('doh_privacy'))).toBeTruthy();
    expect(inForm.getByText(t('doh_state_off'))).toBeTruthy();
    expect((inForm.getByRole('checkbox') as HTMLInputElement).checked).toBe(false);
    expect((inForm.getByLabelText(t('doh_resolver_label')) as HTMLSelectElement).value).toBe('cloudflare');
    expect(inForm.getByRole('option', { name: t('doh_preset_cloudflare') })).toBeTruthy();
    expect(inForm.queryByLabelText(t('doh_url_label'))).toBeNull();
    expect(await stored()).toBeUndefined();
  });

  it('turns lookups on through a preset resolver, and off again', async () => {
    const { t, form, inForm, toggle, choose, save, doh } = await open(locale);
    toggle();
    choose('google');
    save();
    await inForm.findByText(t('doh_saved_on', ['dns.google']));
    expect(await doh()).toEqual({ enabled: true, resolver: 'https://dns.google/dns-query', format: 'wire' });
    expect(form.dataset.doh).toBe('on');
    toggle();
    save();
    await inForm.findByText(t('doh_saved_off'));
    expect(await doh()).toEqual({ enabled: false, resolver: 'https://dns.google/dns-query', format: 'wire' });
  });

  it.each([
    ['', 'doh_url_missing'],
    ['http://dns.example/dns-query', 'doh_url_invalid'],
    ['https://dns.example/dns-query?ct=json', 'doh_url_invalid'],
    ['dns.example', 'doh_url_invalid'],
  ])('refuses the resolver address %j and saves nothing', async (url, problem) => {
    const { t, inForm, toggle, choose, save, stored } = await open(locale);
    toggle();
    choose('custom');
    fireEvent.input(inForm.getByLabelText(t('doh_url_label')), { target: { value: url } });
    save();
    await inForm.findByText(t(problem));
    expect(inForm.getByLabelText(t('doh_url_label')).getAttribute('aria-invalid')).toBe('true');
    expect(await stored()).toBeUndefined();
  });

  it('saves a resolver of the person\'s own in the format it speaks, and shows it again', async () => {
    const { t, inForm, toggle, choose, save, doh } = await open(locale);
    toggle();
    choose('custom');
    fireEvent.input(inForm.getByLabelText(t('doh_url_label')), { target: { value: ' http://127.0.0.1:8053/resolve ' } });
    fireEvent.change(inForm.getByLabelText(t('doh_format_label')), { target: { value: 'json' } });
    save();
    await inForm.findByText(t('doh_saved_on', ['127.0.0.1:8053']));
    expect(await doh()).toEqual({ enabled: true, resolver: 'http://127.0.0.1:8053/resolve', format: 'json' });
    cleanup();
    const reopened = await open(locale, await fakeBrowser.storage.local.get(SETTINGS_KEY).then((s) => s[SETTINGS_KEY]));
    expect((reopened.inForm.getByLabelText(t('doh_resolver_label')) as HTMLSelectElement).value).toBe('custom');
    expect((reopened.inForm.getByLabelText(t('doh_url_label')) as HTMLInputElement).value).toBe('http://127.0.0.1:8053/resolve');
    expect((reopened.inForm.getByLabelText(t('doh_format_label')) as HTMLSelectElement).value).toBe('json');
    expect(reopened.inForm.getByText(t('doh_state_on', ['127.0.0.1:8053']))).toBeTruthy();
  });
});
