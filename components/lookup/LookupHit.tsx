// One list entry that matched, and every record that names it: authority, decision, date and list.
import type { ListRecord } from '@blocklens/vocabulary';
import type { ListHit } from '../../lib/blocklist/format/types';
import type { ListQuery } from '../../lib/blocklist/lookup/list-query';
import { describeDate } from '../../lib/explain/describe-record';
import { sameHost } from '../../lib/explain/list-hits';
import type { Translate } from '../../lib/explain/translate';
import { LIST_ENTRY_LABELS } from '../popup/FindingEvidence';

/** An exact entry that is not the name looked up is a parent domain, listed by that name only. */
function entryLabel(hit: ListHit, query: ListQuery): string {
  return hit.type === 'list-domain' && query.hostKind === 'name' && !sameHost(hit.entry, query.host)
    ? 'popup_evidence_list_parent'
    : LIST_ENTRY_LABELS[hit.type];
}

export function LookupHit({ hit, query, t }: { hit: ListHit; query: ListQuery; t: Translate }) {
  return (
    <li class="lookup-hit" data-entry-type={hit.type} data-entry={hit.entry}>
      <p class="lookup-entry">
        <span class="lookup-entry-label">{t(entryLabel(hit, query))}</span>{' '}
        <bdi dir="ltr" class="lookup-entry-text">
          {hit.entry}
        </bdi>
      </p>
      <ul class="lookup-records">
        {hit.records.map((record, index) => (
          <li key={index}>
            <RecordFacts record={record} t={t} />
          </li>
        ))}
      </ul>
    </li>
  );
}

function RecordFacts({ record, t }: { record: ListRecord; t: Translate }) {
  const rows: [string, string][] = [
    ['lookup_authority', record.authority.trim()],
    ['lookup_decision', record.decision.trim()],
    ['lookup_date', record.date.trim() && describeDate(record.date.trim(), t)],
    ['lookup_list_name', record.list],
  ];
  return (
    <dl class="lookup-record">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{t(label)}</dt>
          <dd>{value ? <bdi>{value}</bdi> : <span class="empty">{t('lookup_not_given')}</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
