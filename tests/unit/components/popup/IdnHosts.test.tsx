// @vitest-environment happy-dom
// Host names in other scripts: the popup shows "пример.рф" where the browser says
// "xn--e1afmkfd.xn--p1ai", keeps the ASCII form in the markers and the evidence, and keeps a name
// that could pass for another in its ASCII form.
import type { Finding } from '@blocklens/vocabulary';
import { cleanup, fireEvent, render, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Popup } from '../../../../components/popup/Popup';
import { finding } from '../../helpers/finding';
import { messagesTranslate, type Locale } from '../../helpers/messages-translate';
import { readyState } from '../popup-fixtures';

afterEach(cleanup);

const ASCII = 'xn--e1afmkfd.xn--p1ai';
const SHOWN = 'пример.рф';

const idnPage: Finding = finding({
  host: ASCII,
  mainFrame: true,
  url: `https://${ASCII}/news`,
  evidence: [
    { type: 'list-domain', entry: ASCII, list: 'ru-registry', authority: 'Роскомнадзор', decision: '2-1/2026', date: '2026-01-15' },
    { type: 'error', error: 'net::ERR_CONNECTION_RESET' },
  ],
});

/** Cyrillic "аррӏе.com": every letter passes for a Latin one. */
const CONFUSABLE = 'xn--80ak6aa92e.com';
const confusablePart: Finding = finding({ host: CONFUSABLE, url: `https://${CONFUSABLE}/` });

describe.each<Locale>(['en', 'ru', 'uk', 'fa'])('host names in other scripts, popup in %s', (locale) => {
  const t = messagesTranslate(locale);

  it('names the host in its own script in the title, the header and the sentences, and keeps data-host ASCII', () => {
    const { container } = render(<Popup state={{ ...readyState([idnPage]), pageHost: ASCII }} t={t} />);
    const card = container.querySelector<HTMLElement>('[data-host]')!;
    expect(card.dataset.host).toBe(ASCII);
    expect(card.querySelector('.finding-host')?.textContent).toBe(SHOWN);
    const header = container.querySelector('.popup-host')!;
    expect(header.textContent).toBe(SHOWN);
    expect(header.getAttribute('title')).toBe(ASCII);
    expect(container.querySelector('[data-verdict]')?.textContent).toBe(t('popup_verdict_page_listed', [SHOWN]));
    const summary = card.querySelector('.finding-summary')!.textContent!;
    expect(summary).toContain(SHOWN);
    expect(summary).not.toContain('xn--');
  });

  it('gives the ASCII form in the evidence: the name as sent, the list entry and the URL', () => {
    const { container } = render(<Popup state={readyState([idnPage])} t={t} />);
    const card = container.querySelector<HTMLElement>('[data-host]')!;
    fireEvent.click(within(card).getByText(t('popup_evidence_title')));
    const row = within(card).getByText(t('popup_evidence_ascii_host')).closest('.evidence-row')!;
    expect(row.querySelector('dd')?.textContent).toBe(ASCII);
    expect(row.querySelector('dd bdi')?.getAttribute('dir')).toBe('ltr');
    const entry = within(card).getByText(t('popup_evidence_list_domain')).closest('.evidence-row')!;
    expect(entry.querySelector('bdi')?.textContent).toBe(ASCII);
    expect(within(card).getByText(`https://${ASCII}/news`)).toBeTruthy();
  });

  it('keeps a name that could pass for another (Cyrillic "аррӏе.com") in its ASCII form, without a second row', () => {
    const { container } = render(<Popup state={readyState([confusablePart])} t={t} />);
    const card = container.querySelector<HTMLElement>('[data-host]')!;
    expect(card.dataset.host).toBe(CONFUSABLE);
    expect(card.querySelector('.finding-host')?.textContent).toBe(CONFUSABLE);
    fireEvent.click(within(card).getByText(t('popup_evidence_title')));
    expect(within(card).queryByText(t('popup_evidence_ascii_host'))).toBeNull();
  });
});
