// Picks the backend the configuration names and brings its schema up to date before first use.
import type { CollectorConfig } from '../config';
import type { Database } from './database';
import { migrate, readMigrations } from './migrate';
import { openPgliteDatabase } from './pglite-database';
import { openPostgresDatabase } from './postgres-database';

export async function openDatabase(config: Pick<CollectorConfig, 'databaseUrl' | 'databasePoolSize' | 'dataDir'>): Promise<Database> {
  const db = config.databaseUrl === null ? await openPgliteDatabase(config.dataDir) : openPostgresDatabase(config.databaseUrl, config.databasePoolSize);
  try {
    await migrate(db, await readMigrations());
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
