// @vitest-environment happy-dom
// Where the collector address is asked (the options and first-run pages), the page says what a
// collector is and where to get one: the research group the person reports to, or their own
// (`npm run collector`). The field stays empty: there is no default to fall back on.
import { cleanup, render, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage } from '../../../../components/options/OptionsPage';
import { WelcomePage } from '../../../../components/welcome/WelcomePage';
import { DEFAULT_SETTINGS } from '../../../../lib/settings/settings';
import { messagesTranslate, type Locale } from '../../helpers/messages-translate';
import { harness, REPORTS_ON } from './report-page-harness';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const PAGES = {
  options: (services: Awaited<ReturnType<typeof harness>>['services'], t: ReturnType<typeof messagesTranslate>) => (
    <OptionsPage services={services} t={t} />
  ),
  'first-run': (services: Awaited<ReturnType<typeof harness>>['services'], t: ReturnType<typeof messagesTranslate>) => (
    <WelcomePage services={{ ...services, openOptions: () => undefined }} t={t} />
  ),
};

async function open(page: keyof typeof PAGES, locale: Locale, collectorUrl?: string) {
  const h = await harness();
  if (collectorUrl !== undefined) await h.store({ ...REPORTS_ON, reports: { ...REPORTS_ON.reports, collectorUrl } });
  const t = messagesTranslate(locale);
  const view = render(PAGES[page](h.services, t));
  const address = (await view.findByLabelText(t('consent_url_label'))) as HTMLInputElement;
  return { ...h, t, address, form: address.closest('form')! };
}

/** The texts the field is described by, in order. */
function description(input: HTMLElement): string[] {
  return (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? `(no #${id})`);
}

describe.each<Locale>(['en', 'ru', 'uk', 'fa'])('the collector address in %s', (locale) => {
  it.each(Object.keys(PAGES) as (keyof typeof PAGES)[])(
    'on the %s page, says what a collector is and where to get one, right at the field',
    async (page) => {
      const { t, address, form, stored } = await open(page, locale);
      const what = t('consent_collector_what');
      const ask = t('consent_collector_ask');
      const own = t('consent_collector_own', ['npm run collector', 'http://127.0.0.1:8787', 'collector/README.md']);
      for (const text of [what, ask, own]) expect(within(form).getByText(text)).toBeTruthy();
      expect(own).toContain('npm run collector');
      expect(own).toContain('http://127.0.0.1:8787');
      // Read with the field, before the rule the address must follow.
      expect(description(address)).toEqual([`${what}${ask}${own}`, t('consent_url_hint')]);
      const help = within(form).getByText(what);
      expect(help.compareDocumentPosition(address) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      // No made-up default: the field is empty and nothing is saved.
      expect(address.value).toBe('');
      expect(address.getAttribute('placeholder')).toBe('https://');
      expect(await stored()).toBeUndefined();
      expect(DEFAULT_SETTINGS.reports.collectorUrl).toBe('');
    },
  );

  it('keeps the explanation when an address is set, and the address as it was entered', async () => {
    const { t, address, form } = await open('options', locale, 'https://collector.example/');
    expect(address.value).toBe('https://collector.example/');
    expect(within(form).getByText(t('consent_collector_what'))).toBeTruthy();
  });
});
