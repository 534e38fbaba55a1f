// GET /v1/stats/{prefix} behind a fetch function, answering as the collector does: every domain it
// holds counts for whose prefix matches. It can be down, answer an error, or hold its answers back.
import { domainPrefix } from '../../../collector/src/domain-prefix';
import type { CrowdCounts } from '../../../lib/crowd/crowd-counts';

export class StatsCollector {
  readonly requests: string[] = [];
  /** Fails as a browser's fetch does without a connection. */
  down = false;
  status = 200;
  /** While set, answers wait for it. */
  held: Promise<void> | null = null;

  constructor(private readonly counts: Record<string, CrowdCounts>) {}

  readonly fetch = async (input: RequestInfo | URL): Promise<Response> => {
    const url = String(input);
    this.requests.push(url);
    await this.held;
    if (this.down) throw new TypeError('Failed to fetch');
    if (this.status !== 200) return Response.json({ error: 'unavailable' }, { status: this.status });
    const prefix = /\/v1\/stats\/([0-9a-f]{4})$/.exec(url)?.[1] ?? '';
    const domains = Object.entries(this.counts)
      .filter(([domain]) => domainPrefix(domain) === prefix)
      .map(([domain, { last24h, last7d }]) => ({ domain, last24h, last7d }));
    return Response.json({ prefix, domains });
  };
}
