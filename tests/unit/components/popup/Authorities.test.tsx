// @vitest-environment happy-dom
// The authority behind a list record: what it is in the popup's language in the sentences, the
// registry's own words in the evidence.
import type { Finding } from '@blocklens/vocabulary';
import { cleanup, fireEvent, render, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from '../../../../components/popup/Popup';
import { finding } from '../../helpers/finding';
import { messagesTranslate, type Locale } from '../../helpers/messages-translate';
import { readyState } from '../popup-fixtures';

afterEach(cleanup);

const listedBy = (authority: string): Finding =>
  finding({
    host: 'rutracker.org',
    mainFrame: true,
    url: 'https://rutracker.org/forum/',
    evidence: [
      { type: 'list-domain', entry: 'rutracker.org', list: 'ru-registry', authority, decision: '3-0647/2015', date: '2015-11-09' },
      { type: 'error', error: 'net::ERR_CONNECTION_RESET' },
    ],
  });

function show(authority: string, locale: Locale) {
  const t = messagesTranslate(locale);
  const { container } = render(<Popup state={readyState([listedBy(authority)])} t={t} />);
  const card = container.querySelector<HTMLElement>('[data-host="rutracker.org"]')!;
  const summary = card.querySelector('.finding-summary')!.textContent!;
  fireEvent.click(within(card).getByText(t('popup_evidence_title')));
  const note = card.querySelector('.evidence-note')!.textContent!;
  return { t, summary, note };
}

describe.each<Locale>(['en', 'ru', 'uk', 'fa'])('registry authorities in the popup in %s', (locale) => {
  it("names the Moscow City Court in the popup's language, and keeps «Мосгорсуд» in the evidence", () => {
    const { t, summary, note } = show('Мосгорсуд', locale);
    expect(summary).toContain(t('authority_moscow_city_court'));
    if (locale !== 'ru') expect(summary).not.toContain('Мосгорсуд');
    expect(note.startsWith('Мосгорсуд, ')).toBe(true);
  });

  it('says "a court" for «суд» the same way', () => {
    const { t, summary, note } = show('суд', locale);
    expect(summary).toContain(`(${t('authority_court')}, `);
    expect(note.startsWith('суд, ')).toBe(true);
  });

  it('shows an authority it does not know as the registry writes it', () => {
    const { summary, note } = show('Минцифры', locale);
    expect(summary).toContain('Минцифры');
    expect(note.startsWith('Минцифры, ')).toBe(true);
  });
});

describe('registry authorities, wording', () => {
  it('reads naturally in English', () => {
    const { summary, note } = show('Мосгорсуд', 'en');
    expect(summary).toBe('rutracker.org is on the list ru-registry (the Moscow City Court, decision 3-0647/2015 of 2015-11-09)');
    expect(note).toBe('Мосгорсуд, decision 3-0647/2015 of 2015-11-09, list: ru-registry');
  });
});
