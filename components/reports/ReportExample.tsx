// A real report, built by the same code the worker uses from a sample finding, shown exactly as the
// collector would receive it.
import { reportBatch } from '@blocklens/report-schema';
import { useMemo } from 'preact/hooks';
import type { Translate } from '../../lib/explain/translate';
import { reportFromFinding } from '../../lib/reports/build-report';
import type { ReportPageServices } from '../../shells/contracts/report-page-services';
import { SAMPLE_FINDING } from './sample-finding';

export interface ReportExampleProps {
  /** The country the person declared, which every report then carries. */
  country: string | null;
  services: Pick<ReportPageServices, 'client' | 'now' | 'newId'>;
  t: Translate;
}

export function ReportExample({ country, services, t }: ReportExampleProps) {
  const { client, now, newId } = services;
  // A new id only when the country changes, not on every render.
  const report = useMemo(() => reportFromFinding(SAMPLE_FINDING, { now: now(), country, newId }), [country, now, newId]);
  const json = JSON.stringify(reportBatch(client, report === null ? [] : [report]), null, 2);
  return (
    <section class="example" aria-labelledby="consent-example">
      <h3 id="consent-example">{t('consent_example_title')}</h3>
      <p>{t('consent_example_intro', [SAMPLE_FINDING.url, report?.domain ?? ''])}</p>
      <pre class="json" dir="ltr" tabIndex={0} aria-labelledby="consent-example" data-example-report>
        {json}
      </pre>
    </section>
  );
}
