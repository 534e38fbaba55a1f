// @vitest-environment happy-dom
import { cleanup, fireEvent, render, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage } from '../../../../components/options/OptionsPage';
import { normaliseSettings, type Settings } from '../../../../lib/settings/settings';
import { messagesTranslate, type Locale } from '../../helpers/messages-translate';
import { harness, REPORTS_ON } from '../reports/report-page-harness';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function open(locale: Locale, settings?: Settings) {
  const h = await harness();
  if (settings) await h.store(settings);
  const t = messagesTranslate(locale);
  const view = render(<OptionsPage services={h.services} t={t} />);
  const section = (await view.findByRole('heading', { name: t('crowd_title') })).closest('section')!;
  const toggle = (await within(section).findByLabelText(t('crowd_switch'))) as HTMLInputElement;
  return { ...h, ...view, t, section, toggle };
}

describe.each<Locale>(['en', 'ru', 'uk', 'fa'])('crowd counts on the options page in %s', (locale) => {
  it('are off by default, and say what asking tells the collector', async () => {
    const { t, section, toggle, stored } = await open(locale);
    expect(toggle.checked).toBe(false);
    expect(section.dataset.crowdSetting).toBe('off');
    expect(section.textContent).toContain(t('crowd_privacy'));
    expect(within(section).getByText(t('crowd_collector_none'))).toBeTruthy();
    expect(await stored()).toBeUndefined();
  });

  it('turn on and off apart from reports, with the collector set for reports', async () => {
    const reportsOff = normaliseSettings({ reports: { ...REPORTS_ON.reports, enabled: false } });
    const { t, section, toggle, stored } = await open(locale, reportsOff);
    expect(within(section).getByText(t('crowd_collector_set', [REPORTS_ON.reports.collectorUrl]))).toBeTruthy();

    fireEvent.click(toggle);
    await waitFor(() => expect(section.dataset.crowdSetting).toBe('on'));
    expect(await stored()).toMatchObject({ crowd: { enabled: true }, reports: reportsOff.reports });
    expect(toggle.checked).toBe(true);

    await waitFor(() => expect(toggle.disabled).toBe(false));
    fireEvent.click(toggle);
    await waitFor(() => expect(section.dataset.crowdSetting).toBe('off'));
    expect(await stored()).toMatchObject({ crowd: { enabled: false }, reports: reportsOff.reports });
  });

  it('follow a change made elsewhere', async () => {
    const { section, toggle, store } = await open(locale);
    await store(normaliseSettings({ crowd: { enabled: true } }));
    await waitFor(() => expect(toggle.checked).toBe(true));
    expect(section.dataset.crowdSetting).toBe('on');
  });
});
