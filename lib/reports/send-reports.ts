// Delivers the queue to the collector (POST /v1/reports) and decides what each answer means for the
// reports: accepted, refused for good, or kept for a later attempt with the same ids.
import { MAX_BATCH_REPORTS, MAX_BODY_BYTES, reportBatch, type ClientInfo, type Report } from '@blocklens/report-schema';
import { isAllowedCollectorUrl, reportsEndpoint } from './collector-url';
import type { DeliveryError, DeliveryStatus, ReportQueue } from './report-queue';
import { READY, afterFailure, isDue, type RetryPolicy } from './retry-policy';

export interface SendOptions {
  queue: ReportQueue;
  fetch: typeof fetch;
  collectorUrl: string;
  client: ClientInfo;
  now: () => number;
  /** In [0, 1), for the backoff's jitter. */
  random: () => number;
  /** The person pressed "send now": do not wait for the time the last failure set. */
  force?: boolean;
  retryPolicy?: RetryPolicy;
  /** Requests in one run, so a long queue or a run of refusals cannot flood the collector. */
  maxRequests?: number;
  timeoutMs?: number;
}

/**
 * `done`: the queue is empty. `waiting`: too early after a failure, nothing sent. `failed`: stopped
 * on an error, the rest waits. `paused`: the request budget is spent, more is queued. `refused-url`:
 * the collector URL is not allowed, nothing sent. The caller schedules the next run at
 * `nextAttemptAt` when it is not null.
 */
export interface SendResult {
  outcome: 'done' | 'waiting' | 'failed' | 'paused' | 'refused-url';
  sent: number;
  dropped: number;
  nextAttemptAt: number | null;
}

type Answer =
  | { type: 'accepted' }
  | { type: 'refused'; reason: string }
  | { type: 'failed'; error: DeliveryError; retryAfter: string | null };

export async function sendQueued(options: SendOptions): Promise<SendResult> {
  const { queue, now } = options;
  const { delivery } = await queue.state();
  if (!isAllowedCollectorUrl(options.collectorUrl)) {
    await queue.saveDelivery({ ...delivery, at: now(), sent: 0, error: { type: 'collector-url' } });
    return { outcome: 'refused-url', sent: 0, dropped: 0, nextAttemptAt: null };
  }
  if (!options.force && !isDue(delivery, now())) return { outcome: 'waiting', sent: 0, dropped: 0, nextAttemptAt: delivery.nextAttemptAt };

  const maxRequests = options.maxRequests ?? 20;
  let sent = 0;
  let dropped = 0;
  let requests = 0;
  let bodyLimit = MAX_BODY_BYTES;
  const finish = async (outcome: SendResult['outcome'], status: DeliveryStatus): Promise<SendResult> => {
    await queue.saveDelivery(status);
    return { outcome, sent, dropped, nextAttemptAt: status.nextAttemptAt };
  };

  for (;;) {
    const batch = await queue.takeBatch(MAX_BATCH_REPORTS);
    if (batch.length === 0) return finish('done', { at: now(), sent, error: null, ...READY });
    for (const chunk of splitBySize(batch, options.client, bodyLimit)) {
      if (requests === maxRequests) return finish('paused', { at: now(), sent, error: null, ...READY, nextAttemptAt: now() });
      requests++;
      const body = JSON.stringify(reportBatch(options.client, chunk));
      const answer = await post(options, body);
      const ids = chunk.map((report) => report.id);
      if (answer.type === 'accepted') {
        await queue.markSent(ids);
        sent += chunk.length;
        continue;
      }
      if (answer.type === 'refused') {
        const culprit = refusedReport(answer.reason, chunk);
        const refused = culprit === null ? ids : [culprit.id];
        await queue.markDropped(refused, answer.reason);
        dropped += refused.length;
        break;
      }
      // A collector with a smaller body limit than ours: try again with bodies half the size.
      if (answer.error.type === 'status' && answer.error.status === 413 && chunk.length > 1) {
        bodyLimit = Math.floor(byteLength(body) / 2);
        break;
      }
      const failure = { now: now(), retryAfter: answer.retryAfter, random: options.random };
      return finish('failed', { at: now(), sent, error: answer.error, ...afterFailure(delivery, failure, options.retryPolicy) });
    }
  }
}

/**
 * 400 names the first invalid field. When it names a report (`reports[3].domain`, the collector's
 * validator in report.ts), only that report is dropped and the others go again. Otherwise the
 * envelope was refused, which every batch from this client would be too: the batch is dropped.
 */
function refusedReport(reason: string, chunk: Report[]): Report | null {
  const index = /^reports\[(\d+)\]/.exec(reason)?.[1];
  return index === undefined ? null : (chunk[Number(index)] ?? null);
}

async function post(options: SendOptions, body: string): Promise<Answer> {
  // Called without `this`: a browser's fetch throws "Illegal invocation" when called as options.fetch().
  const { fetch } = options;
  let response: Response;
  try {
    response = await fetch(reportsEndpoint(options.collectorUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      // Nothing but the body may identify the sender, and a redirect must not carry reports elsewhere.
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      redirect: 'error',
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
  } catch (error) {
    return { type: 'failed', error: { type: 'network', message: error instanceof Error ? error.message : String(error) }, retryAfter: null };
  }
  // Only 202 means stored: a 200 from a captive portal or a wrong URL must not empty the queue.
  if (response.status === 202) return { type: 'accepted' };
  const message = await errorText(response);
  if (response.status === 400) return { type: 'refused', reason: message };
  return { type: 'failed', error: { type: 'status', status: response.status, message }, retryAfter: response.headers.get('retry-after') };
}

/** The collector's `{ "error": "..." }`, or empty when the body says nothing readable. */
async function errorText(response: Response): Promise<string> {
  try {
    const body: unknown = await response.json();
    const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
    return typeof error === 'string' ? error.slice(0, 500) : '';
  } catch {
    return '';
  }
}

/** Consecutive runs of reports whose request bodies stay within `limit` bytes (a lone oversized report goes alone). */
export function splitBySize(reports: Report[], client: ClientInfo, limit: number): Report[][] {
  const envelope = byteLength(JSON.stringify(reportBatch(client, [])));
  const chunks: Report[][] = [];
  let chunk: Report[] = [];
  let size = envelope;
  for (const report of reports) {
    const bytes = byteLength(JSON.stringify(report));
    // Reports after the first in a body are preceded by a comma.
    if (chunk.length > 0 && size + 1 + bytes > limit) {
      chunks.push(chunk);
      chunk = [];
      size = envelope;
    }
    size += (chunk.length > 0 ? 1 : 0) + bytes;
    chunk.push(report);
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

const encoder = new TextEncoder();

function byteLength(text: string): number {
  return encoder.encode(text).length;
}
