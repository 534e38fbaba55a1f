// Starts a collector: opens and migrates the database, then listens. Used by main.ts, the tests and
// the load bench alike, so they all exercise the same start-up path.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import type { CollectorConfig } from './config';
import { openDatabase } from './storage/open-database';
import { createReportStore, type ReportStore } from './storage/report-store';
import { startRetention } from './storage/retention';

export interface RunningCollector {
  /** e.g. `http://127.0.0.1:8787` */
  url: string;
  store: ReportStore;
  /** Stops accepting connections, lets requests in flight finish, then closes the database. */
  close(): Promise<void>;
}

export async function startCollector(config: CollectorConfig): Promise<RunningCollector> {
  const db = await openDatabase(config);
  const store = createReportStore(db, config.statsK);
  const app = createApp({ db, store, config });
  let server: ReturnType<typeof serve>;
  let port: number;
  try {
    ({ server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>((resolve, reject) => {
      const started = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info: AddressInfo) =>
        resolve({ server: started, port: info.port }),
      );
      started.once('error', reject);
    }));
  } catch (error) {
    await db.close();
    throw error;
  }
  const stopRetention = startRetention(store, config.retentionDays);
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    url: `http://${host}:${port}`,
    store,
    close: async () => {
      stopRetention();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      await db.close();
    },
  };
}
