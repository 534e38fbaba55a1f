// Brings a database to the newest schema at start: numbered SQL files in collector/migrations,
// each applied once, in order, recorded in schema_migrations.
import { readdir, readFile } from 'node:fs/promises';
import type { Database } from './database';

const MIGRATIONS_DIR = new URL('../../migrations/', import.meta.url);
/** Any constant: collectors starting together against one server take turns through this lock. */
const MIGRATION_LOCK = 7_262_019;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** `0001-reports.sql` and so on; a file not named that way is an error, not something to skip. */
export async function readMigrations(directory: URL = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(directory)).sort();
  const migrations = await Promise.all(
    files.map(async (file) => {
      const match = /^(\d{4})-([a-z0-9-]+)\.sql$/.exec(file);
      if (match === null) throw new Error(`migration file name must look like 0001-name.sql: ${file}`);
      return { version: Number(match[1]), name: match[2] ?? '', sql: await readFile(new URL(file, directory), 'utf8') };
    }),
  );
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) throw new Error(`migrations must be numbered 1, 2, 3…: found ${migration.version} at position ${index + 1}`);
  });
  return migrations;
}

/** Applies the missing migrations in one transaction and returns their versions. */
export async function migrate(db: Database, migrations: Migration[]): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`create table if not exists schema_migrations (
      version integer primary key,
      name text not null,
      applied_at timestamptz not null default now()
    )`);
    const rows = await tx.query<{ version: number }>('select version from schema_migrations');
    const applied = new Set(rows.map((row) => row.version));
    const missing = migrations.filter((migration) => !applied.has(migration.version));
    for (const migration of missing) {
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [migration.version, migration.name]);
    }
    return missing.map((migration) => migration.version);
  });
}
