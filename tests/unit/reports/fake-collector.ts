// An in-memory collector behind a fetch function: validates bodies as reports.md says, stores each
// report id once, and answers with a scripted failure when told to.
import { MAX_BODY_BYTES, validateReportBatch, type Report } from '@blocklens/report-schema';

export type Behaviour =
  | 'accept'
  | 'network-error'
  /** The collector stores the reports but the answer never arrives. */
  | 'store-then-network-error'
  | { status: number; retryAfter?: string; body?: unknown };

export interface RecordedRequest {
  url: string;
  init: RequestInit;
  bytes: number;
  reports: Report[];
}

export class FakeCollector {
  readonly stored = new Map<string, Report>();
  readonly requests: RecordedRequest[] = [];
  duplicates = 0;
  bodyLimit = MAX_BODY_BYTES;
  /** Reports for this domain are refused with 400, naming the report. */
  refusedDomain: string | null = null;
  private readonly script: Behaviour[] = [];

  /** The answers to the next requests, in order; afterwards it accepts. */
  answer(...behaviours: Behaviour[]): void {
    this.script.push(...behaviours);
  }

  readonly fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const body = String(init.body);
    const bytes = new TextEncoder().encode(body).length;
    const parsed: unknown = JSON.parse(body);
    const valid = validateReportBatch(parsed);
    this.requests.push({ url: String(input), init, bytes, reports: valid.ok ? valid.batch.reports : [] });
    const behaviour = this.script.shift() ?? 'accept';
    if (behaviour === 'network-error') throw new TypeError('Failed to fetch');
    if (typeof behaviour === 'object') {
      const headers = behaviour.retryAfter === undefined ? undefined : { 'retry-after': behaviour.retryAfter };
      return new Response(JSON.stringify(behaviour.body ?? {}), { status: behaviour.status, headers });
    }
    if (bytes > this.bodyLimit) return Response.json({ error: 'body too large' }, { status: 413 });
    if (!valid.ok) return Response.json({ error: valid.error }, { status: 400 });
    const refused = valid.batch.reports.findIndex((report) => report.domain === this.refusedDomain);
    if (refused >= 0) return Response.json({ error: `reports[${refused}].domain: refused by this collector` }, { status: 400 });
    let accepted = 0;
    for (const report of valid.batch.reports) {
      if (this.stored.has(report.id)) this.duplicates++;
      else {
        this.stored.set(report.id, report);
        accepted++;
      }
    }
    if (behaviour === 'store-then-network-error') throw new TypeError('Failed to fetch');
    return Response.json({ accepted, duplicates: valid.batch.reports.length - accepted }, { status: 202 });
  };
}
