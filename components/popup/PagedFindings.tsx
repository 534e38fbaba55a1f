// A run of finding cards rendered a page at a time, so a page with thousands of hosts stays light.
import type { Finding } from '@blocklens/vocabulary';
import { useState } from 'preact/hooks';
import type { Translate } from '../../lib/explain/translate';
import { FindingCard } from './FindingCard';

export const FINDINGS_PAGE_SIZE = 20;

export interface PagedFindingsProps {
  findings: readonly Finding[];
  t: Translate;
  compact?: boolean;
}

export function PagedFindings({ findings, t, compact = false }: PagedFindingsProps) {
  const [limit, setLimit] = useState(FINDINGS_PAGE_SIZE);
  const left = findings.length - limit;
  return (
    <>
      <ul class="finding-list">
        {findings.slice(0, limit).map((finding) => (
          <li key={finding.host}>
            <FindingCard finding={finding} t={t} compact={compact} />
          </li>
        ))}
      </ul>
      {left > 0 && (
        <button type="button" class="show-more" onClick={() => setLimit(limit + FINDINGS_PAGE_SIZE)}>
          {t('popup_show_more', [String(Math.min(left, FINDINGS_PAGE_SIZE)), String(left)])}
        </button>
      )}
    </>
  );
}
