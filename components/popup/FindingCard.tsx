// One host's finding: the popup markers of vocabulary.md, its explanation, advice and evidence.
import type { Finding } from '@blocklens/vocabulary';
import { useId, useState } from 'preact/hooks';
import { describeFinding, labelFor } from '../../lib/explain/describe-finding';
import type { Translate } from '../../lib/explain/translate';
import { displayHost } from '../shared/display-host';
import { FindingChecks } from './FindingChecks';
import { FindingCrowd } from './FindingCrowd';
import { FindingEvidence } from './FindingEvidence';

export interface FindingCardProps {
  finding: Finding;
  t: Translate;
  /** Keeps only the summary in view and moves the detail and advice into the disclosure. */
  compact?: boolean;
}

export function FindingCard({ finding, t, compact = false }: FindingCardProps) {
  const titleId = useId();
  // The disclosure's content is rendered only while open: a busy page would otherwise build
  // thousands of hidden rows.
  const [open, setOpen] = useState(false);
  const text = describeFinding(finding, t);
  const explanation = (
    <>
      <p class="finding-detail">{text.detail}</p>
      <div class="finding-advice">
        <h4>{t('popup_advice_title')}</h4>
        <p>{text.advice}</p>
      </div>
    </>
  );
  return (
    <article
      class={`finding tone-${finding.cause}`}
      aria-labelledby={titleId}
      data-host={finding.host}
      data-kind={finding.kind}
      data-cause={finding.cause}
      data-mechanism={finding.mechanism}
      data-confidence={finding.confidence}
      data-recheck={finding.recheck?.outcome}
    >
      <header class="finding-head">
        <h3 class="finding-host" id={titleId}>
          <bdi dir="ltr">{displayHost(finding.host)}</bdi>
        </h3>
        <span class="finding-count">{t('popup_failed_requests', [String(finding.count)])}</span>
      </header>
      <p class="finding-labels">
        <span class="chip chip-cause">{labelFor('cause', finding.cause, t)}</span>
        <span class="chip">{labelFor('confidence', finding.confidence, t)}</span>
        {finding.mainFrame && <span class="chip chip-page">{t('popup_main_frame')}</span>}
      </p>
      <p class="finding-summary">{text.summary}</p>
      <FindingChecks finding={finding} t={t} />
      <FindingCrowd finding={finding} t={t} />
      {!compact && explanation}
      <details class="evidence" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{t(compact ? 'popup_details_title' : 'popup_evidence_title')}</summary>
        {open && (
          <div class="evidence-body">
            {compact && explanation}
            <FindingEvidence finding={finding} t={t} />
          </div>
        )}
      </details>
    </article>
  );
}
