// "Send now": asks the worker, the only sender of reports, to deliver the queue at once.
import type { SendResult } from '../../lib/reports/send-reports';
import { askWorker } from '../common/ask-worker';

const OUTCOMES: ReadonlySet<unknown> = new Set<SendResult['outcome']>(['done', 'waiting', 'failed', 'paused', 'refused-url']);

/** Rejects when no worker answered with a result (none listening, or it failed). */
export async function sendReportsNow(): Promise<SendResult> {
  const answer: unknown = await askWorker({ type: 'blocklens:send-reports-now' });
  if (!OUTCOMES.has((answer as Partial<SendResult> | null)?.outcome)) throw new Error('the worker gave no send result');
  return answer as SendResult;
}
