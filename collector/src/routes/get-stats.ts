// GET /v1/stats/{prefix}: crowd counts for every domain under a SHA-256 prefix that has enough
// reports to hide any single one.
import type { Handler } from 'hono';
import { isDomainPrefix } from '../domain-prefix';
import type { ReportStore } from '../storage/report-store';

/** Counts move by the hour; a few minutes of caching spares the database repeated popups. */
const CACHE_CONTROL = 'public, max-age=300';

export function getStats(store: ReportStore, now: () => Date): Handler {
  return async (c) => {
    const prefix = c.req.param('prefix') ?? '';
    if (!isDomainPrefix(prefix)) return c.json({ error: 'prefix must be 4 lower-case hex digits' }, 400);
    const domains = await store.stats(prefix, now());
    c.header('cache-control', CACHE_CONTROL);
    return c.json({ prefix, domains });
  };
}
