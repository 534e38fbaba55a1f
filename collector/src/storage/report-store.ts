// Accepted reports in and crowd counts out, in SQL that PGlite and PostgreSQL both run unchanged.
import type { ReportBatch } from '@blocklens/report-schema';
import type { Cause } from '@blocklens/vocabulary';
import { domainPrefix } from '../domain-prefix';
import { CLOCK_SKEW_MS } from '../report-hours';
import { isDataFault } from './data-fault';
import type { Database } from './database';
import { coalesceWrites } from './write-coalescer';

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
  /** Stores a valid batch (with others arriving meanwhile) in one statement: when it resolves, the reports are committed. */
  insert(batch: ReportBatch): Promise<InsertResult>;
  /** Domains under `prefix` with at least `k` reports in the 7 days before `now`, by cause. */
  stats(prefix: string, now: Date): Promise<DomainStats[]>;
  /** All stored reports (tests and the load bench check nothing was lost or doubled). */
  count(): Promise<number>;
  /** Deletes the reports whose hour is before `before`; resolves to how many. */
  prune(before: Date): Promise<number>;
}

const HOUR_MS = 3_600_000;

// One statement: the rows travel as one JSON parameter, so any number of batches costs one round
// trip, and the statement is its own transaction, committed before the promise resolves.
const INSERT = `
  insert into reports (id, hour, domain, domain_prefix, kind, cause, mechanism, confidence, list, count, country,
                       client_version, client_browser, client_browser_major)
  select * from jsonb_to_recordset($1::jsonb) as r(id uuid, hour timestamptz, domain text, domain_prefix text, kind text,
    cause text, mechanism text, confidence text, list jsonb, count integer, country text, client_version text,
    client_browser text, client_browser_major integer)
  on conflict (id) do nothing
  returning id::text`;

/** Reports a statement may carry when batches are grouped: ten full batches, about 600 KiB of JSON. */
const MAX_GROUP_REPORTS = 1_000;
/**
 * Insert statements at once: few means big groups and few commits (on two cores, 2 beat a statement
 * per pooled connection in the load bench), and the pool's other connections stay free for stats.
 */
const MAX_INSERTS_IN_FLIGHT = 2;

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

const PRUNE = `
  with deleted as (delete from reports where hour < $1::timestamptz returning 1)
  select count(*)::integer as count from deleted`;

export function createReportStore(db: Database, k: number): ReportStore {
  const insertGroup = async (batches: ReportBatch[]): Promise<InsertResult[]> => {
    const rows = batches.flatMap(({ client, reports }) =>
      reports.map((report) => ({
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
        client_version: client.version,
        client_browser: client.browser,
        client_browser_major: client.browserMajor,
      })),
    );
    const inserted = new Set((await db.query<{ id: string }>(INSERT, [JSON.stringify(rows)])).map((row) => row.id));
    // An id stored by this statement counts as accepted for the first report that carried it, in
    // arrival order; every other report with that id, here or earlier, is a duplicate.
    return batches.map(({ reports }) => {
      const accepted = reports.filter((report) => inserted.delete(report.id)).length;
      return { accepted, duplicates: reports.length - accepted };
    });
  };
  const insert = coalesceWrites(insertGroup, (batch) => batch.reports.length, {
    maxInFlight: Math.min(MAX_INSERTS_IN_FLIGHT, db.connections),
    maxItems: MAX_GROUP_REPORTS,
    isItemFault: isDataFault,
  });

  return {
    insert,

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

    async prune(before) {
      const [row] = await db.query<{ count: number }>(PRUNE, [before.toISOString()]);
      return row?.count ?? 0;
    },
  };
}
