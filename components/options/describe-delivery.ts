// The queue's delivery record in words: the last run's result or error, and when the next is due.
import type { Translate } from '../../lib/explain/translate';
import type { DeliveryStatus } from '../../lib/reports/report-queue';
import { formatTime } from '../shared/format-time';

export interface DeliveryText {
  /** What the last run achieved, or that there was none. */
  result: string;
  /** The error as the browser or the collector put it, when there is one. */
  detail: string | null;
  tone: 'done' | 'error' | 'none';
  /** Further facts: reports accepted before an error, failures in a row, the next attempt. */
  facts: string[];
}

export function describeDelivery(delivery: DeliveryStatus, lang: string, t: Translate): DeliveryText {
  const facts: string[] = [];
  if (delivery.error !== null && delivery.sent > 0) facts.push(t('options_last_partial', [String(delivery.sent)]));
  if (delivery.failures > 0) facts.push(t('options_failures', [String(delivery.failures)]));
  if (delivery.nextAttemptAt !== null) facts.push(t('options_next_attempt', [formatTime(delivery.nextAttemptAt, lang)]));
  if (delivery.at === null) return { result: t('options_last_never'), detail: null, tone: 'none', facts };
  const at = formatTime(delivery.at, lang);
  const { error } = delivery;
  if (error === null) return { result: t('options_last_sent', [String(delivery.sent), at]), detail: null, tone: 'done', facts };
  switch (error.type) {
    case 'network':
      return { result: t('options_last_error_network', [at]), detail: error.message || null, tone: 'error', facts };
    case 'status':
      return {
        result: t('options_last_error_status', [at, String(error.status)]),
        detail: error.message || null,
        tone: 'error',
        facts,
      };
    case 'collector-url':
      return { result: t('options_last_error_url', [at]), detail: null, tone: 'error', facts };
  }
}
