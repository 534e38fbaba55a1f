// @vitest-environment happy-dom
import { cleanup, fireEvent, render, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage } from '../../../../components/options/OptionsPage';
import type { BlocklistStatus } from '../../../../lib/blocklist/owner/blocklist-status';
import { EMPTY_UPDATE_STATE, type ListUpdatesView } from '../../../../lib/list-updates/list-updater';
import { normaliseSettings } from '../../../../lib/settings/settings';
import type { ListUpdatesAccess } from '../../../../shells/contracts/list-updates-access';
import { messagesTranslate, type Locale } from '../../helpers/messages-translate';
import { harness, NOW } from '../reports/report-page-harness';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const KEY = btoa(String.fromCharCode(...Array.from({ length: 32 }, (_, index) => index)));
const CHANNEL = 'https://lists.example/channel/';
const INFO = { name: 'live', date: '2026-11-20', lists: [], built: '2026-11-20T06:00:00.000Z', counts: { domains: 1, wildcards: 0, urls: 0, ipv4: 0, ipv6: 0, records: 1, networks: 0 } };

function fakeLists(view: ListUpdatesView, status: BlocklistStatus) {
  const calls: string[] = [];
  const lists: ListUpdatesAccess = {
    view: async () => view,
    checkNow: async () => {
      calls.push('check');
      return view;
    },
    useBundled: async () => {
      calls.push('bundled');
      return view;
    },
    inUse: async () => status,
    watch: () => () => undefined,
  };
  return { lists, calls };
}

async function open(locale: Locale, lists: ListUpdatesAccess, channel: boolean) {
  const h = await harness();
  if (channel) await h.store(normaliseSettings({ lists: { updates: false, channel: CHANNEL, publicKey: KEY } }));
  const t = messagesTranslate(locale);
  const view = render(<OptionsPage services={{ ...h.services, lists }} t={t} />);
  const section = (await view.findByRole('heading', { name: t('lists_title') })).closest('section')!;
  return { ...h, ...view, t, section };
}

describe.each<Locale>(['en', 'ru', 'uk', 'fa'])('list updates on the options page in %s', (locale) => {
  it('say so when the build has no channel', async () => {
    const { lists } = fakeLists({ state: EMPTY_UPDATE_STATE, stored: null }, { state: 'ready', info: { ...INFO, date: '2020-01-01' } });
    const { t, section } = await open(locale, lists, false);
    await waitFor(() => expect(section.querySelector('[data-list-version]')).not.toBeNull());
    expect(section.dataset.listsChannel).toBe('none');
    expect(section.textContent).toContain(t('lists_no_channel'));
    expect(within(section).queryByLabelText(t('lists_switch'))).toBeNull();
    const marker = section.querySelector('[data-list-name]') as HTMLElement;
    expect(marker.dataset).toMatchObject({ listName: 'live', listVersion: 'bundled', listDate: '2020-01-01', listOutOfDate: 'yes' });
    expect(section.textContent).toContain(t('lists_out_of_date'));
  });

  it('are off by default, say what the server learns, turn on, check now and return to the bundled list', async () => {
    const view: ListUpdatesView = {
      state: { ...EMPTY_UPDATE_STATE, lastCheck: NOW, error: { kind: 'signature', message: 'manifest signature does not match the public key' } },
      stored: { version: 3, list: { name: 'live', date: INFO.date }, channel: CHANNEL },
    };
    const { lists, calls } = fakeLists(view, { state: 'ready', info: INFO, channelVersion: 3 });
    const { t, section, stored } = await open(locale, lists, true);
    const toggle = (await within(section).findByLabelText(t('lists_switch'))) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    expect(section.textContent).toContain(t('lists_privacy'));
    expect(section.textContent).toContain(t('lists_source', [CHANNEL]));
    await waitFor(() => expect(section.querySelector('[data-list-error]')).not.toBeNull());
    expect((section.querySelector('[data-list-error]') as HTMLElement).dataset.listError).toBe('signature');
    expect(section.textContent).toContain(t('lists_error_signature'));
    const marker = section.querySelector('[data-list-name]') as HTMLElement;
    expect(marker.dataset).toMatchObject({ listVersion: '3', listDate: '2026-11-20', listOutOfDate: 'no' });

    fireEvent.click(toggle);
    await waitFor(() => expect(section.dataset.listsSetting).toBe('on'));
    expect(await stored()).toMatchObject({ lists: { updates: true, channel: CHANNEL } });
    await waitFor(() => expect(calls).toEqual(['check']));
    const checkNow = (await within(section).findByText(t('lists_check_now'))) as HTMLButtonElement;
    await waitFor(() => expect(checkNow.disabled).toBe(false));
    fireEvent.click(checkNow);
    await waitFor(() => expect(calls).toEqual(['check', 'check']));
    const back = within(section).getByText(t('lists_use_bundled')) as HTMLButtonElement;
    await waitFor(() => expect(back.disabled).toBe(false));
    fireEvent.click(back);
    await waitFor(() => expect(calls).toEqual(['check', 'check', 'bundled']));
    await waitFor(() => expect(section.dataset.listsSetting).toBe('off'));
  });
});
