// @vitest-environment happy-dom
import type { ListRecord } from '@blocklens/vocabulary';
import { cleanup, fireEvent, render, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LookupPage } from '../../../../components/lookup/LookupPage';
import { compileSnapshot } from '../../../../lib/blocklist/compile/compile-snapshot';
import type { BlocklistMatcher } from '../../../../lib/blocklist/format/types';
import { loadSnapshot } from '../../../../lib/blocklist/lookup/load-snapshot';
import { answerListLookup, type ListLookupReply } from '../../../../lib/messages/list-lookup';
import { messagesTranslate, type Locale } from '../../helpers/messages-translate';

afterEach(cleanup);

const RKN: ListRecord = { list: 'ru-registry', authority: 'Роскомнадзор', decision: '2-1779/2018', date: '2018-04-13' };
const GP: ListRecord = { list: 'ru-registry', authority: 'Генпрокуратура', decision: '27-31-2015/Ид4082-15', date: '2015-12-04' };
const ODD: ListRecord = { list: '<b>extra</b>', authority: '', decision: '<img src=x onerror=alert(1)>', date: '' };

let listed: Promise<BlocklistMatcher> | undefined;
function matcher(): Promise<BlocklistMatcher> {
  return (listed ??= compileSnapshot(
    [
      { record: RKN, domains: ['rutracker.org'], wildcards: ['casino.com'], urls: [], addresses: ['35.192.0.0/12'] },
      { record: GP, domains: [], wildcards: [], urls: [], addresses: ['35.200.1.9'] },
      { record: ODD, domains: ['odd.example'], wildcards: [], urls: [], addresses: [] },
      { network: { range: '104.16.0.0/13', name: 'Cloudflare', since: '2025-06-09' } },
      { network: { range: '8.8.8.0/24', name: '<b>Google</b>', since: '' } },
    ],
    { name: 'ru-registry', date: '2018-05-05' },
  ).then(({ bytes }) => loadSnapshot(bytes.slice().buffer)));
}

const fromList = async (query: string): Promise<ListLookupReply> => answerListLookup(await matcher(), query);

function open(locale: Locale = 'en', lookUp = fromList, initialQuery?: string) {
  const t = messagesTranslate(locale);
  const view = render(<LookupPage lookUp={lookUp} t={t} initialQuery={initialQuery} />);
  const input = view.getByLabelText(t('lookup_label')) as HTMLInputElement;
  const results = view.container.querySelector<HTMLElement>('.lookup-results')!;
  const live = results.querySelector<HTMLElement>('[aria-live="polite"]')!;
  /** Types `query` and submits the form, as Enter in the field does. */
  const lookUpTyped = async (query: string, outcome = 'answered') => {
    fireEvent.input(input, { target: { value: query } });
    fireEvent.submit(input.closest('form')!);
    await waitFor(() => expect(results.dataset.lookup).toBe(outcome));
  };
  const entries = () => [...results.querySelectorAll<HTMLElement>('.lookup-hit')].map((hit) => [hit.dataset.entryType, hit.dataset.entry]);
  return { ...view, t, input, results, live, lookUpTyped, entries };
}

describe.each<Locale>(['en', 'ru', 'uk', 'fa'])('the lookup page in %s', (locale) => {
  it('says what it does and that nothing is sent, with nothing looked up yet', () => {
    const { t, getByText, results } = open(locale);
    for (const key of ['lookup_title', 'lookup_intro', 'lookup_local', 'lookup_hint', 'lookup_idle']) expect(getByText(t(key))).toBeTruthy();
    expect(results.dataset.lookup).toBe('idle');
  });

  it('shows a listed host with its authority, decision, date and list, announced', async () => {
    const { t, live, results, lookUpTyped, entries } = open(locale);
    await lookUpTyped('rutracker.org');
    expect(live.textContent).toBe(t('lookup_found', ['rutracker.org', '1']));
    expect(entries()).toEqual([['list-domain', 'rutracker.org']]);
    const record = within(results.querySelector('.lookup-hit')!);
    for (const text of ['Роскомнадзор', '2-1779/2018', t('evidence_date', ['2018', '04', '13']), 'ru-registry']) expect(record.getByText(text)).toBeTruthy();
    expect(results.querySelector('.lookup-list')!.textContent).toBe(t('lookup_list', ['ru-registry', t('evidence_date', ['2018', '05', '05'])]));
  });

  it('names a parent domain and a wildcard for a host under them', async () => {
    const { t, lookUpTyped, entries, results } = open(locale);
    await lookUpTyped('www.rutracker.org');
    expect(entries()).toEqual([['list-domain', 'rutracker.org']]);
    expect(results.querySelector('.lookup-entry-label')!.textContent).toBe(t('popup_evidence_list_parent'));
    await lookUpTyped('a.casino.com');
    expect(entries()).toEqual([['list-wildcard', '*.casino.com']]);
    expect(results.querySelector('.lookup-entry-label')!.textContent).toBe(t('popup_evidence_list_wildcard'));
  });

  it('says an address lies in a listed range, with the address and every range', async () => {
    const { t, live, lookUpTyped, entries } = open(locale);
    await lookUpTyped('35.200.1.9');
    expect(entries()).toEqual([['list-ip', '35.200.1.9'], ['list-range', '35.192.0.0/12']]);
    expect(live.querySelector<HTMLElement>('[data-in-range]')!.dataset.inRange).toBe('yes');
    expect(live.textContent).toContain(t('lookup_in_range', ['35.200.1.9']));
    await lookUpTyped('8.8.8.8');
    expect(live.querySelector<HTMLElement>('[data-in-range]')!.dataset.inRange).toBe('no');
  });

  it('names the hosting network of an address, as text, and since when connections to it are cut', async () => {
    const { t, live, lookUpTyped } = open(locale);
    await lookUpTyped('104.16.0.1');
    const cut = live.querySelector<HTMLElement>('.lookup-network')!;
    expect(cut.textContent).toBe(t('lookup_network_cut', ['Cloudflare', '104.16.0.0/13', t('evidence_date', ['2025', '06', '09'])]));
    expect({ ...cut.dataset }).toEqual({ network: 'Cloudflare', networkRange: '104.16.0.0/13', networkSince: '2025-06-09' });
    await lookUpTyped('http://8.8.8.8/');
    const named = live.querySelector<HTMLElement>('.lookup-network')!;
    expect(named.textContent).toBe(t('lookup_network', ['<b>Google</b>', '8.8.8.0/24']));
    expect(named.querySelector('b')).toBeNull();
    await lookUpTyped('35.200.1.9');
    expect(live.querySelector('.lookup-network')).toBeNull();
  });

  it('says when nothing matches, and that a name has no address looked up', async () => {
    const { t, live, getByText, lookUpTyped, entries } = open(locale);
    await lookUpTyped('example.net');
    expect(entries()).toEqual([]);
    expect(live.textContent).toBe(t('lookup_not_found', ['example.net']));
    expect(getByText(t('lookup_name_no_address'))).toBeTruthy();
  });

  it('says why a query cannot be looked up', async () => {
    const { t, live, lookUpTyped } = open(locale);
    await lookUpTyped('10.0.0.0/8', 'unusable');
    expect(live.textContent).toBe(t('lookup_problem_range', ['10.0.0.0/8']));
    await lookUpTyped('   ', 'unusable');
    expect(live.textContent).toBe(t('lookup_problem_empty'));
  });
});

describe('the lookup page', () => {
  it('says how it read a Unicode name, a port and a URL', async () => {
    const { t, getByText, lookUpTyped } = open();
    await lookUpTyped('Президент.РФ');
    expect(getByText(t('lookup_as_host', ['xn--d1abbgf6aiiy.xn--p1ai']))).toBeTruthy();
    await lookUpTyped('rutracker.org:443');
    expect(getByText(t('lookup_port_left_out', ['rutracker.org']))).toBeTruthy();
    await lookUpTyped('https://RuTracker.org/forum/');
    expect(getByText(t('lookup_as_url', ['https://rutracker.org/forum/', 'rutracker.org']))).toBeTruthy();
  });

  it('renders list text as text, never as markup', async () => {
    const { results, lookUpTyped } = open();
    await lookUpTyped('odd.example');
    expect(results.querySelector('img, b')).toBeNull();
    expect(results.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(results.textContent).toContain('<b>extra</b>');
  });

  it('says "not given" for what a record leaves out', async () => {
    const { t, results, lookUpTyped } = open();
    await lookUpTyped('odd.example');
    expect(within(results).getAllByText(t('lookup_not_given'))).toHaveLength(2);
  });

  it('shows loading while the worker answers, then the answer', async () => {
    let answer!: (reply: ListLookupReply) => void;
    const { t, live, results, input } = open('en', () => new Promise((resolve) => (answer = resolve)));
    fireEvent.input(input, { target: { value: 'rutracker.org' } });
    fireEvent.submit(input.closest('form')!);
    expect(results.dataset.lookup).toBe('loading');
    expect(live.textContent).toBe(t('lookup_loading'));
    answer(await fromList('rutracker.org'));
    await waitFor(() => expect(results.dataset.lookup).toBe('answered'));
  });

  it('shows only the latest lookup when an earlier answer comes late', async () => {
    const pending: ((reply: ListLookupReply) => void)[] = [];
    const { results, input } = open('en', () => new Promise((resolve) => pending.push(resolve)));
    for (const query of ['rutracker.org', 'example.net']) {
      fireEvent.input(input, { target: { value: query } });
      fireEvent.submit(input.closest('form')!);
    }
    pending[1]!(await fromList('example.net'));
    pending[0]!(await fromList('rutracker.org'));
    await waitFor(() => expect(results.dataset.lookup).toBe('answered'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(results.querySelector<HTMLElement>('.lookup-verdict')!.dataset.hits).toBe('0');
  });

  it('says when there is no list, and when the worker does not answer', async () => {
    const noList = open('en', async () => ({ outcome: 'no-list' }));
    await noList.lookUpTyped('rutracker.org', 'no-list');
    expect(noList.live.textContent).toBe(noList.t('lookup_no_list'));
    cleanup();
    const failed = open('en', () => Promise.reject(new Error('the worker did not answer')));
    await failed.lookUpTyped('rutracker.org', 'failed');
    expect(failed.live.textContent).toBe(failed.t('lookup_failed'));
    expect(failed.results.querySelector('.lookup-detail')!.textContent).toBe('the worker did not answer');
  });

  it('looks up the query it opens with', async () => {
    const { input, results, entries } = open('en', fromList, 'rutracker.org');
    expect(input.value).toBe('rutracker.org');
    await waitFor(() => expect(results.dataset.lookup).toBe('answered'));
    expect(entries()).toEqual([['list-domain', 'rutracker.org']]);
  });

  it('keeps hosts, addresses and entries left to right in Persian', async () => {
    const { input, results, lookUpTyped } = open('fa');
    expect(input.dir).toBe('ltr');
    await lookUpTyped('35.200.1.9');
    for (const entry of results.querySelectorAll('.lookup-entry-text')) expect(entry.getAttribute('dir')).toBe('ltr');
  });
});
