import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSources } from '../../../lib/blocklist/compile/compile-sources';
import { loadSnapshot } from '../../../lib/blocklist/lookup/load-snapshot';
import { parseSourceSpecs } from '../../../lib/blocklist/sources/read-sources';

const FIXTURES = join(import.meta.dirname, '../../fixtures/lists');

describe('compileSources', () => {
  it('compiles several sources into one snapshot named after them and dated by their headers', async () => {
    const compiled = await compileSources(parseSourceSpecs('rkn:rkn-quirks.csv,plain:plain-extra.txt', FIXTURES));
    expect(compiled.info).toMatchObject({ name: 'rkn-quirks+plain-extra', date: '2024-03-01' });
    const matcher = loadSnapshot(compiled.bytes.slice().buffer);
    expect(matcher.info.date).toBe('2024-03-01');
    expect(matcher.matchAddress('35.200.1.9')).toEqual([
      {
        type: 'list-range',
        entry: '35.192.0.0/12',
        records: [{ list: 'rkn-quirks', authority: 'Генпрокуратура', decision: '27-31-2015/Ид4082-15', date: '2015-12-04' }],
      },
    ]);
    expect(matcher.matchHost('example.net').map((hit) => hit.records[0]?.list)).toEqual(['plain-extra']);
    expect(compiled.report.lists).toEqual(['rkn-quirks', 'plain-extra']);
  });

  it("keeps each list's date in the snapshot and dates the whole by the registry's", async () => {
    const compiled = await compileSources(parseSourceSpecs('rkn:split/dump-00.csv,citizenlab:citizenlab-sample.csv', FIXTURES));
    const lists = [
      { name: 'dump', date: '2020-02-16', dated: 'updated' },
      { name: 'citizenlab-sample', date: '2022-08-26', dated: 'newest-record' },
    ];
    expect(compiled.info).toMatchObject({ name: 'dump+citizenlab-sample', date: '2020-02-16', lists });
    expect(loadSnapshot(compiled.bytes.slice().buffer).info).toEqual(compiled.info);
  });

  it('gives the same bytes for the same sources and build time', async () => {
    const specs = parseSourceSpecs('rkn:rkn-quirks.csv', FIXTURES);
    const first = await compileSources(specs, { built: '2026-11-24T00:00:00.000Z' });
    const second = await compileSources(specs, { built: '2026-11-24T00:00:00.000Z' });
    expect(first.info.built).toBe('2026-11-24T00:00:00.000Z');
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });

  it('refuses a source that is mostly garbage, naming the file and its lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'blocklens-'));
    writeFileSync(join(dir, 'broken.txt'), 'not;a;list\n%%%\n@@@ ###\n');
    await expect(compileSources(parseSourceSpecs('plain:broken.txt', dir))).rejects.toThrow(/broken\.txt.*\n.*line 1/);
  });
});
