// The options page's list updates section (lists.md): what following the list channel downloads,
// from where, how often and what the server learns; the switch, off by default; the list in use;
// the last check and its error with what to do; "check now" and "return to the bundled list".
import { useEffect, useState } from 'preact/hooks';
import type { BlocklistStatus } from '../../lib/blocklist/owner/blocklist-status';
import type { Translate } from '../../lib/explain/translate';
import { isListOutOfDate } from '../../lib/list-updates/list-age';
import type { ListUpdatesView } from '../../lib/list-updates/list-updater';
import type { ListUpdatesAccess } from '../../shells/contracts/list-updates-access';
import type { SettingsStore } from '../../shells/contracts/settings-store';
import { errorMessage } from '../shared/error-message';
import { formatTime } from '../shared/format-time';
import { useSettings } from '../shared/use-settings';
import './crowd-settings.css';

export interface ListUpdatesProps {
  store: SettingsStore;
  lists: ListUpdatesAccess;
  t: Translate;
  lang: string;
  now?: () => number;
}

export function ListUpdates({ store, lists, t, lang, now = Date.now }: ListUpdatesProps) {
  const [view, showSettings] = useSettings(store);
  const [updates, setUpdates] = useState<ListUpdatesView | null>(null);
  const [inUse, setInUse] = useState<BlocklistStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const refresh = async () => {
    try {
      const [next, status] = await Promise.all([lists.view(), lists.inUse()]);
      setUpdates(next);
      setInUse(status);
    } catch (error) {
      setFailure(t('lists_action_failed', [errorMessage(error)]));
    }
  };
  useEffect(() => {
    void refresh();
    return lists.watch(() => void refresh());
  }, [lists]);

  const act = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setFailure(null);
    try {
      await action();
      await refresh();
    } catch (error) {
      setFailure(t('lists_action_failed', [errorMessage(error)]));
    } finally {
      setBusy(false);
    }
  };

  const settings = view.phase === 'ready' ? view.settings : null;
  const hasChannel = settings !== null && settings.lists.channel !== '' && settings.lists.publicKey !== '';
  const on = settings?.lists.updates ?? false;
  const setOn = (updates: boolean) =>
    act(async () => {
      showSettings(await store.update((current) => ({ ...current, lists: { ...current.lists, updates } })));
      // Turning on checks at once in the worker; give it a moment to say how that went.
      if (updates) await lists.checkNow();
    });
  // Returning to the bundled list stops following the channel too, or the next check would undo it.
  const useBundled = () =>
    act(async () => {
      showSettings(await store.update((current) => ({ ...current, lists: { ...current.lists, updates: false } })));
      await lists.useBundled();
    });
  const error = updates?.state.error ?? null;

  return (
    <section
      class="card list-updates"
      aria-labelledby="lists-title"
      data-lists-setting={on ? 'on' : 'off'}
      data-lists-channel={hasChannel ? 'set' : 'none'}
    >
      <h2 id="lists-title">{t('lists_title')}</h2>
      <p>{t('lists_explain')}</p>
      {settings && hasChannel && <p>{t('lists_source', [settings.lists.channel])}</p>}
      <p>{t('lists_privacy')}</p>
      {view.phase === 'error' && (
        <p class="notice notice-error" role="alert">
          {t('lists_action_failed', [view.message])}
        </p>
      )}
      {settings && !hasChannel && (
        <p class="notice" data-lists-no-channel>
          {t('lists_no_channel')}
        </p>
      )}
      {settings && hasChannel && (
        <label class="crowd-switch">
          <input
            type="checkbox"
            id="lists-updates"
            checked={on}
            disabled={busy}
            onChange={(event) => void setOn(event.currentTarget.checked)}
          />
          {t('lists_switch')}
        </label>
      )}
      <ListInUse status={inUse} t={t} now={now()} />
      {updates && (
        <p class="hint" data-list-last-check={updates.state.lastCheck ?? 'never'}>
          {updates.state.lastCheck === null
            ? t('lists_never_checked')
            : t('lists_last_check', [formatTime(updates.state.lastCheck, lang)])}
        </p>
      )}
      {error && (
        <div class="notice notice-error" role="alert" data-list-error={error.kind}>
          <p>{t('lists_error_title')}</p>
          <p dir="ltr">{error.message}</p>
          <p>{t(`lists_error_${error.kind}`)}</p>
        </div>
      )}
      {settings && hasChannel && (
        <p class="actions">
          <button type="button" id="lists-check-now" disabled={busy || !on} onClick={() => void act(() => lists.checkNow())}>
            {busy ? t('lists_checking') : t('lists_check_now')}
          </button>{' '}
          {updates?.stored && (
            <button type="button" id="lists-use-bundled" disabled={busy} onClick={() => void useBundled()}>
              {t('lists_use_bundled')}
            </button>
          )}
        </p>
      )}
      <div aria-live="polite">{failure !== null && <p class="notice notice-error">{failure}</p>}</div>
    </section>
  );
}

/** The list in use, with the markers lists.md fixes, and whether it is out of date. */
export function ListInUse({ status, t, now }: { status: BlocklistStatus | null; t: Translate; now: number }) {
  if (status?.state !== 'ready') return null;
  const { name, date } = status.info;
  const version = status.channelVersion === undefined ? 'bundled' : String(status.channelVersion);
  const old = isListOutOfDate(date, now);
  return (
    <div class="list-in-use" data-list-name={name} data-list-version={version} data-list-date={date} data-list-out-of-date={old ? 'yes' : 'no'}>
      <p>
        {t('lists_in_use', [
          name,
          status.channelVersion === undefined ? t('lists_version_bundled') : t('lists_version_channel', [version]),
          date,
        ])}
      </p>
      {old && <p class="notice tone-listed">{t('lists_out_of_date')}</p>}
    </div>
  );
}
