// "Send now": asks the worker, the only sender of reports, to deliver the queue at once.
import { browser } from 'wxt/browser';
import { SEND_NOW_MESSAGE } from '../../lib/reports/report-messages';
import type { SendResult } from '../../lib/reports/send-reports';

const OUTCOMES: ReadonlySet<unknown> = new Set<SendResult['outcome']>(['done', 'waiting', 'failed', 'paused', 'refused-url']);

/** Rejects when no worker answered with a result (none listening, or it failed). */
export async function sendReportsNow(): Promise<SendResult> {
  const answer: unknown = await browser.runtime.sendMessage(SEND_NOW_MESSAGE);
  if (!OUTCOMES.has((answer as Partial<SendResult> | null)?.outcome)) throw new Error('the worker gave no send result');
  return answer as SendResult;
}
