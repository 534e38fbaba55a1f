// The options page: reports (consent, the queue as it will be sent, delivery) and, apart from them,
// crowd counts, address lookups (DNS-over-HTTPS) and list updates.
import type { Translate } from '../../lib/explain/translate';
import type { SendResult } from '../../lib/reports/send-reports';
import type { ListUpdatesAccess } from '../../shells/contracts/list-updates-access';
import type { ReportPageServices } from '../../shells/contracts/report-page-services';
import { ReportsConsent } from '../reports/ReportsConsent';
import { pageLanguage } from '../shared/page-language';
import { useSettings } from '../shared/use-settings';
import { CrowdSettings } from './CrowdSettings';
import { DeliveryPanel } from './DeliveryPanel';
import { DohSettings } from './DohSettings';
import { ListUpdates } from './ListUpdates';
import { QueueView } from './QueueView';
import { useQueueSnapshot } from './use-queue-snapshot';

export interface OptionsServices extends ReportPageServices {
  /** Asks the worker to send the queue now, and resolves with what that run achieved. */
  sendNow: () => Promise<SendResult>;
  /** List updates (the section is left out without it). */
  lists?: ListUpdatesAccess;
}

export interface OptionsPageProps {
  services: OptionsServices;
  t: Translate;
  /** How often the queue is read again while the page is visible. */
  pollMs?: number;
}

export function OptionsPage({ services, t, pollMs }: OptionsPageProps) {
  const lang = pageLanguage(t);
  const [view, showSettings] = useSettings(services.settings);
  const [snapshot, refresh] = useQueueSnapshot(services.queue, pollMs);
  return (
    <div class="page">
      <header class="page-header">
        <h1>{t('options_title')}</h1>
      </header>
      <main>
        <section class="card" aria-labelledby="reports-title">
          <h2 id="reports-title">{t('consent_title')}</h2>
          <ReportsConsent
            view={view}
            services={services}
            onSaved={(settings) => {
              showSettings(settings);
              void refresh();
            }}
            lang={lang}
            t={t}
            choiceFirst
          />
        </section>
        <QueueView
          snapshot={snapshot}
          client={services.client}
          queue={services.queue}
          onChanged={refresh}
          lang={lang}
          t={t}
        />
        <DeliveryPanel
          snapshot={snapshot}
          enabled={view.phase === 'ready' && view.settings.reports.enabled}
          sendNow={services.sendNow}
          onSent={refresh}
          lang={lang}
          t={t}
        />
        <CrowdSettings store={services.settings} t={t} />
        <DohSettings store={services.settings} t={t} />
        {services.lists && <ListUpdates store={services.settings} lists={services.lists} t={t} lang={lang} now={services.now} />}
        <p class="page-footer">
          <a href="/privacy.html" target="_blank" rel="noopener">
            {t('privacy_link')}
          </a>
        </p>
        <p class="page-footer">
          <a href="/lookup.html" target="_blank" rel="noopener">
            {t('lookup_link')}
          </a>
        </p>
      </main>
    </div>
  );
}
