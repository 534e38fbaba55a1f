import { describe, expect, it } from 'vitest';
import { parsePlain } from '../../../lib/blocklist/sources/parse-plain';
import { runParser } from './parse-harness';

describe('parsePlain', () => {
  it('reads domains, wildcards, Cyrillic names, addresses and ranges, one a line', async () => {
    const run = await runParser(parsePlain, { fixture: 'plain-extra.txt' }, 'extra');
    expect(run.records.map(({ domains, wildcards, addresses }) => ({ domains, wildcards, addresses }))).toEqual([
      { domains: ['example.net'], wildcards: [], addresses: [] },
      { domains: [], wildcards: ['wild.example.net'], addresses: [] },
      { domains: ['xn--e1afmkfd.xn--p1ai'], wildcards: [], addresses: [] },
      { domains: [], wildcards: [], addresses: ['192.0.2.1'] },
      { domains: [], wildcards: [], addresses: ['198.51.100.0/24'] },
      { domains: [], wildcards: [], addresses: ['2001:db8::1'] },
      { domains: [], wildcards: [], addresses: ['2001:db8:100::/40'] },
    ]);
  });

  it('gives records with the list name and no authority, decision or date', async () => {
    const run = await runParser(parsePlain, { fixture: 'plain-extra.txt' }, 'extra');
    expect(new Set(run.records.map((record) => JSON.stringify(record.record)))).toEqual(
      new Set([JSON.stringify({ list: 'extra', authority: '', decision: '', date: '' })]),
    );
  });

  it('skips comments and blank lines and rejects what is not one entry', async () => {
    const run = await runParser(parsePlain, { fixture: 'plain-extra.txt' });
    expect(run.summary.skipped).toBe(2);
    expect(run.problems).toEqual([
      { file: 'plain-extra.txt', line: 10, reason: 'expected one entry a line' },
      { file: 'plain-extra.txt', line: 11, reason: 'bad IPv4 address "999.1.1.1"' },
      { file: 'plain-extra.txt', line: 12, reason: 'bad domain "bad_wildcard.*.example"' },
    ]);
    expect(run.summary.lines).toBe(run.summary.accepted + run.summary.rejected + run.summary.skipped);
  });

  it('decodes UTF-8 split across chunk boundaries', async () => {
    const run = await runParser(parsePlain, { text: 'пример.рф\nпрезидент.рф\n', chunkSize: 1 });
    expect(run.records.flatMap((record) => record.domains)).toEqual([
      'xn--e1afmkfd.xn--p1ai',
      'xn--d1abbgf6aiiy.xn--p1ai',
    ]);
  });

  it('fails on a list with no entry', async () => {
    await expect(runParser(parsePlain, { text: '# nothing here\n\n' })).rejects.toThrow(/inline\.txt: no usable record/);
  });
});
