// What a report contains and what it never contains, to whom it goes, when, and how to stop: the
// same words on the welcome page and the options page.
import type { Translate } from '../../lib/explain/translate';

const SENT = [
  'consent_sent_domain',
  'consent_sent_finding',
  'consent_sent_record',
  'consent_sent_count',
  'consent_sent_country',
  'consent_sent_client',
  'consent_sent_id',
] as const;

export function ReportExplanation({ collectorUrl, t }: { collectorUrl: string; t: Translate }) {
  return (
    <div class="explanation">
      <p>{t('consent_intro')}</p>
      <section aria-labelledby="consent-sent">
        <h3 id="consent-sent">{t('consent_sent_title')}</h3>
        <ul>
          {SENT.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="consent-never">
        <h3 id="consent-never">{t('consent_never_title')}</h3>
        <p>{t('consent_never_text')}</p>
        <p>{t('consent_never_ip')}</p>
      </section>
      <section aria-labelledby="consent-whom">
        <h3 id="consent-whom">{t('consent_whom_title')}</h3>
        {collectorUrl === '' ? (
          <p data-collector="none">{t('consent_whom_none')}</p>
        ) : (
          <p data-collector="set">{t('consent_whom_set', [collectorUrl])}</p>
        )}
      </section>
      <section aria-labelledby="consent-when">
        <h3 id="consent-when">{t('consent_when_title')}</h3>
        <p>{t('consent_when_text')}</p>
      </section>
      <section aria-labelledby="consent-stop">
        <h3 id="consent-stop">{t('consent_stop_title')}</h3>
        <p>{t('consent_stop_text')}</p>
      </section>
    </div>
  );
}
