// GET /healthz: up only when the database answers, so a load balancer skips a collector that could
// not store a report.
import type { Handler } from 'hono';
import type { Database } from '../storage/database';

export function getHealth(db: Database): Handler {
  return async (c) => {
    c.header('cache-control', 'no-store');
    try {
      await db.query('select 1');
      return c.json({ status: 'ok' });
    } catch {
      return c.json({ status: 'unavailable' }, 503);
    }
  };
}
