// @vitest-environment happy-dom
import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CrowdLookupContext } from '../../../../components/popup/crowd-lookup-context';
import { Popup } from '../../../../components/popup/Popup';
import { CrowdCache } from '../../../../lib/crowd/crowd-cache';
import { crowdLookup, type CrowdLookup } from '../../../../lib/crowd/crowd-lookup';
import type { CrowdCounts } from '../../../../lib/crowd/crowd-counts';
import { labelFor } from '../../../../lib/explain/describe-finding';
import { MemorySessionArea } from '../../helpers/memory-session-area';
import { messagesTranslate, type Locale } from '../../helpers/messages-translate';
import { StatsCollector } from '../../crowd/stats-collector';
import { collateralPart, listedPage, readyState } from '../popup-fixtures';

afterEach(cleanup);

const TELEGRAM: CrowdCounts = { last24h: { listed: 4, suspected: 1 }, last7d: { listed: 12, suspected: 3, collateral: 2 } };

function open(locale: Locale, lookup: CrowdLookup | null) {
  const t = messagesTranslate(locale);
  const view = render(
    <CrowdLookupContext.Provider value={lookup}>
      <Popup state={readyState([listedPage, collateralPart])} t={t} />
    </CrowdLookupContext.Provider>,
  );
  const crowd = (host: string) => view.container.querySelector<HTMLElement>(`[data-host="${host}"] [data-crowd]`);
  return { ...view, t, crowd };
}

function lookupOver(collector: StatsCollector): CrowdLookup {
  return crowdLookup({ collectorUrl: 'https://collector.example.org', fetch: collector.fetch, cache: new CrowdCache(new MemorySessionArea(), Date.now) });
}

describe.each<Locale>(['en', 'ru', 'uk', 'fa'])('crowd counts in the popup, in %s', (locale) => {
  it('renders the findings at once and fills the counts in when they arrive', async () => {
    const collector = new StatsCollector({ 'telegram.org': TELEGRAM });
    let answer = () => {};
    collector.held = new Promise((resolve) => (answer = resolve));
    const { t, crowd, container } = open(locale, lookupOver(collector));
    expect(container.querySelector(`[data-host="${listedPage.host}"]`)).not.toBeNull();
    await waitFor(() => expect(collector.requests).toHaveLength(1));
    expect(crowd(listedPage.host)).toBeNull();

    answer();
    await waitFor(() => expect(crowd(listedPage.host)?.dataset.crowd).toBe('counts'));
    const shown = crowd(listedPage.host)!;
    const marks = ['data-crowd-domain', 'data-crowd-24h', 'data-crowd-7d'].map((name) => shown.getAttribute(name));
    expect(marks).toEqual(['telegram.org', '5', '17']);
    expect(shown.textContent).toContain(t('crowd_counts', ['telegram.org', '5', '17']));
    const rows = [...shown.querySelectorAll('tbody tr')].map((row) => [
      (row as HTMLElement).dataset.crowdCause,
      [...row.children].map((cell) => cell.textContent),
    ]);
    expect(rows).toEqual([
      ['listed', [labelFor('cause', 'listed', t), '4', '12']],
      ['collateral', [labelFor('cause', 'collateral', t), '0', '2']],
      ['suspected', [labelFor('cause', 'suspected', t), '1', '3']],
    ]);
  });

  it('says quietly when the collector holds too few reports, or cannot be asked', async () => {
    const few = open(locale, lookupOver(new StatsCollector({})));
    await waitFor(() => expect(few.crowd(listedPage.host)?.dataset.crowd).toBe('none'));
    expect(few.crowd(listedPage.host)?.textContent).toBe(few.t('crowd_none', ['telegram.org']));
    cleanup();

    const down = new StatsCollector({ 'telegram.org': TELEGRAM });
    down.down = true;
    const unavailable = open(locale, lookupOver(down));
    await waitFor(() => expect(unavailable.crowd(listedPage.host)?.dataset.crowd).toBe('unavailable'));
    expect(unavailable.crowd(listedPage.host)?.textContent).toBe(unavailable.t('crowd_unavailable'));
    // The rest of the popup is as it always is.
    expect(unavailable.container.querySelector('[data-verdict]')?.getAttribute('data-verdict')).toBe('listed');
  });
});

describe('crowd counts off, or about hosts no report names', () => {
  it('shows nothing and asks nothing', async () => {
    const collector = new StatsCollector({ 'telegram.org': TELEGRAM });
    const off = open('en', null);
    expect(off.container.querySelector('[data-crowd]')).toBeNull();
    cleanup();

    const on = open('en', lookupOver(collector));
    await waitFor(() => expect(on.crowd(listedPage.host)).not.toBeNull());
    // api.game.example is under a special-use name: never reported, never asked about.
    expect(on.crowd(collateralPart.host)).toBeNull();
    expect(collector.requests).toHaveLength(1);
  });
});
