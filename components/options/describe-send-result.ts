// What pressing "send now" achieved, in one or two sentences.
import type { Translate } from '../../lib/explain/translate';
import type { SendResult } from '../../lib/reports/send-reports';

export function describeSendResult(result: SendResult, t: Translate): string {
  const sentences = [outcomeSentence(result, t)];
  if (result.dropped > 0) sentences.push(t('options_send_dropped', [String(result.dropped)]));
  return sentences.join(' ');
}

function outcomeSentence(result: SendResult, t: Translate): string {
  switch (result.outcome) {
    case 'done':
      return t('options_send_done', [String(result.sent)]);
    case 'paused':
      return t('options_send_paused', [String(result.sent)]);
    case 'failed':
      return t('options_send_failed');
    case 'refused-url':
      return t('options_send_refused_url');
    case 'waiting':
      // The time it waits for is among the delivery facts beside this sentence.
      return t('options_send_waiting');
  }
}
