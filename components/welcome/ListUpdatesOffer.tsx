// The first-run page's offer of list updates (lists.md): the same words as the options page about
// what is downloaded, from where, how often and what the server learns; a switch, off by default,
// that only changes the setting (the worker checks at once when it turns on). A build without a
// channel says it has none instead of offering anything.
import { useState } from 'preact/hooks';
import type { Translate } from '../../lib/explain/translate';
import type { Settings } from '../../lib/settings/settings';
import type { SettingsStore } from '../../shells/contracts/settings-store';
import { errorMessage } from '../shared/error-message';
import type { SettingsView } from '../shared/use-settings';
import '../options/crowd-settings.css';

export interface ListUpdatesOfferProps {
  store: SettingsStore;
  view: SettingsView;
  onSaved: (settings: Settings) => void;
  t: Translate;
}

export function ListUpdatesOffer({ store, view, onSaved, t }: ListUpdatesOfferProps) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [answered, setAnswered] = useState(false);
  if (view.phase !== 'ready') return null;
  const { lists } = view.settings;
  const hasChannel = lists.channel !== '' && lists.publicKey !== '';

  const setOn = async (updates: boolean) => {
    setBusy(true);
    setFailure(null);
    try {
      onSaved(await store.update((current) => ({ ...current, lists: { ...current.lists, updates } })));
      setAnswered(true);
    } catch (error) {
      setFailure(t('lists_action_failed', [errorMessage(error)]));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section
      class="card list-updates-offer"
      aria-labelledby="welcome-lists-title"
      data-lists-setting={lists.updates ? 'on' : 'off'}
      data-lists-channel={hasChannel ? 'set' : 'none'}
    >
      <h2 id="welcome-lists-title">{t('welcome_lists_title')}</h2>
      <p>{t('lists_explain')}</p>
      {hasChannel && <p>{t('lists_source', [lists.channel])}</p>}
      <p>{t('lists_privacy')}</p>
      {hasChannel ? (
        <label class="crowd-switch">
          <input
            type="checkbox"
            id="welcome-lists-updates"
            checked={lists.updates}
            disabled={busy}
            onChange={(event) => void setOn(event.currentTarget.checked)}
          />
          {t('lists_switch')}
        </label>
      ) : (
        <p class="notice" data-lists-no-channel>
          {t('lists_no_channel')}
        </p>
      )}
      <div aria-live="polite">
        {answered && <p class="hint">{lists.updates ? t('welcome_lists_on') : t('welcome_lists_off')}</p>}
        {failure !== null && <p class="notice notice-error">{failure}</p>}
      </div>
    </section>
  );
}
