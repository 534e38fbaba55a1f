// The tab's findings, worst first: blocked hosts in view, the other failures behind one toggle.
import type { Finding } from '@blocklens/vocabulary';
import { useMemo, useState } from 'preact/hooks';
import type { Translate } from '../../lib/explain/translate';
import { arrangeFindings } from '../../lib/popup-model/arrange-findings';
import { PagedFindings } from './PagedFindings';

export function FindingList({ findings, t }: { findings: readonly Finding[]; t: Translate }) {
  const { prominent, rest } = useMemo(() => arrangeFindings(findings), [findings]);
  const [restShown, setRestShown] = useState(false);
  return (
    <section class="findings" aria-labelledby="findings-title">
      <h2 id="findings-title" class="section-title">
        {t('popup_findings_title', [String(findings.length)])}
      </h2>
      {prominent.length === 0 ? (
        // Nothing looks blocked: the other failures are all there is to explain.
        <PagedFindings findings={rest} t={t} />
      ) : (
        <>
          <PagedFindings findings={prominent} t={t} />
          {rest.length > 0 && (
            <>
              <button
                type="button"
                class="rest-toggle"
                aria-expanded={restShown}
                aria-controls="rest-findings"
                onClick={() => setRestShown(!restShown)}
              >
                {t('popup_rest_toggle', [String(rest.length)])}
              </button>
              <div id="rest-findings" hidden={!restShown}>
                {restShown && <PagedFindings findings={rest} t={t} compact />}
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}
