// The embedded backend: PostgreSQL compiled to WebAssembly, in a data folder or in memory.
import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database';

/** `dataDir` is a folder, or `memory://` to keep everything in memory. */
export async function openPgliteDatabase(dataDir: string): Promise<Database> {
  // PGlite creates the data folder itself but not its parents.
  if (!dataDir.includes('://')) await mkdir(dataDir, { recursive: true });
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
