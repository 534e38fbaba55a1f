// The choice itself: the collector address, the country, and turning reports on or off. Nothing is
// saved with an address reports may not go to, and turning off always works, whatever is typed.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../lib/explain/translate';
import { isAllowedCollectorUrl } from '../../lib/reports/collector-url';
import type { Settings } from '../../lib/settings/settings';
import { CountrySelect } from './CountrySelect';
import { errorMessage } from '../shared/error-message';
import { UrlField } from '../shared/UrlField';

type ReportSettings = Settings['reports'];

export interface ConsentFormProps {
  saved: ReportSettings;
  onSave: (reports: ReportSettings) => Promise<void>;
  /** The browser's own consent to what reports carry, where it asks for one; none: nothing to ask. */
  askDataCollection?: (withCountry: boolean) => Promise<boolean>;
  lang: string;
  t: Translate;
}

type Notice = { tone: 'error' | 'done'; text: string } | null;

/** Where a newcomer's own collector runs: `npm run collector` (collector/README.md). */
export const OWN_COLLECTOR = { command: 'npm run collector', address: 'http://127.0.0.1:8787', readme: 'collector/README.md' };

/**
 * What a collector is and where to get one, where its address is asked: from the research group the
 * person reports to, or their own. There is no default address to fall back on.
 */
function CollectorHelp({ t }: { t: Translate }) {
  return (
    <>
      <p>{t('consent_collector_what')}</p>
      <p>{t('consent_collector_ask')}</p>
      <p>{t('consent_collector_own', [OWN_COLLECTOR.command, OWN_COLLECTOR.address, OWN_COLLECTOR.readme])}</p>
    </>
  );
}

/** Why this address cannot be saved, as a message key, or null when it can. */
function addressProblem(address: string, enabling: boolean): string | null {
  if (address === '') return enabling ? 'consent_url_missing' : null;
  return isAllowedCollectorUrl(address) ? null : 'consent_url_invalid';
}

export function ConsentForm({ saved, onSave, askDataCollection, lang, t }: ConsentFormProps) {
  const [address, setAddress] = useState(saved.collectorUrl);
  const [country, setCountry] = useState(saved.country);
  const [addressError, setAddressError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const addressInput = useRef<HTMLInputElement>(null);

  // Settings changed elsewhere (another page) replace what the form shows; the first run after
  // mounting must not, or it would undo what was typed before it.
  const shown = useRef(saved);
  useEffect(() => {
    if (shown.current.collectorUrl === saved.collectorUrl && shown.current.country === saved.country) return;
    shown.current = saved;
    setAddress(saved.collectorUrl);
    setCountry(saved.country);
  }, [saved]);

  const save = async (reports: ReportSettings, done: string) => {
    setBusy(true);
    setNotice(null);
    try {
      await onSave(reports);
      setNotice({ tone: 'done', text: t(done) });
    } catch (error) {
      setNotice({ tone: 'error', text: t('consent_save_failed', [errorMessage(error)]) });
    } finally {
      setBusy(false);
    }
  };

  const saveTyped = async (enabled: boolean, done: string) => {
    const collectorUrl = address.trim();
    const problem = addressProblem(collectorUrl, enabled);
    setAddressError(problem);
    if (problem !== null) {
      setNotice(null);
      addressInput.current?.focus();
      return;
    }
    // Asked before anything is awaited: the browser prompts only during the person's own action.
    if (enabled && askDataCollection && !(await askDataCollection(country !== null))) {
      setNotice({ tone: 'error', text: t('consent_permission_refused') });
      return;
    }
    await save({ enabled, collectorUrl, country }, done);
  };

  const turnOff = () => {
    setAddressError(null);
    return save({ ...saved, enabled: false }, 'consent_turned_off');
  };

  return (
    <form
      class="consent-form"
      noValidate
      data-reports={saved.enabled ? 'on' : 'off'}
      onSubmit={(event) => {
        event.preventDefault();
        void saveTyped(true, saved.enabled ? 'consent_saved_on' : 'consent_turned_on');
      }}
    >
      <p class={`consent-state ${saved.enabled ? 'is-on' : 'is-off'}`}>
        {saved.enabled ? t('consent_state_on', [saved.collectorUrl]) : t('consent_state_off')}
      </p>
      <UrlField
        id="consent-url"
        label={t('consent_url_label')}
        value={address}
        onInput={setAddress}
        error={addressError === null ? null : t(addressError)}
        hint={t('consent_url_hint')}
        help={<CollectorHelp t={t} />}
        inputRef={addressInput}
      />
      <div class="field">
        <label for="consent-country">{t('consent_country_label')}</label>
        <CountrySelect
          id="consent-country"
          value={country}
          onChange={setCountry}
          lang={lang}
          t={t}
          describedBy="consent-country-hint"
        />
        <p id="consent-country-hint" class="hint">
          {t('consent_country_hint')}
        </p>
      </div>
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {t(saved.enabled ? 'consent_save' : 'consent_turn_on')}
        </button>
        {saved.enabled ? (
          <button type="button" disabled={busy} onClick={() => void turnOff()}>
            {t('consent_turn_off')}
          </button>
        ) : (
          <button type="button" disabled={busy} onClick={() => void saveTyped(false, 'consent_kept_off')}>
            {t('consent_keep_off')}
          </button>
        )}
      </div>
      {/* Present from the start, so screen readers announce what appears in it. */}
      <div aria-live="polite">
        {notice !== null && <p class={`notice notice-${notice.tone}`}>{notice.text}</p>}
      </div>
    </form>
  );
}
