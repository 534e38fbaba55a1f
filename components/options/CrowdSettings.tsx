// The options page's crowd section: what the popup's crowd counts are, what asking for them reveals
// (a hash prefix of the domain, nothing more), and the switch, off by default and apart from reports.
import { useState } from 'preact/hooks';
import type { Translate } from '../../lib/explain/translate';
import type { SettingsStore } from '../../shells/contracts/settings-store';
import { errorMessage } from '../shared/error-message';
import { useSettings } from '../shared/use-settings';
import './crowd-settings.css';

export function CrowdSettings({ store, t }: { store: SettingsStore; t: Translate }) {
  const [view, showSettings] = useSettings(store);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const save = async (enabled: boolean) => {
    setBusy(true);
    setFailure(null);
    try {
      showSettings(await store.update((current) => ({ ...current, crowd: { enabled } })));
    } catch (error) {
      setFailure(t('crowd_save_failed', [errorMessage(error)]));
    } finally {
      setBusy(false);
    }
  };

  const settings = view.phase === 'ready' ? view.settings : null;
  const collectorUrl = settings?.reports.collectorUrl ?? '';
  return (
    <section class="card crowd-settings" aria-labelledby="crowd-title" data-crowd-setting={settings?.crowd.enabled ? 'on' : 'off'}>
      <h2 id="crowd-title">{t('crowd_title')}</h2>
      <p>{t('crowd_explain')}</p>
      <p>{t('crowd_privacy')}</p>
      {view.phase === 'error' && (
        <p class="notice notice-error" role="alert">
          {t('crowd_load_failed', [view.message])}
        </p>
      )}
      {settings && (
        <>
          <label class="crowd-switch">
            <input
              type="checkbox"
              id="crowd-enabled"
              checked={settings.crowd.enabled}
              disabled={busy}
              aria-describedby="crowd-collector"
              onChange={(event) => void save(event.currentTarget.checked)}
            />
            {t('crowd_switch')}
          </label>
          <p id="crowd-collector" class="hint" data-crowd-collector={collectorUrl === '' ? 'none' : 'set'}>
            {collectorUrl === '' ? t('crowd_collector_none') : t('crowd_collector_set', [collectorUrl])}
          </p>
        </>
      )}
      <div aria-live="polite">{failure !== null && <p class="notice notice-error">{failure}</p>}</div>
    </section>
  );
}
