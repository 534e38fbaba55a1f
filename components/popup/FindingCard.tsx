// One host's finding: the popup markers of vocabulary.md, its explanation, advice and evidence.
import { useId } from 'preact/hooks';
import { describeFinding, labelFor } from '../../lib/explain/describe-finding';
import type { Translate } from '../../lib/explain/translate';
import type { Finding } from '../../lib/findings/vocabulary';
import { FindingEvidence } from './FindingEvidence';

export function FindingCard({ finding, t }: { finding: Finding; t: Translate }) {
  const titleId = useId();
  const text = describeFinding(finding, t);
  return (
    <article
      class={`finding tone-${finding.cause}`}
      aria-labelledby={titleId}
      data-host={finding.host}
      data-kind={finding.kind}
      data-cause={finding.cause}
      data-mechanism={finding.mechanism}
      data-confidence={finding.confidence}
    >
      <header class="finding-head">
        <h3 class="finding-host" id={titleId}>
          {finding.host}
        </h3>
        {finding.mainFrame && <span class="finding-page-tag">{t('popup_main_frame')}</span>}
      </header>
      <p class="finding-labels">
        <span class="chip chip-cause">{labelFor('cause', finding.cause, t)}</span>
        <span class="chip">{labelFor('confidence', finding.confidence, t)}</span>
        <span class="finding-count">{t('popup_failed_requests', [String(finding.count)])}</span>
      </p>
      <p class="finding-summary">{text.summary}</p>
      <p class="finding-detail">{text.detail}</p>
      <div class="finding-advice">
        <h4>{t('popup_advice_title')}</h4>
        <p>{text.advice}</p>
      </div>
      <FindingEvidence finding={finding} t={t} />
    </article>
  );
}
