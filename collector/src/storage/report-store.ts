// Accepted reports in and crowd counts out, in SQL that PGlite and PostgreSQL both run unchanged.
import type { ReportBatch } from '../../../lib/reports/report';
import type { Cause } from '../../../lib/findings/vocabulary';
import { domainPrefix } from '../domain-prefix';
import type { Database } from './database';

export interface InsertResult {
  /** Reports stored by this request. */
  accepted: number;
  /** Reports whose id was stored already (or repeated within the batch): nothing changed for them. */
  duplicates: number;
}

/** Distinct reports per cause; causes without reports are left out. */
export type CauseCounts = Partial<Record<Cause, number>>;

export interface DomainStats {
  domain: string;
  last24h: CauseCounts;
  last7d: CauseCounts;
}

export interface ReportStore {
  /** Stores a valid batch in one statement: when it resolves, the reports are committed. */
  insert(batch: ReportBatch): Promise<InsertResult>;
  /** Domains under `prefix` with at least `k` reports in the 7 days before `now`, by cause. */
  stats(prefix: string, now: Date): Promise<DomainStats[]>;
  /** All stored reports (tests and the load bench check nothing was lost or doubled). */
  count(): Promise<number>;
}

const HOUR_MS = 3_600_000;
/** Reports stamped up to an hour ahead still count: a client's clock may run a little fast. */
const CLOCK_SKEW_MS = HOUR_MS;

// One statement: the batch travels as one JSON parameter, so a batch of any size costs one round trip,
// and the statement is its own transaction, committed before the promise resolves.
const INSERT = `
  insert into reports (id, hour, domain, domain_prefix, kind, cause, mechanism, confidence, list, count, country,
                       client_version, client_browser, client_browser_major)
  select r.id, r.hour, r.domain, r.domain_prefix, r.kind, r.cause, r.mechanism, r.confidence, r.list, r.count, r.country,
         $2, $3, $4
  from jsonb_to_recordset($1::jsonb) as r(id uuid, hour timestamptz, domain text, domain_prefix text, kind text, cause text,
                                           mechanism text, confidence text, list jsonb, count integer, country text)
  on conflict (id) do nothing
  returning id`;

// A domain appears only with at least k distinct reports over the 7 days, so a single report cannot
// be told apart; counts are distinct reports, not their `count` fields, which one client could inflate.
const STATS = `
  select domain, cause, last24h, last7d from (
    select domain, cause,
           count(*) filter (where hour >= $2::timestamptz)::integer as last24h,
           count(*)::integer as last7d,
           sum(count(*)) over (partition by domain) as domain_reports
    from reports
    where domain_prefix = $1 and hour >= $3::timestamptz and hour <= $4::timestamptz
    group by domain, cause
  ) as by_cause
  where domain_reports >= $5
  order by domain, cause`;

export function createReportStore(db: Database, k: number): ReportStore {
  return {
    async insert(batch) {
      const rows = batch.reports.map((report) => ({
        id: report.id,
        hour: report.hour,
        domain: report.domain,
        domain_prefix: domainPrefix(report.domain),
        kind: report.kind,
        cause: report.cause,
        mechanism: report.mechanism,
        confidence: report.confidence,
        list: report.list,
        count: report.count,
        country: report.country ?? null,
      }));
      const { client } = batch;
      const inserted = await db.query<{ id: string }>(INSERT, [JSON.stringify(rows), client.version, client.browser, client.browserMajor]);
      return { accepted: inserted.length, duplicates: rows.length - inserted.length };
    },

    async stats(prefix, now) {
      const currentHour = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
      const since = (hours: number) => new Date(currentHour - (hours - 1) * HOUR_MS).toISOString();
      const until = new Date(currentHour + CLOCK_SKEW_MS).toISOString();
      const rows = await db.query<{ domain: string; cause: Cause; last24h: number; last7d: number }>(STATS, [prefix, since(24), since(7 * 24), until, k]);
      const domains = new Map<string, DomainStats>();
      for (const row of rows) {
        let entry = domains.get(row.domain);
        if (entry === undefined) {
          entry = { domain: row.domain, last24h: {}, last7d: {} };
          domains.set(row.domain, entry);
        }
        if (row.last24h > 0) entry.last24h[row.cause] = row.last24h;
        entry.last7d[row.cause] = row.last7d;
      }
      return [...domains.values()];
    },

    async count() {
      const [row] = await db.query<{ count: number }>('select count(*)::integer as count from reports');
      return row?.count ?? 0;
    },
  };
}
