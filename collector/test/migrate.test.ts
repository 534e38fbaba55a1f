// Migrations: each applied once, in order, recorded; misnamed or misnumbered files stop the start-up.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/storage/database';
import { migrate, readMigrations } from '../src/storage/migrate';
import { openPgliteDatabase } from '../src/storage/pglite-database';
import { openPostgresDatabase } from '../src/storage/postgres-database';
import { availableBackends, scratchDatabase, type ScratchDatabase } from './support/scratch-database';

describe('readMigrations', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'collector-migrations-'));
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  const folder = async (files: Record<string, string>) => {
    const path = await mkdtemp(join(directory, 'case-'));
    for (const [name, sql] of Object.entries(files)) await writeFile(join(path, name), sql);
    return pathToFileURL(`${path}/`);
  };

  it('reads the shipped migrations in order', async () => {
    const migrations = await readMigrations();
    expect(migrations.map(({ version, name }) => ({ version, name }))).toEqual([
      { version: 1, name: 'reports' },
      { version: 2, name: 'reports-hour' },
    ]);
    expect(migrations[0]?.sql).toContain('create table reports');
  });

  it('refuses a misnamed file and a gap in the numbers', async () => {
    await expect(readMigrations(await folder({ '0001-a.sql': '', 'notes.txt': '' }))).rejects.toThrow('notes.txt');
    await expect(readMigrations(await folder({ '0001-a.sql': '', '0003-c.sql': '' }))).rejects.toThrow('found 3 at position 2');
  });
});

describe.each(availableBackends())('migrate on %s', (backend) => {
  let scratch: ScratchDatabase;
  let db: Database;
  beforeAll(async () => {
    scratch = await scratchDatabase(backend);
    const { databaseUrl } = scratch.config;
    db = databaseUrl === null ? await openPgliteDatabase('memory://') : openPostgresDatabase(databaseUrl, 2);
  });
  afterAll(async () => {
    await db.close();
    await scratch.dispose();
  });

  it('applies each migration once and records it', async () => {
    const first = [{ version: 1, name: 'a', sql: 'create table a (x int); create table b (y int);' }];
    expect(await migrate(db, first)).toEqual([1]);
    expect(await migrate(db, first)).toEqual([]);
    const second = [...first, { version: 2, name: 'c', sql: 'alter table a add column z int;' }];
    expect(await migrate(db, second)).toEqual([2]);
    expect(await db.query('select version, name from schema_migrations order by version')).toEqual([
      { version: 1, name: 'a' },
      { version: 2, name: 'c' },
    ]);
    expect(await db.query('select x, z from a')).toEqual([]);
  });

  it('rolls a failing migration back whole', async () => {
    const broken = [{ version: 3, name: 'd', sql: 'create table d (x int); select no_such_function();' }];
    await expect(migrate(db, broken)).rejects.toThrow();
    expect(await db.query(`select 1 from information_schema.tables where table_name = 'd'`)).toEqual([]);
    expect(await db.query('select version from schema_migrations where version = 3')).toEqual([]);
  });
});
