// A finding's crowd counts: how many reports the collector holds about its domain in the last 24
// hours and 7 days, by cause. Filled in when they arrive; nothing at all while they are on their way.
import { CAUSES, type Finding } from '@blocklens/vocabulary';
import { useContext, useEffect, useState } from 'preact/hooks';
import { totalReports, type CrowdCounts } from '../../lib/crowd/crowd-counts';
import type { CrowdView } from '../../lib/crowd/crowd-lookup';
import { labelFor } from '../../lib/explain/describe-finding';
import type { Translate } from '../../lib/explain/translate';
import { CrowdLookupContext } from './crowd-lookup-context';
import './crowd.css';

export function FindingCrowd({ finding, t }: { finding: Finding; t: Translate }) {
  const lookup = useContext(CrowdLookupContext);
  const [view, setView] = useState<CrowdView | null>(null);
  useEffect(() => {
    setView(null);
    if (lookup === null) return;
    let current = true;
    lookup(finding).then(
      (next) => current && setView(next),
      () => current && setView(null),
    );
    return () => {
      current = false;
    };
    // The domain follows from the host; a finding's later updates do not change what to ask.
  }, [lookup, finding.host]);

  if (lookup === null || view === null) return null;
  if (view.state === 'counts') return <CrowdCountsView domain={view.domain} counts={view.counts} t={t} />;
  return (
    <p class="crowd crowd-quiet" data-crowd={view.state} data-crowd-domain={view.domain}>
      {view.state === 'none' ? t('crowd_none', [view.domain]) : t('crowd_unavailable')}
    </p>
  );
}

function CrowdCountsView({ domain, counts, t }: { domain: string; counts: CrowdCounts; t: Translate }) {
  const last24h = totalReports(counts.last24h);
  const last7d = totalReports(counts.last7d);
  const causes = CAUSES.filter((cause) => counts.last7d[cause] !== undefined || counts.last24h[cause] !== undefined);
  return (
    <div class="crowd" data-crowd="counts" data-crowd-domain={domain} data-crowd-24h={last24h} data-crowd-7d={last7d}>
      <p>{t('crowd_counts', [domain, String(last24h), String(last7d)])}</p>
      <table class="crowd-table" aria-label={t('crowd_table_label', [domain])}>
        <thead>
          <tr>
            <th scope="col">{t('crowd_cause_column')}</th>
            <th scope="col">{t('crowd_24h_column')}</th>
            <th scope="col">{t('crowd_7d_column')}</th>
          </tr>
        </thead>
        <tbody>
          {causes.map((cause) => (
            <tr key={cause} data-crowd-cause={cause}>
              <th scope="row">{labelFor('cause', cause, t)}</th>
              <td>{counts.last24h[cause] ?? 0}</td>
              <td>{counts.last7d[cause] ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
