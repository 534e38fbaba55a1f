// The embedded backend: PostgreSQL compiled to WebAssembly, in a data folder or in memory.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database';

const CREATE_DATA = fileURLToPath(new URL('./create-pglite-data.mjs', import.meta.url));

/** `dataDir` is a folder, or `memory://` to keep everything in memory. */
export async function openPgliteDatabase(dataDir: string): Promise<Database> {
  if (!dataDir.includes('://')) {
    // PGlite creates the data folder itself but not its parents.
    await mkdir(dataDir, { recursive: true });
    // A new folder is created in a short-lived process: see create-pglite-data.mjs.
    if (!existsSync(join(dataDir, 'PG_VERSION'))) await promisify(execFile)(process.execPath, [CREATE_DATA, dataDir]);
  }
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
