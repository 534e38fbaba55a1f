// Databases for tests and the load bench: PGlite always, and PostgreSQL when DATABASE_URL is set,
// each run in its own empty place (a temp folder, or a schema of its own) that is removed afterwards.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { CollectorConfig } from '../../src/config';
import type { Database } from '../../src/storage/database';
import { openDatabase } from '../../src/storage/open-database';
import { createReportStore, type ReportStore } from '../../src/storage/report-store';

export type Backend = 'pglite' | 'postgres';

export type StorageConfig = Pick<CollectorConfig, 'databaseUrl' | 'databasePoolSize' | 'dataDir'>;

export interface ScratchDatabase {
  /** Opens the same data every time, so a test can close a collector and start another on it. */
  config: StorageConfig;
  dispose(): Promise<void>;
}

/** The backends this run can test: PostgreSQL joins when DATABASE_URL names a server. */
export function availableBackends(): Backend[] {
  return process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

/** `persistent` PGlite keeps its data in a temp folder (for restarts); otherwise it lives in memory. */
export async function scratchDatabase(backend: Backend, { persistent = false } = {}): Promise<ScratchDatabase> {
  if (backend === 'pglite') {
    const dataDir = persistent ? await mkdtemp(join(tmpdir(), 'collector-test-')) : 'memory://';
    return {
      config: { databaseUrl: null, databasePoolSize: 1, dataDir },
      dispose: () => (persistent ? rm(dataDir, { recursive: true, force: true }) : Promise.resolve()),
    };
  }
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('DATABASE_URL is not set');
  const schema = `collector_scratch_${randomUUID().replaceAll('-', '')}`;
  await administer(serverUrl, `create schema ${schema}`);
  const url = new URL(serverUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    config: { databaseUrl: url.toString(), databasePoolSize: 10, dataDir: '' },
    dispose: () => administer(serverUrl, `drop schema ${schema} cascade`),
  };
}

export interface ScratchStore {
  db: Database;
  store: ReportStore;
  /** Closes the database and removes its scratch place. */
  close(): Promise<void>;
}

/** A migrated, empty database of `backend` with its report store, opened as the collector opens it. */
export async function openScratchStore(backend: Backend, k: number): Promise<ScratchStore> {
  const scratch = await scratchDatabase(backend);
  const db = await openDatabase(scratch.config);
  return {
    db,
    store: createReportStore(db, k),
    close: async () => {
      await db.close();
      await scratch.dispose();
    },
  };
}

async function administer(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
