// DNS-over-HTTPS lookups of a host's A and AAAA addresses: a short timeout, a cache bounded by the
// answers' TTLs, one request at a time per host, and a bound on lookups per minute.
import { combineAnswers, failed, type DnsAnswer } from './dns-answer';
import type { DohEndpoint } from './doh-endpoint';
import { dohQuery } from './doh-query';
import { LookupBudget } from './lookup-budget';
import { LookupCache } from './lookup-cache';

export interface DohClientOptions {
  fetch: typeof globalThis.fetch;
  now: () => number;
  /** How long one lookup may take, both record types together. */
  timeoutMs?: number;
  /** Lookups (of a host, not requests) allowed in any minute. */
  perMinute?: number;
}

const DEFAULT_TIMEOUT_MS = 3000;
const DEFAULT_PER_MINUTE = 20;

export class DohClient {
  private readonly cache: LookupCache<DnsAnswer>;
  private readonly budget: LookupBudget;
  private readonly pending = new Map<string, Promise<DnsAnswer>>();

  constructor(private readonly options: DohClientOptions) {
    this.cache = new LookupCache(options.now);
    this.budget = new LookupBudget(options.perMinute ?? DEFAULT_PER_MINUTE, options.now);
  }

  /** Never throws; a failed lookup is not cached, so a later one asks again. */
  resolve(endpoint: DohEndpoint, host: string): Promise<DnsAnswer> {
    const key = `${endpoint.format} ${endpoint.url} ${host}`;
    const cached = this.cache.get(key);
    if (cached) return Promise.resolve(cached);
    const running = this.pending.get(key);
    if (running) return running;
    if (!this.budget.take()) return Promise.resolve(failed('rate-limited'));
    const lookup = this.lookUp(endpoint, host).then((answer) => {
      this.pending.delete(key);
      if (answer.outcome !== 'failed') this.cache.set(key, answer, answer.outcome === 'addresses' ? answer.ttl : undefined);
      return answer;
    });
    this.pending.set(key, lookup);
    return lookup;
  }

  private async lookUp(endpoint: DohEndpoint, host: string): Promise<DnsAnswer> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    try {
      const [a, aaaa] = await Promise.all([
        dohQuery(this.options.fetch, endpoint, host, 'A', controller.signal),
        dohQuery(this.options.fetch, endpoint, host, 'AAAA', controller.signal),
      ]);
      return combineAnswers(a, aaaa);
    } finally {
      clearTimeout(timer);
    }
  }
}
