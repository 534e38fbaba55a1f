// The embedded backend: PostgreSQL compiled to WebAssembly, in a data folder or in memory.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database';

const CREATE_DATA = fileURLToPath(new URL('./create-pglite-data.mjs', import.meta.url));

/** `dataDir` is a folder, or `memory://` to keep everything in memory. */
export async function openPgliteDatabase(dataDir: string): Promise<Database> {
  if (!dataDir.includes('://') && !existsSync(join(dataDir, 'PG_VERSION'))) await createDataFolder(dataDir);
  const db = await PGlite.create(dataDir);
  const queryable = (target: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    query: async <Row extends object>(sql: string, params?: unknown[]) => (await target.query<Row>(sql, params)).rows,
    exec: async (sql) => {
      await target.exec(sql);
    },
  });
  return {
    backend: 'pglite',
    connections: 1,
    ...queryable(db),
    transaction: (work) => db.transaction((tx) => work(queryable(tx))),
    close: () => db.close(),
  };
}

/**
 * Creates a new data folder in a short-lived process (see create-pglite-data.mjs), beside it under
 * another name first: a creation cut short (the process killed, the disk full) leaves no half-made
 * folder that a later start would take for a database.
 */
async function createDataFolder(dataDir: string): Promise<void> {
  if (existsSync(dataDir) && (await readdir(dataDir)).length > 0) {
    throw new Error(`${dataDir} holds files but no database (no PG_VERSION): move them away or name another COLLECTOR_DATA_DIR`);
  }
  const creating = `${dataDir}.creating`;
  await rm(creating, { recursive: true, force: true });
  await mkdir(dirname(dataDir), { recursive: true });
  await promisify(execFile)(process.execPath, [CREATE_DATA, creating]);
  await rm(dataDir, { recursive: true, force: true });
  await rename(creating, dataDir);
}
