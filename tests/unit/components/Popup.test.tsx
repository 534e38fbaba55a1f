// @vitest-environment happy-dom
import type { Finding, ListRecord } from '@blocklens/vocabulary';
import { cleanup, fireEvent, render, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FINDINGS_PAGE_SIZE } from '../../../components/popup/PagedFindings';
import { Popup } from '../../../components/popup/Popup';
import { describeFinding, labelFor } from '../../../lib/explain/describe-finding';
import { describeDate, describeRecord } from '../../../lib/explain/describe-record';
import type { PopupState } from '../../../lib/popup-model/popup-state';
import { finding } from '../helpers/finding';
import { messagesTranslate, type Locale } from '../helpers/messages-translate';
import {
  busyPage,
  collateralPart,
  listedPage,
  localPart,
  parentListedPage,
  readyState,
  siteProblemPage,
  suspectedPart,
} from './popup-fixtures';

afterEach(cleanup);

function show(state: PopupState, locale: Locale = 'en') {
  const t = messagesTranslate(locale);
  const view = render(<Popup state={state} t={t} />);
  const cards = () => [...view.container.querySelectorAll<HTMLElement>('[data-host]')];
  const verdict = () => view.container.querySelector<HTMLElement>('[data-verdict]');
  return { ...view, container: view.container as HTMLElement, t, cards, verdict };
}

const markers = (card: HTMLElement) => ({ ...card.dataset });

describe.each<Locale>(['en', 'ru', 'uk', 'fa'])('popup in %s', (locale) => {
  it('explains a listed page: verdict, markers, sentences, confidence, count and advice', () => {
    const { t, cards, verdict } = show(readyState([listedPage]), locale);
    expect(verdict()?.dataset.verdict).toBe('listed');
    expect(verdict()?.textContent).toBe(t('popup_verdict_page_listed', ['telegram.org']));
    const [card] = cards();
    expect(markers(card!)).toEqual({
      host: 'telegram.org',
      kind: 'tcp-reset',
      cause: 'listed',
      mechanism: 'dpi',
      confidence: 'high',
    });
    const text = describeFinding(listedPage, t);
    const inCard = within(card!);
    for (const visible of [
      text.summary,
      text.detail,
      text.advice,
      t('popup_advice_title'),
      labelFor('cause', 'listed', t),
      labelFor('confidence', 'high', t),
      t('popup_failed_requests', ['3']),
      t('popup_main_frame'),
    ]) {
      expect(inCard.getByText(visible)).toBeTruthy();
    }
  });

  it('shows the evidence only when asked, with the list record, address and raw error', () => {
    const { t, container, getByText } = show(readyState([listedPage, collateralPart]), locale);
    expect(container.querySelectorAll('dt')).toHaveLength(0);

    const collateralCard = container.querySelector<HTMLElement>('[data-host="api.game.example"]')!;
    fireEvent.click(within(collateralCard).getByText(t('popup_evidence_title')));
    const rows = within(collateralCard);
    expect(rows.getByText('35.192.0.0/12')).toBeTruthy();
    const listName = t('popup_evidence_list_name', ['ru-registry']);
    const range = collateralPart.evidence[0] as ListRecord;
    expect(rows.getByText(`${describeRecord(range, t, 'as-written')}, ${listName}`)).toBeTruthy();
    expect(rows.getByText(t('popup_evidence_address_response', ['35.200.1.9']))).toBeTruthy();
    expect(rows.getByText('net::ERR_CONNECTION_TIMED_OUT')).toBeTruthy();
    expect(rows.getByText('https://api.game.example/v1/session')).toBeTruthy();
    expect(rows.getByText(t('popup_evidence_kind_count', [labelFor('kind', 'tcp-timeout', t), '2']))).toBeTruthy();

    const listedCard = container.querySelector<HTMLElement>('[data-host="telegram.org"]')!;
    expect(within(listedCard).queryByText('net::ERR_CONNECTION_RESET')).toBeNull();
    fireEvent.click(within(listedCard).getByText(t('popup_evidence_title')));
    const domain = listedPage.evidence[0] as ListRecord;
    expect(getByText(`${describeRecord(domain, t, 'as-written')}, ${listName}`)).toBeTruthy();
    expect(within(listedCard).getByText('net::ERR_CONNECTION_RESET')).toBeTruthy();
  });

  it('says that the list names the parent domain, not this host, for a parent hit', () => {
    const { t, container, cards, verdict } = show(readyState([parentListedPage]), locale);
    expect(verdict()?.dataset.verdict).toBe('listed');
    expect(verdict()?.textContent).toBe(t('popup_verdict_page_listed_parent', ['web.telegram.org', 'telegram.org']));
    const [card] = cards();
    expect(markers(card!)).toMatchObject({ host: 'web.telegram.org', cause: 'listed', confidence: 'medium' });
    const text = describeFinding(parentListedPage, t);
    expect(text.summary).toContain('web.telegram.org');
    expect(text.detail).toContain(t('explain_listed_parent', ['telegram.org']));
    const inCard = within(card!);
    for (const visible of [text.summary, text.detail, labelFor('confidence', 'medium', t)]) {
      expect(inCard.getByText(visible)).toBeTruthy();
    }
    fireEvent.click(inCard.getByText(t('popup_evidence_title')));
    expect(inCard.getByText(t('popup_evidence_list_parent'))).toBeTruthy();
    expect(inCard.queryByText(t('popup_evidence_list_domain'))).toBeNull();
    expect(within(container).getAllByText('telegram.org').length).toBeGreaterThan(0);
  });

  it('says only parts are blocked when the page itself loaded', () => {
    const { t, verdict, cards } = show(readyState([suspectedPart, collateralPart]), locale);
    expect(verdict()?.dataset.verdict).toBe('none');
    expect(verdict()?.textContent).toBe(t('popup_verdict_parts_collateral'));
    expect(cards().map(markers)).toEqual([
      { host: 'api.game.example', kind: 'tcp-timeout', cause: 'collateral', mechanism: 'ip', confidence: 'high' },
      { host: 'news.example', kind: 'http-blockpage', cause: 'suspected', mechanism: 'blockpage', confidence: 'medium' },
    ]);
  });

  it('does not call a site outage blocking', () => {
    const { t, verdict, cards } = show(readyState([siteProblemPage]), locale);
    expect(verdict()?.dataset.verdict).toBe('site-problem');
    expect(verdict()?.textContent).toBe(t('popup_verdict_page_site_problem', ['shop.example']));
    expect(markers(cards()[0]!)).toMatchObject({ cause: 'site-problem', mechanism: 'none', kind: 'http-error' });
  });

  it('shows a suspected page with its block-page redirect', () => {
    const page = { ...suspectedPart, mainFrame: true };
    const { t, verdict, container } = show(readyState([page]), locale);
    expect(verdict()?.dataset.verdict).toBe('suspected');
    expect(verdict()?.textContent).toBe(t('popup_verdict_page_suspected', ['news.example']));
    fireEvent.click(within(container).getByText(t('popup_evidence_title')));
    expect(within(container).getByText(t('popup_evidence_redirect'))).toBeTruthy();
    expect(within(container).getByText('warning.rt.ru')).toBeTruthy();
  });

  it('explains hosts blocked on this device in full when nothing looks blocked', () => {
    const { t, verdict, cards, queryByRole } = show(readyState([localPart]), locale);
    expect(verdict()?.dataset.verdict).toBe('none');
    expect(verdict()?.textContent).toBe(t('popup_verdict_parts_local'));
    expect(cards().map(markers)).toEqual([
      { host: 'ads.example', kind: 'local', cause: 'local', mechanism: 'none', confidence: 'high' },
    ]);
    expect(within(cards()[0]!).getByText(describeFinding(localPart, t).advice)).toBeTruthy();
    expect(queryByRole('button')).toBeNull();
  });

  it('folds hosts blocked on this device away when others look blocked, with their advice in the disclosure', () => {
    const { t, cards, getByRole } = show(readyState([localPart, listedPage]), locale);
    expect(cards().map((card) => card.dataset.host)).toEqual(['telegram.org']);
    const toggle = getByRole('button', { name: t('popup_rest_toggle', ['1']) });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const local = cards()[1]!;
    expect(markers(local)).toEqual({
      host: 'ads.example',
      kind: 'local',
      cause: 'local',
      mechanism: 'none',
      confidence: 'high',
    });
    const text = describeFinding(localPart, t);
    expect(within(local).getByText(text.summary)).toBeTruthy();
    expect(within(local).queryByText(text.advice)).toBeNull();
    fireEvent.click(within(local).getByText(t('popup_details_title')));
    expect(within(local).getByText(text.advice)).toBeTruthy();
    expect(within(local).getByText('net::ERR_BLOCKED_BY_CLIENT')).toBeTruthy();
    fireEvent.click(toggle);
    expect(cards()).toHaveLength(1);
  });

  it('has a clear empty state and the list in the footer', () => {
    const { t, verdict, cards, getByText, container } = show(readyState([]), locale);
    expect(verdict()?.dataset.verdict).toBe('none');
    expect(verdict()?.textContent).toBe(t('popup_verdict_clear'));
    expect(cards()).toHaveLength(0);
    expect(getByText(t('popup_empty_watches'))).toBeTruthy();
    expect(getByText(t('popup_empty_since'))).toBeTruthy();
    expect(getByText(t('popup_list_ready', ['ru-registry', describeDate('2024-05-01', t)]))).toBeTruthy();
    expect(container.querySelector('[data-list-state]')?.getAttribute('data-list-state')).toBe('ready');
  });

  it('shows a loading state before storage is read', () => {
    const { t, verdict, getByRole, container } = show({ phase: 'loading' }, locale);
    expect(verdict()).toBeNull();
    expect(getByRole('status').textContent).toBe(t('popup_loading'));
    expect(container.querySelector('.popup')?.getAttribute('aria-busy')).toBe('true');
  });

  it('says when the list is still loading', () => {
    const { t, getByText } = show(readyState([listedPage], { state: 'loading' }), locale);
    expect(getByText(t('popup_list_loading'))).toBeTruthy();
  });

  it('says when the list failed to load, with the error and what to do', () => {
    const failed = { state: 'failed', message: 'snapshot: bad magic 0x00000000' } as const;
    const { t, getByRole } = show(readyState([listedPage], failed), locale);
    const alert = getByRole('alert');
    expect(within(alert).getByText(t('popup_list_failed'))).toBeTruthy();
    expect(within(alert).getByText('snapshot: bad magic 0x00000000')).toBeTruthy();
    expect(within(alert).getByText(t('popup_list_failed_advice'))).toBeTruthy();
  });
});

describe('popup wording', () => {
  it.each([
    {
      locale: 'en' as const,
      verdict: 'This page is blocked: telegram.org is on the blocklist',
      record: 'Роскомнадзор, decision 2-1779/2018 of 2018-04-13, list: ru-registry',
      footer: 'Blocklist: ru-registry, dated 2024-05-01',
    },
    {
      locale: 'ru' as const,
      verdict: 'Страница заблокирована: telegram.org есть в списке блокировок',
      record: 'Роскомнадзор, решение 2-1779/2018 от 13.04.2018, список: ru-registry',
      footer: 'Список блокировок: ru-registry от 01.05.2024',
    },
  ])('reads naturally in $locale', ({ locale, verdict, record, footer }) => {
    const { t, container, getByText } = show(readyState([listedPage]), locale);
    expect(container.querySelector('[data-verdict]')?.textContent).toBe(verdict);
    expect(container.querySelector('footer [data-list-name]')?.textContent).toBe(footer);
    fireEvent.click(getByText(t('popup_evidence_title')));
    expect(getByText(record)).toBeTruthy();
  });
});

describe('popup on a busy page', () => {
  const page = finding({ host: 'portal.example', mainFrame: true, cause: 'site-problem', mechanism: 'none', count: 1 });

  it('puts the main frame first, then blocked hosts worst first, and folds away the other 490', () => {
    const { t, cards, getByRole } = show(readyState([...busyPage(9, 490), page]));
    const shown = cards();
    expect(shown).toHaveLength(10);
    expect(shown[0]!.dataset.host).toBe('portal.example');
    expect(shown.slice(1).every((card) => card.dataset.cause === 'listed')).toBe(true);
    const counts = shown.slice(1).map((card) => Number(card.dataset.host!.match(/\d+/)![0]) % 5);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));

    fireEvent.click(getByRole('button', { name: t('popup_rest_toggle', ['490']) }));
    expect(cards()).toHaveLength(10 + FINDINGS_PAGE_SIZE);
    expect(cards().slice(10).every((card) => card.dataset.cause === 'site-problem')).toBe(true);
    const left = 490 - FINDINGS_PAGE_SIZE;
    fireEvent.click(getByRole('button', { name: t('popup_show_more', [String(FINDINGS_PAGE_SIZE), String(left)]) }));
    expect(cards()).toHaveLength(10 + 2 * FINDINGS_PAGE_SIZE);
  });

  it('renders a page of hosts at a time and no evidence rows until asked', () => {
    const { t, cards, container, getByRole } = show(readyState(busyPage(500, 0)));
    expect(cards()).toHaveLength(FINDINGS_PAGE_SIZE);
    expect(container.querySelectorAll('dt')).toHaveLength(0);
    const more = getByRole('button', {
      name: t('popup_show_more', [String(FINDINGS_PAGE_SIZE), String(500 - FINDINGS_PAGE_SIZE)]),
    });
    fireEvent.click(more);
    expect(cards()).toHaveLength(2 * FINDINGS_PAGE_SIZE);
  });
});

describe('popup of a flooded tab', () => {
  it.each<Locale>(['en', 'ru', 'uk', 'fa'])('says in %s how many failing hosts were only counted', (locale) => {
    const { t, container } = show({ ...readyState(busyPage(5, 195)), dropped: { hosts: 100, requests: 140 } }, locale);
    const note = container.querySelector<HTMLElement>('[data-dropped-hosts]');
    expect(note?.dataset).toMatchObject({ droppedHosts: '100', droppedRequests: '140' });
    expect(note?.textContent).toBe(t('popup_dropped', ['100', '140']));
    expect(note?.textContent).toMatch(/100.*140/);
  });

  it('says nothing of it when the tab kept every failing host', () => {
    expect(show(readyState(busyPage(5, 0))).container.querySelector('[data-dropped-hosts]')).toBeNull();
  });
});

describe('popup safety', () => {
  it('renders a hostile host name as text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const entry = { ...(listedPage.evidence[0] as ListRecord), type: 'list-domain' as const, entry: hostile };
    const evil: Finding = { ...listedPage, host: hostile, url: `https://x/${hostile}`, evidence: [entry] };
    const { t, container, cards, verdict } = show({ ...readyState([evil]), pageHost: hostile });
    expect(container.querySelector('img')).toBeNull();
    expect(cards()[0]!.dataset.host).toBe(hostile);
    expect(verdict()?.textContent).toBe(t('popup_verdict_page_listed', [hostile]));
    expect(container.querySelector('.finding-host')?.textContent).toBe(hostile);
    expect(container.querySelector('.popup-host')?.textContent).toBe(hostile);
  });

  it('renders a hostile parent entry as text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const entry = { ...(listedPage.evidence[0] as ListRecord), type: 'list-domain' as const, entry: hostile };
    const sub: Finding = { ...parentListedPage, evidence: [entry] };
    const { t, container, verdict } = show(readyState([sub]));
    fireEvent.click(within(container).getByText(t('popup_evidence_title')));
    expect(container.querySelector('img')).toBeNull();
    expect(verdict()?.textContent).toBe(t('popup_verdict_page_listed_parent', ['web.telegram.org', hostile]));
    expect(within(container).getByText(hostile)).toBeTruthy();
  });
});
