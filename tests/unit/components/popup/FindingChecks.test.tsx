// @vitest-environment happy-dom
import type { Finding, Recheck } from '@blocklens/vocabulary';
import { cleanup, fireEvent, render, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FindingCard } from '../../../../components/popup/FindingCard';
import { CheckActionsContext } from '../../../../components/popup/check-actions-context';
import type { LookUpReply, RecheckReply } from '../../../../lib/checks/check-replies';
import type { CheckActions } from '../../../../shells/contracts/check-actions';
import { finding } from '../../helpers/finding';
import { messagesTranslate, type Locale } from '../../helpers/messages-translate';

afterEach(cleanup);

/** Check actions whose answers the test hands out when it likes, recording each request. */
function pendingActions() {
  const asked: string[] = [];
  let answerRecheck: (reply: RecheckReply) => void = () => {};
  let answerLookUp: (reply: LookUpReply) => void = () => {};
  const actions: CheckActions = {
    recheck: (host) => {
      asked.push(`recheck ${host}`);
      return new Promise((resolve) => (answerRecheck = resolve));
    },
    lookUp: (host) => {
      asked.push(`lookup ${host}`);
      return new Promise((resolve) => (answerLookUp = resolve));
    },
  };
  return { actions, asked, answerRecheck: (r: RecheckReply) => answerRecheck(r), answerLookUp: (r: LookUpReply) => answerLookUp(r) };
}

function show(shown: Finding, locale: Locale, actions: CheckActions | null) {
  const t = messagesTranslate(locale);
  const view = render(
    <CheckActionsContext.Provider value={actions}>
      <FindingCard finding={shown} t={t} />
    </CheckActionsContext.Provider>,
  );
  const card = view.container.querySelector<HTMLElement>('[data-host]')!;
  return { t, card, inCard: within(card), view };
}

const reset = finding({ host: 'flaky.example.org', cause: 'suspected', mechanism: 'dpi', confidence: 'low' });
/** 2026-11-24 16:25 UTC. */
const AT = Date.UTC(2026, 10, 24, 16, 25);
const loads: Recheck = { at: AT, outcome: 'loads', detail: 'HTTP 200' };

describe.each<Locale>(['en', 'ru', 'uk', 'fa'])('a finding\'s checks in %s', (locale) => {
  it('shows no buttons where nothing can be asked, and a stored check as it is', () => {
    const { card, inCard, t } = show({ ...reset, recheck: loads }, locale, null);
    expect(card.dataset.recheck).toBe('loads');
    expect(inCard.queryAllByRole('button', { name: t('recheck_button') })).toHaveLength(0);
    const time = new Intl.DateTimeFormat(t('popup_language'), { timeStyle: 'short' }).format(AT);
    expect(inCard.getByText(t('recheck_loads', [time]))).toBeTruthy();
  });

  it('says a host still fails, with its error, and words for a timeout', () => {
    const failing = show({ ...reset, recheck: { at: AT, outcome: 'fails', detail: 'net::ERR_CONNECTION_RESET' } }, locale, null);
    expect(failing.card.dataset.recheck).toBe('fails');
    expect(failing.card.textContent).toContain('(net::ERR_CONNECTION_RESET)');
    cleanup();
    const slow = show({ ...reset, recheck: { at: AT, outcome: 'fails', detail: 'timeout' } }, locale, null);
    expect(slow.card.textContent).toContain(`(${slow.t('recheck_detail_timeout')})`);
  });

  it('checks again on a press: busy while it runs, then the outcome', async () => {
    const pending = pendingActions();
    const { card, inCard, t } = show(reset, locale, pending.actions);
    expect(card.dataset.recheck).toBeUndefined();
    fireEvent.click(inCard.getByRole('button', { name: t('recheck_button') }));
    const busy = await inCard.findByRole('button', { name: t('recheck_busy') });
    expect(busy.getAttribute('aria-busy')).toBe('true');
    expect((busy as HTMLButtonElement).disabled).toBe(true);
    expect((inCard.getByRole('button', { name: t('address_lookup_button') }) as HTMLButtonElement).disabled).toBe(true);
    pending.answerRecheck({ ok: true, recheck: loads });
    await inCard.findByRole('button', { name: t('recheck_button') });
    expect(card.textContent).toContain(t('recheck_loads', [new Intl.DateTimeFormat(t('popup_language'), { timeStyle: 'short' }).format(AT)]));
    expect(pending.asked).toEqual(['recheck flaky.example.org']);
  });

  it('looks the address up on a press and says what each resolver answered', async () => {
    const pending = pendingActions();
    const { inCard, t } = show(reset, locale, pending.actions);
    fireEvent.click(inCard.getByRole('button', { name: t('address_lookup_button') }));
    await inCard.findByRole('button', { name: t('address_lookup_busy') });
    pending.answerLookUp({
      ok: true,
      answers: [
        { source: 'dns', answer: { outcome: 'nxdomain' } },
        { source: 'doh', resolver: 'dns.example', answer: { outcome: 'addresses', addresses: ['93.184.215.14', '2001:db8::1'], ttl: 60 } },
      ],
    });
    const expected = `${t('address_lookup_nxdomain', [t('address_lookup_browser')])} ${t('address_lookup_addresses', ['dns.example', '93.184.215.14, 2001:db8::1'])}`;
    expect(await inCard.findByText(expected)).toBeTruthy();
  });

  it('says why a lookup gave nothing, and when the finding is gone', async () => {
    const pending = pendingActions();
    const { inCard, t } = show(reset, locale, pending.actions);
    fireEvent.click(inCard.getByRole('button', { name: t('address_lookup_button') }));
    await inCard.findByRole('button', { name: t('address_lookup_busy') });
    pending.answerLookUp({ ok: true, answers: [{ source: 'doh', resolver: 'dns.example', answer: { outcome: 'failed', failure: 'http-status', detail: 'HTTP 502' } }] });
    expect(await inCard.findByText(t('address_lookup_failed', ['dns.example', `${t('address_failure_http_status')} (HTTP 502)`]))).toBeTruthy();
    fireEvent.click(inCard.getByRole('button', { name: t('recheck_button') }));
    await inCard.findByRole('button', { name: t('recheck_busy') });
    pending.answerRecheck({ ok: false, reason: 'gone' });
    expect(await inCard.findByText(t('recheck_gone'))).toBeTruthy();
  });

  it('offers no lookup for a host that is an address', () => {
    const { inCard, t } = show({ ...reset, host: '35.200.1.9' }, locale, pendingActions().actions);
    expect(inCard.queryByRole('button', { name: t('address_lookup_button') })).toBeNull();
    expect(inCard.getByRole('button', { name: t('recheck_button') })).toBeTruthy();
  });
});
