// The collector's HTTP surface (reports.md): routes, CORS for extension pages, per-client rate limits.
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { rateLimitKey } from './client-address';
import type { CollectorConfig } from './config';
import { originMatcher } from './cors-policy';
import { createRateLimiter } from './rate-limiter';
import { getHealth } from './routes/get-health';
import { getStats } from './routes/get-stats';
import { postReports } from './routes/post-reports';
import type { Database } from './storage/database';
import type { ReportStore } from './storage/report-store';

/** The part of @hono/node-server's bindings the app reads: the peer's address, for rate limiting only. */
export interface Bindings {
  incoming?: { socket?: { remoteAddress?: string } };
}

export interface AppOptions {
  db: Database;
  store: ReportStore;
  config: Pick<CollectorConfig, 'rateLimitPerMinute' | 'corsOrigins' | 'retentionDays'>;
  now?: () => number;
}

export function createApp({ db, store, config, now = Date.now }: AppOptions): Hono<{ Bindings: Bindings }> {
  const app = new Hono<{ Bindings: Bindings }>();
  const allowed = originMatcher(config.corsOrigins);
  const limiter = createRateLimiter(config.rateLimitPerMinute, now);

  app.use(
    '/v1/*',
    cors({
      origin: (origin) => (allowed(origin) ? origin : null),
      allowMethods: ['GET', 'POST'],
      allowHeaders: ['content-type'],
      // The extension reads Retry-After on 429 to know when to try again.
      exposeHeaders: ['retry-after'],
      maxAge: 86_400,
      credentials: false,
    }),
  );
  app.use('/v1/*', async (c, next) => {
    const decision = limiter.take(rateLimitKey(c.env?.incoming?.socket?.remoteAddress));
    if (decision.allowed) return next();
    c.header('retry-after', String(decision.retryAfterSeconds));
    return c.json({ error: 'too many requests' }, 429);
  });

  app.post('/v1/reports', postReports(store, config.retentionDays, now));
  app.get('/v1/stats/:prefix', getStats(store, () => new Date(now())));
  app.get('/healthz', getHealth(db));

  app.notFound((c) => c.json({ error: 'not found' }, 404));
  // The message may name a table or a constraint, never a client: requests are not logged.
  app.onError((error, c) => {
    console.error(`collector: ${c.req.method} ${c.req.routePath} failed: ${error.message}`);
    return c.json({ error: 'internal error' }, 500);
  });
  return app;
}
