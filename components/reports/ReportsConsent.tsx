// The consent block shared by the welcome and options pages: the explanation, the real example and
// the choice, once the settings are read. The first-run page explains before it asks; the options
// page, visited to change something, puts the choice first.
import type { Translate } from '../../lib/explain/translate';
import type { Settings } from '../../lib/settings/settings';
import type { ReportPageServices } from '../../shells/contracts/report-page-services';
import type { SettingsView } from '../shared/use-settings';
import { ConsentForm } from './ConsentForm';
import { ReportExample } from './ReportExample';
import { ReportExplanation } from './ReportExplanation';
import { saveReportSettings } from './save-report-settings';

export interface ReportsConsentProps {
  view: SettingsView;
  services: ReportPageServices;
  /** The settings as just saved. */
  onSaved: (settings: Settings) => void;
  lang: string;
  t: Translate;
  choiceFirst?: boolean;
}

export function ReportsConsent({ view, services, onSaved, lang, t, choiceFirst = false }: ReportsConsentProps) {
  if (view.phase === 'loading') return <p role="status">{t('consent_loading')}</p>;
  if (view.phase === 'error') {
    return (
      <p class="notice notice-error" role="alert">
        {t('consent_load_failed', [view.message])}
      </p>
    );
  }
  const { reports } = view.settings;
  const choice = (
    <ConsentForm
      saved={reports}
      onSave={async (next) => onSaved(await saveReportSettings(services, next))}
      askDataCollection={services.askDataCollection}
      lang={lang}
      t={t}
    />
  );
  return (
    <div class={`consent ${choiceFirst ? 'choice-first' : 'explain-first'}`}>
      {choiceFirst && choice}
      <ReportExplanation collectorUrl={reports.collectorUrl} t={t} />
      <ReportExample country={reports.country} services={services} t={t} />
      {!choiceFirst && choice}
    </div>
  );
}
