// The options page's queue section: the reports waiting to be sent, one row each with its own
// delete button, and the whole queue as the exact JSON the collector will receive.
import { reportBatch, type ClientInfo, type Report } from '@blocklens/report-schema';
import { useRef, useState } from 'preact/hooks';
import { labelFor } from '../../lib/explain/describe-finding';
import type { Translate } from '../../lib/explain/translate';
import type { QueueAccess } from '../../shells/contracts/queue-access';
import { displayHost } from '../shared/display-host';
import { errorMessage } from '../shared/error-message';
import { formatHour } from '../shared/format-time';
import type { QueueSnapshot } from './use-queue-snapshot';

export interface QueueViewProps {
  snapshot: QueueSnapshot;
  client: ClientInfo;
  queue: Pick<QueueAccess, 'delete' | 'deleteAll'>;
  /** Called after every change, so the page reads the queue again. */
  onChanged: () => Promise<void>;
  lang: string;
  t: Translate;
}

export function QueueView({ snapshot, client, queue, onChanged, lang, t }: QueueViewProps) {
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  const change = async (action: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    try {
      await action();
    } catch (error) {
      setFailure(t('options_delete_failed', [errorMessage(error)]));
    }
    await onChanged();
    setBusy(false);
    // The pressed button is gone; focus goes back to the section's heading rather than the page's top.
    heading.current?.focus();
  };

  return (
    <section class="card queue" aria-labelledby="queue-title">
      <h2 id="queue-title" ref={heading} tabIndex={-1}>
        {t('options_queue_title')}
      </h2>
      {failure !== null && (
        <p class="notice notice-error" role="alert">
          {failure}
        </p>
      )}
      {snapshot.phase === 'loading' && <p role="status">{t('options_queue_loading')}</p>}
      {snapshot.phase === 'error' && (
        <p class="notice notice-error" role="alert">
          {t('options_queue_error', [snapshot.message])}
        </p>
      )}
      {snapshot.phase === 'ready' && snapshot.reports.length === 0 && (
        <p class="empty" data-queue-empty>
          {t('options_queue_empty')}
        </p>
      )}
      {snapshot.phase === 'ready' && snapshot.reports.length > 0 && (
        <>
          <ul class="queue-list">
            {snapshot.reports.map((report) => (
              <QueueItem
                key={report.id}
                report={report}
                busy={busy}
                onDelete={() => void change(() => queue.delete(report.id))}
                lang={lang}
                t={t}
              />
            ))}
          </ul>
          <div class="actions">
            <button type="button" class="danger" disabled={busy} onClick={() => void change(() => queue.deleteAll())}>
              {t('options_delete_all')}
            </button>
          </div>
          <h3 id="queue-json-title">{t('options_queue_json_title')}</h3>
          <p class="hint">{t('options_queue_json_hint')}</p>
          <pre class="json" dir="ltr" tabIndex={0} aria-labelledby="queue-json-title" data-queue-json>
            {JSON.stringify(reportBatch(client, snapshot.reports), null, 2)}
          </pre>
        </>
      )}
    </section>
  );
}

interface QueueItemProps {
  report: Report;
  busy: boolean;
  onDelete: () => void;
  lang: string;
  t: Translate;
}

function QueueItem({ report, busy, onDelete, lang, t }: QueueItemProps) {
  // The domain as people read it; the JSON below keeps it as it is sent.
  const shown = displayHost(report.domain);
  const facts = [
    labelFor('cause', report.cause, t),
    labelFor('kind', report.kind, t),
    t('options_queue_hour', [formatHour(report.hour, lang)]),
    t('options_queue_count', [String(report.count)]),
  ];
  return (
    <li class="queue-item" data-report-id={report.id}>
      <div class="queue-item-text">
        <span class="queue-domain" dir="ltr" title={shown === report.domain ? undefined : report.domain}>
          {shown}
        </span>
        <span class="queue-facts">
          {facts.map((fact, index) => (
            <span key={fact}>
              {index > 0 && ' · '}
              <span class="fact">{fact}</span>
            </span>
          ))}
        </span>
      </div>
      <button type="button" disabled={busy} aria-label={t('options_delete_label', [shown])} onClick={onDelete}>
        {t('options_delete')}
      </button>
    </li>
  );
}
