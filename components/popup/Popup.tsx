// The whole popup as a function of its state: header, the network's notice, the verdict, the
// findings, the list status.
import { useMemo } from 'preact/hooks';
import type { Translate } from '../../lib/explain/translate';
import type { PopupState } from '../../lib/popup-model/popup-state';
import { displayHost, withHostsShown } from '../shared/display-host';
import { BlocklistFooter } from './BlocklistFooter';
import { DroppedNote } from './DroppedNote';
import { EmptyState } from './EmptyState';
import { FindingList } from './FindingList';
import { NetworkModeNotice } from './NetworkModeNotice';
import { ReportsLine, type ReportsStatus } from './ReportsLine';
import { VerdictSummary } from './VerdictSummary';

export interface PopupProps {
  state: PopupState;
  t: Translate;
  /** Whether reports are on; the line is left out while unknown. */
  reports?: { status: ReportsStatus | null; openOptions: () => void };
}

export function Popup({ state, t: translate, reports }: PopupProps) {
  // Sentences name hosts as people read them (пример.рф); markers and evidence keep the ASCII form.
  const t = useMemo(() => withHostsShown(translate), [translate]);
  const host = state.phase === 'ready' ? state.pageHost : '';
  return (
    <div class="popup" aria-busy={state.phase === 'loading'}>
      <header class="popup-header">
        <span class="popup-brand">{t('extName')}</span>
        {host && (
          <span class="popup-host" title={host} dir="ltr">
            {displayHost(host)}
          </span>
        )}
      </header>
      <main>
        {state.phase === 'loading' ? (
          <p class="popup-loading" role="status">
            {t('popup_loading')}
          </p>
        ) : (
          <>
            <NetworkModeNotice mode={state.networkMode} t={t} />
            <VerdictSummary findings={state.findings} t={t} />
            {state.findings.length === 0 ? <EmptyState t={t} /> : <FindingList findings={state.findings} t={t} />}
            {state.dropped && <DroppedNote dropped={state.dropped} t={t} />}
          </>
        )}
      </main>
      {state.phase === 'ready' && <BlocklistFooter status={state.blocklist} t={t} pageHost={host} />}
      {reports?.status && <ReportsLine status={reports.status} openOptions={reports.openOptions} t={t} />}
    </div>
  );
}
