// @vitest-environment happy-dom
import { cleanup, fireEvent, render, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage } from '../../../../components/options/OptionsPage';
import { WelcomePage } from '../../../../components/welcome/WelcomePage';
import { normaliseSettings } from '../../../../lib/settings/settings';
import { messagesTranslate, type Locale } from '../../helpers/messages-translate';
import { harness } from '../reports/report-page-harness';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const KEY = btoa(String.fromCharCode(...Array.from({ length: 32 }, (_, index) => index)));
const CHANNEL = 'https://lists.example/channel/';

async function open(locale: Locale, channel = false) {
  const h = await harness();
  if (channel) await h.store(normaliseSettings({ lists: { updates: false, channel: CHANNEL, publicKey: KEY } }));
  const t = messagesTranslate(locale);
  let optionsOpened = 0;
  const services = { ...h.services, openOptions: () => void optionsOpened++ };
  const view = render(<WelcomePage services={services} t={t} />);
  const address = (await view.findByLabelText(t('consent_url_label'))) as HTMLInputElement;
  const form = address.closest('form')!;
  return { ...h, ...view, t, form, address, optionsOpened: () => optionsOpened };
}

describe.each<Locale>(['en', 'ru', 'uk', 'fa'])('the first-run page in %s', (locale) => {
  it('says what Blocklens does, that nothing leaves the browser by default, and that reports are off', async () => {
    const { t, getByText, form, container } = await open(locale);
    for (const key of ['welcome_title', 'welcome_what', 'welcome_offline', 'welcome_how', 'consent_sent_title', 'consent_never_title', 'consent_whom_none', 'consent_stop_text']) {
      expect(getByText(t(key))).toBeTruthy();
    }
    expect(form.dataset.reports).toBe('off');
    expect(JSON.parse(container.querySelector('[data-example-report]')!.textContent!)).toMatchObject({ reports: [{ domain: 'linkedin.com' }] });
  });

  it('turns reports on with a collector address', async () => {
    const { t, form, address, stored } = await open(locale);
    fireEvent.input(address, { target: { value: 'https://collector.example/' } });
    fireEvent.click(within(form).getByText(t('consent_turn_on')));
    await within(form).findByText(t('consent_turned_on'));
    expect(await stored()).toMatchObject({ reports: { enabled: true, collectorUrl: 'https://collector.example/', country: null } });
  });

  it('leaves reports off when asked, and says where to change it', async () => {
    const { t, form, stored } = await open(locale);
    fireEvent.click(within(form).getByText(t('consent_keep_off')));
    await within(form).findByText(t('consent_kept_off'));
    expect(await stored()).toMatchObject({ reports: { enabled: false, collectorUrl: '', country: null } });
  });

  it('opens the settings', async () => {
    const { t, getByText, optionsOpened } = await open(locale);
    fireEvent.click(getByText(t('welcome_open_settings')));
    expect(optionsOpened()).toBe(1);
  });

  it('explains reports in the same words as the options page', async () => {
    const { t, container } = await open(locale);
    const welcomeText = container.querySelector('.explanation')!.textContent;
    cleanup();
    const h = await harness();
    const options = render(<OptionsPage services={h.services} t={t} />);
    await options.findByLabelText(t('consent_url_label'));
    expect(options.container.querySelector('.explanation')!.textContent).toBe(welcomeText);
  });

  it('offers list updates, off, saying what is downloaded, from where, how often and what the server learns', async () => {
    const { t, getByText, findByRole, stored } = await open(locale, true);
    const section = (await findByRole('heading', { name: t('welcome_lists_title') })).closest('section')!;
    await waitFor(() => expect(section.dataset.listsChannel).toBe('set'));
    expect(section.dataset.listsSetting).toBe('off');
    for (const key of ['lists_explain', 'lists_privacy']) expect(getByText(t(key))).toBeTruthy();
    expect(getByText(t('lists_source', [CHANNEL]))).toBeTruthy();
    const toggle = within(section).getByLabelText(t('lists_switch')) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    expect(await stored()).toMatchObject({ lists: { updates: false } });

    fireEvent.click(toggle);
    await within(section).findByText(t('welcome_lists_on'));
    expect(await stored()).toMatchObject({ lists: { updates: true, channel: CHANNEL, publicKey: KEY } });
    expect(section.dataset.listsSetting).toBe('on');

    fireEvent.click(toggle);
    await within(section).findByText(t('welcome_lists_off'));
    expect(await stored()).toMatchObject({ lists: { updates: false, channel: CHANNEL } });
  });

  it('says a build without a list channel cannot update its list, and offers no switch', async () => {
    const { t, findByRole } = await open(locale);
    const section = (await findByRole('heading', { name: t('welcome_lists_title') })).closest('section')!;
    await waitFor(() => expect(section.dataset.listsChannel).toBe('none'));
    expect(section.textContent).toContain(t('lists_no_channel'));
    expect(within(section).queryByLabelText(t('lists_switch'))).toBeNull();
  });
});
