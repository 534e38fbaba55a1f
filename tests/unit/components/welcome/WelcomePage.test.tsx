// @vitest-environment happy-dom
import { cleanup, fireEvent, render, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage } from '../../../../components/options/OptionsPage';
import { WelcomePage } from '../../../../components/welcome/WelcomePage';
import { messagesTranslate, type Locale } from '../../helpers/messages-translate';
import { harness } from '../reports/report-page-harness';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function open(locale: Locale) {
  const h = await harness();
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
});
