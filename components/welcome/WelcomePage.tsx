// The first-run page: what Blocklens does and that nothing leaves the browser by default, then the
// choice about reports, with the same explanation and example as the options page, and the offer
// of list updates (off by default) in the options page's words.
import type { Translate } from '../../lib/explain/translate';
import type { ReportPageServices } from '../../shells/contracts/report-page-services';
import { ReportsConsent } from '../reports/ReportsConsent';
import { ListUpdatesOffer } from './ListUpdatesOffer';
import { pageLanguage } from '../shared/page-language';
import { useSettings } from '../shared/use-settings';

export interface WelcomeServices extends ReportPageServices {
  openOptions: () => void;
}

export function WelcomePage({ services, t }: { services: WelcomeServices; t: Translate }) {
  const [view, showSettings] = useSettings(services.settings);
  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('welcome_title')}</h1>
      </header>
      <main>
        <section class="card intro" aria-labelledby="about-title">
          <h2 id="about-title">{t('welcome_about')}</h2>
          <p>{t('welcome_what')}</p>
          <p>{t('welcome_offline')}</p>
          <p>{t('welcome_how')}</p>
        </section>
        <section class="card" aria-labelledby="reports-title">
          <h2 id="reports-title">{t('welcome_reports_title')}</h2>
          <ReportsConsent view={view} services={services} onSaved={showSettings} lang={pageLanguage(t)} t={t} />
        </section>
        <ListUpdatesOffer store={services.settings} view={view} onSaved={showSettings} t={t} />
        <p class="page-footer">
          {t('welcome_settings_note')}{' '}
          <button type="button" class="link" onClick={services.openOptions}>
            {t('welcome_open_settings')}
          </button>
        </p>
      </main>
    </div>
  );
}
