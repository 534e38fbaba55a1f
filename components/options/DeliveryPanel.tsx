// The options page's sending section: "send now", what it achieved, the last delivery and the next
// attempt, how many reports a full queue pushed out, and the reports the collector refused.
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../lib/explain/translate';
import type { SendResult } from '../../lib/reports/send-reports';
import { displayHost } from '../shared/display-host';
import { formatTime } from '../shared/format-time';
import { describeDelivery } from './describe-delivery';
import { describeSendResult } from './describe-send-result';
import type { QueueSnapshot } from './use-queue-snapshot';

export interface DeliveryPanelProps {
  snapshot: QueueSnapshot;
  /** Whether reports are on: only then is there anything to send. */
  enabled: boolean;
  sendNow: () => Promise<SendResult>;
  /** Called after a run, so the page reads the queue again. */
  onSent: () => Promise<void>;
  lang: string;
  t: Translate;
}

type Outcome = { tone: 'done' | 'error'; text: string } | null;

export function DeliveryPanel({ snapshot, enabled, sendNow, onSent, lang, t }: DeliveryPanelProps) {
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  // A result from before reports were turned off or on again says nothing about the present.
  useEffect(() => setOutcome(null), [enabled]);

  const send = async () => {
    setSending(true);
    setOutcome(null);
    try {
      const result = await sendNow();
      const failed = result.outcome === 'failed' || result.outcome === 'refused-url';
      setOutcome({ tone: failed ? 'error' : 'done', text: describeSendResult(result, t) });
    } catch {
      setOutcome({ tone: 'error', text: t('options_send_no_answer') });
    }
    await onSent();
    setSending(false);
  };

  if (snapshot.phase !== 'ready') return null;
  const { state, reports } = snapshot;
  const delivery = describeDelivery(state.delivery, lang, t);
  return (
    <section class="card delivery" aria-labelledby="delivery-title">
      <h2 id="delivery-title">{t('options_send_title')}</h2>
      {enabled ? (
        <div class="actions">
          <button type="button" class="primary" disabled={sending || reports.length === 0} onClick={() => void send()}>
            {sending ? t('options_sending') : t('options_send_now')}
          </button>
        </div>
      ) : (
        <p class="hint">{t('options_send_off')}</p>
      )}
      <div aria-live="polite">
        {outcome !== null && (
          <p class={`notice notice-${outcome.tone}`} data-send-result>
            {outcome.text}
          </p>
        )}
      </div>
      <h3>{t('options_last_title')}</h3>
      <div class={`delivery-result tone-${delivery.tone}`} data-delivery={delivery.tone}>
        <p>{delivery.result}</p>
        {delivery.detail !== null && <p class="delivery-detail" dir="ltr">{delivery.detail}</p>}
      </div>
      {delivery.facts.length > 0 && (
        <ul class="facts">
          {delivery.facts.map((fact) => (
            <li key={fact}>{fact}</li>
          ))}
        </ul>
      )}
      <p data-evicted={state.evicted}>{t('options_evicted', [String(state.evicted)])}</p>
      {state.drops.length > 0 && (
        <>
          <h3 id="drops-title">{t('options_drops_title')}</h3>
          <ul class="drops" aria-labelledby="drops-title">
            {state.drops.map((drop) => (
              <li key={`${drop.id}-${drop.at}`} data-drop-id={drop.id}>
                <span class="queue-domain" dir="ltr" title={displayHost(drop.domain) === drop.domain ? undefined : drop.domain}>
                  {displayHost(drop.domain)}
                </span>
                <span class="drop-reason" dir={drop.reason ? 'ltr' : undefined}>{drop.reason || t('options_drop_no_reason')}</span>
                <span class="queue-facts">{formatTime(drop.at, lang)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
