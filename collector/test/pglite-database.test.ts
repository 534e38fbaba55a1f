// The embedded backend on disk: a data folder made with its parents, and data kept across reopening.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgliteDatabase } from '../src/storage/pglite-database';

describe('openPgliteDatabase', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'collector-pglite-'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('creates a missing data folder with its parents and finds its data there again', async () => {
    const dataDir = join(root, 'a', 'b', 'data');
    const first = await openPgliteDatabase(dataDir);
    await first.exec('create table kept (x int); insert into kept values (42);');
    await first.close();
    const second = await openPgliteDatabase(dataDir);
    expect(await second.query('select x from kept')).toEqual([{ x: 42 }]);
    await second.close();
  });
});
