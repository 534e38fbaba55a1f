// The options page's DNS-over-HTTPS section: what turning it on does and costs in plain words, the
// switch (off by default) and the choice of resolver. Saved only with an address lookups may go to.
import { useEffect, useRef, useState } from 'preact/hooks';
import { DOH_FORMATS, DOH_PRESETS } from '../../lib/addresses/doh-endpoint';
import type { Translate } from '../../lib/explain/translate';
import type { SettingsStore } from '../../shells/contracts/settings-store';
import { UrlField } from '../shared/UrlField';
import { errorMessage } from '../shared/error-message';
import { useSettings } from '../shared/use-settings';
import {
  dohFromForm,
  formStateOf,
  type DohFormState,
  type DohSettings as Doh,
  type ResolverChoice,
} from './doh-form';
import './doh-settings.css';

type Notice = { tone: 'done' | 'error'; text: string } | null;

const resolverHost = (url: string): string => new URL(url).host;

const RESOLVER_CHOICES: readonly ResolverChoice[] = [...DOH_PRESETS.map((preset) => preset.id), 'custom'];

export function DohSettings({ store, t }: { store: SettingsStore; t: Translate }) {
  const [view, showSettings] = useSettings(store);
  return (
    <section class="card doh-settings" aria-labelledby="doh-title">
      <h2 id="doh-title">{t('doh_title')}</h2>
      <p>{t('doh_intro')}</p>
      <p>{t('doh_privacy')}</p>
      {view.phase === 'loading' && <p role="status">{t('doh_loading')}</p>}
      {view.phase === 'error' && (
        <p class="notice notice-error" role="alert">
          {t('doh_load_failed', [view.message])}
        </p>
      )}
      {view.phase === 'ready' && (
        <DohForm
          saved={view.settings.doh}
          onSave={async (doh) => showSettings(await store.update((current) => ({ ...current, doh })))}
          t={t}
        />
      )}
    </section>
  );
}

function DohForm({ saved, onSave, t }: { saved: Doh; onSave: (doh: Doh) => Promise<void>; t: Translate }) {
  const [form, setForm] = useState<DohFormState>(() => formStateOf(saved));
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  // A change made elsewhere (another options page) replaces what the form shows; the first run
  // after mounting must not, or it would undo what was chosen before it.
  const shown = useRef(saved);
  useEffect(() => {
    const before = shown.current;
    if (before.enabled === saved.enabled && before.resolver === saved.resolver && before.format === saved.format) return;
    shown.current = saved;
    setForm(formStateOf(saved));
  }, [saved]);
  const change = (part: Partial<DohFormState>) => setForm((current) => ({ ...current, ...part }));

  const save = async () => {
    const next = dohFromForm(form);
    setProblem(next.ok ? null : next.problem);
    if (!next.ok) {
      setNotice(null);
      return;
    }
    setBusy(true);
    try {
      await onSave(next.doh);
      const text = next.doh.enabled ? t('doh_saved_on', [resolverHost(next.doh.resolver)]) : t('doh_saved_off');
      setNotice({ tone: 'done', text });
    } catch (error) {
      setNotice({ tone: 'error', text: t('doh_save_failed', [errorMessage(error)]) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="doh-form"
      noValidate
      data-doh={saved.enabled ? 'on' : 'off'}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <p class={`consent-state ${saved.enabled ? 'is-on' : 'is-off'}`}>
        {saved.enabled ? t('doh_state_on', [resolverHost(saved.resolver)]) : t('doh_state_off')}
      </p>
      <div class="doh-switch">
        <input
          id="doh-enabled"
          type="checkbox"
          checked={form.enabled}
          onChange={(event) => change({ enabled: event.currentTarget.checked })}
        />
        <label for="doh-enabled">{t('doh_enable_label')}</label>
      </div>
      <SelectField
        id="doh-resolver"
        label={t('doh_resolver_label')}
        value={form.choice}
        options={RESOLVER_CHOICES.map((choice) => [choice, t(`doh_preset_${choice}`)])}
        onChange={(choice) => change({ choice })}
      />
      {form.choice === 'custom' && (
        <div class="doh-custom">
          <UrlField
            id="doh-url"
            label={t('doh_url_label')}
            value={form.customUrl}
            onInput={(customUrl) => change({ customUrl })}
            error={problem === null ? null : t(problem)}
            hint={t('doh_url_hint')}
          />
          <SelectField
            id="doh-format"
            label={t('doh_format_label')}
            value={form.customFormat}
            options={DOH_FORMATS.map((format) => [format, t(`doh_format_${format}`)])}
            onChange={(customFormat) => change({ customFormat })}
          />
        </div>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('doh_save')}
        </button>
      </div>
      {/* Present from the start, so screen readers announce what appears in it. */}
      <div aria-live="polite">{notice !== null && <p class={`notice notice-${notice.tone}`}>{notice.text}</p>}</div>
    </form>
  );
}

interface SelectFieldProps<T extends string> {
  id: string;
  label: string;
  value: T;
  /** [value, text] in order. */
  options: [T, string][];
  onChange: (value: T) => void;
}

function SelectField<T extends string>({ id, label, value, options, onChange }: SelectFieldProps<T>) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value as T)}>
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
