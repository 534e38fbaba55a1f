import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceRecord } from '../../../lib/blocklist/format/types';
import { parseRkn } from '../../../lib/blocklist/sources/parse-rkn';
import { KEPT_PROBLEMS, ParseTally } from '../../../lib/blocklist/sources/parse-tally';
import { FIXTURES, chunked, runParser, type ParseRun } from './parse-harness';

// rkn-quirks.csv is Windows-1251, one quirk a line (see the expectations below for the line numbers).
const quirks = () => runParser(parseRkn, { fixture: 'rkn-quirks.csv' }, 'ru-registry');

function recordNaming(run: ParseRun, predicate: (record: SourceRecord) => boolean): SourceRecord {
  const found = run.records.find(predicate);
  if (!found) throw new Error('no such record');
  return found;
}

describe('parseRkn on a dump with every quirk', () => {
  it('reads the Updated: header as the list date and skips it', async () => {
    const run = await quirks();
    expect(run.summary.updated).toBe('2024-03-01');
    expect(run.records.some((record) => record.record.decision.startsWith('Updated'))).toBe(false);
  });

  it('gives a plain line as one record with its Windows-1251 authority decoded', async () => {
    const run = await quirks();
    expect(run.records[0]).toEqual({
      record: { list: 'ru-registry', authority: 'суд', decision: '2-100/2020', date: '2020-01-02' },
      domains: ['example.org'],
      wildcards: [],
      urls: ['http://example.org/page'],
      addresses: ['192.0.2.1'],
    });
  });

  it('splits addresses on "|" with or without spaces', async () => {
    const run = await quirks();
    expect(run.records[1]!.addresses).toEqual(['192.0.2.10', '192.0.2.11', '192.0.2.12']);
    expect(run.records[1]!.record.authority).toBe('Генпрокуратура');
  });

  it('normalises ranges and IPv6, and trims the stray space after a decision number', async () => {
    const run = await quirks();
    const record = run.records[2]!;
    expect(record.addresses).toEqual(['35.192.0.0/12', '198.51.100.0/24', '2001:db8::/32', '2001:db8::1']);
    expect(record.record).toEqual({
      list: 'ru-registry',
      authority: 'Генпрокуратура',
      decision: '27-31-2015/Ид4082-15',
      date: '2015-12-04',
    });
  });

  it('keeps a "*." domain as a wildcard without its prefix', async () => {
    const run = await quirks();
    const record = recordNaming(run, (r) => r.wildcards.length > 0);
    expect(record.wildcards).toEqual(['wild.example']);
    expect(record.domains).toEqual([]);
  });

  it('turns a Cyrillic domain into punycode', async () => {
    const run = await quirks();
    const record = recordNaming(run, (r) => r.record.decision === '1-1/2019');
    expect(record.domains).toEqual(['xn--d1abbgf6aiiy.xn--p1ai']);
    expect(record.record.authority).toBe('Роскомнадзор');
  });

  it('reads quoted fields holding ";" and "" escapes', async () => {
    const run = await quirks();
    expect(recordNaming(run, (r) => r.domains[0] === 'quoted.example').urls).toEqual([
      'http://quoted.example/?a=1;b=2',
    ]);
    expect(recordNaming(run, (r) => r.domains[0] === 'escaped.example').urls).toEqual([
      'http://escaped.example/watch?v=x%22',
    ]);
  });

  it('trims stray spaces around every field and inside free text, and splits URLs on " | "', async () => {
    const run = await quirks();
    expect(recordNaming(run, (r) => r.domains[0] === 'spaced.example')).toEqual({
      record: { list: 'ru-registry', authority: 'МВД', decision: '8/7/10-1 2017', date: '2017-09-30' },
      domains: ['spaced.example'],
      wildcards: [],
      urls: ['http://spaced.example/a', 'http://spaced.example/b'],
      addresses: ['192.0.2.30'],
    });
  });

  it('does not split a URL on a bare "|"', async () => {
    const run = await quirks();
    expect(recordNaming(run, (r) => r.domains[0] === 'pipe.example').urls).toEqual([
      'http://pipe.example/?utm=RF_|_x',
    ]);
  });

  it('files an address written in the domain field as an address', async () => {
    const run = await quirks();
    const record = recordNaming(run, (r) => r.urls[0] === 'http://192.0.2.60/');
    expect(record.domains).toEqual([]);
    expect(record.addresses).toEqual(['192.0.2.60']);
  });

  it('drops a bad address from a line but keeps the rest, with a problem for that line', async () => {
    const run = await quirks();
    expect(recordNaming(run, (r) => r.domains[0] === 'badip.example').addresses).toEqual(['192.0.2.40']);
    expect(run.problems).toContainEqual({ file: 'rkn-quirks.csv', line: 10, reason: 'bad IPv4 address "192.0.2.999"' });
    expect(run.summary.droppedEntries).toBe(1);
  });

  it('rejects bad ranges, empty records, wrong field counts and bad dates with line and reason', async () => {
    const run = await quirks();
    const rejected = run.problems.filter((problem) => problem.line !== 10);
    expect(rejected).toEqual([
      { file: 'rkn-quirks.csv', line: 11, reason: 'bad range prefix "203.0.113.0/33"' },
      { file: 'rkn-quirks.csv', line: 12, reason: 'names no domain, URL or address' },
      { file: 'rkn-quirks.csv', line: 13, reason: 'expected 6 fields, found 3' },
      { file: 'rkn-quirks.csv', line: 15, reason: 'bad date "2021-13-45"' },
    ]);
    expect(run.records.some((record) => record.domains.includes('baddate.example'))).toBe(false);
  });

  it('accounts for every line', async () => {
    const { summary, records } = await quirks();
    const lineCount = readFileSync(join(FIXTURES, 'rkn-quirks.csv'), 'latin1').split('\n').length - 1;
    expect(summary.lines).toBe(lineCount);
    expect(summary.accepted + summary.rejected + summary.skipped).toBe(lineCount);
    expect(summary.accepted).toBe(records.length);
    expect(summary.rejected).toBe(4);
    expect(summary.skipped).toBe(2);
    expect(summary.truncatedLastLine).toBe(false);
    expect(summary.newestDecision).toBe('2021-02-03');
  });

  it('gives the same records whatever the chunk boundaries', async () => {
    const whole = await quirks();
    const bytes = readFileSync(join(FIXTURES, 'rkn-quirks.csv'));
    const tally = new ParseTally('rkn-quirks.csv');
    const records: SourceRecord[] = [];
    for await (const record of parseRkn(chunked(bytes, 7), 'ru-registry', tally)) records.push(record);
    expect(records).toEqual(whole.records);
  });
});

describe('parseRkn at the end of a file', () => {
  it('reports a truncated last line as a problem, not a failure', async () => {
    const run = await runParser(parseRkn, { fixture: 'rkn-truncated.csv' });
    expect(run.records.map((record) => record.domains)).toEqual([['a.example']]);
    expect(run.summary.truncatedLastLine).toBe(true);
    expect(run.problems).toEqual([
      { file: 'rkn-truncated.csv', line: 3, reason: 'truncated last line (the file ends mid-record)' },
    ]);
  });

  it('sees a last line cut inside a quoted field or inside the date as truncated', async () => {
    const good = '192.0.2.1;a.example;;x;1;2020-01-01\n'.repeat(3);
    for (const cut of ['192.0.2.2;b.example;"http://b.example/?a=1;b', '192.0.2.2;b.example;;x;1;2020-01-']) {
      const run = await runParser(parseRkn, { text: good + cut });
      expect(run.summary.truncatedLastLine).toBe(true);
      expect(run.records).toHaveLength(3);
    }
  });

  it('accepts a complete last line without a newline', async () => {
    const run = await runParser(parseRkn, { text: '192.0.2.1;a.example;;x;1;2020-01-01\n192.0.2.2;b.example;;x;1;2020-01-02' });
    expect(run.records.map((record) => record.domains[0])).toEqual(['a.example', 'b.example']);
    expect(run.summary.truncatedLastLine).toBe(false);
  });

  it('rejects an unterminated quote on an inner line', async () => {
    const run = await runParser(parseRkn, {
      text: ';a.example;"http://a.example/;x;1;2020-01-01\n;b.example;;x;1;2020-01-01\n;c.example;;x;1;2020-01-01\n',
    });
    expect(run.problems).toEqual([{ file: 'inline.txt', line: 1, reason: 'unterminated quote' }]);
    expect(run.records).toHaveLength(2);
  });

  it('reads a split part without a header, giving no list date of its own', async () => {
    const run = await runParser(parseRkn, { fixture: 'split/dump-01.csv' });
    expect(run.summary.updated).toBe('');
    expect(run.summary.newestDecision).toBe('2020-02-14');
    expect(run.records[1]!.addresses).toEqual(['2001:db8::1', '198.51.100.2']);
    expect(run.records[0]!.record.authority).toBe('ФНС');
  });
});

describe('parseRkn on unusable input', () => {
  it('fails on a mostly garbage file, naming the file and the first problems', async () => {
    const text = '<html>\n<head><title>502 Bad Gateway</title></head>\n<body>oops</body>\n;a.example;;x;1;2020-01-01\n';
    await expect(runParser(parseRkn, { text })).rejects.toThrow(
      /^inline\.txt: 3 of 4 records refused; .*\n {2}line 1: expected 6 fields, found 1/,
    );
  });

  it('fails on a file with no record instead of giving an empty list', async () => {
    await expect(runParser(parseRkn, { text: 'Updated: 2020-01-01 00:00:00 +0000\n' })).rejects.toThrow(
      /inline\.txt: no usable record/,
    );
    await expect(runParser(parseRkn, { text: '' })).rejects.toThrow(/no usable record/);
  });

  it('refuses a UTF-8 file, which read as Windows-1251 would garble every Cyrillic text', async () => {
    const utf8 = new TextDecoder('windows-1251').decode(readFileSync(join(FIXTURES, 'rkn-quirks.csv')));
    expect(utf8).toContain('Генпрокуратура');
    for (const chunkSize of [64 * 1024, 7]) {
      await expect(runParser(parseRkn, { text: utf8, chunkSize })).rejects.toThrow(
        /^inline\.txt: the file is UTF-8, but a registry dump \("rkn"\) is Windows-1251: .*iconv -f utf-8 -t cp1251/,
      );
    }
  });

  it('refuses a UTF-8 file whose Cyrillic comes late, or that has only a byte-order mark', async () => {
    const ascii = ';a.example;;x;1;2020-01-01\n'.repeat(5000);
    await expect(runParser(parseRkn, { text: `${ascii};b.example;;Мосгорсуд;3-1/2016;2016-01-01\n` })).rejects.toThrow(
      /the file is UTF-8/,
    );
    await expect(runParser(parseRkn, { text: `\uFEFFUpdated: 2020-01-01 00:00:00 +0000\n${ascii}` })).rejects.toThrow(
      /the file is UTF-8/,
    );
  });

  it('passes every problem to the listener but keeps only the first ones in the summary', async () => {
    const bad = 'not;a;record\n'.repeat(KEPT_PROBLEMS + 5);
    const good = ';a.example;;x;1;2020-01-01\n'.repeat(KEPT_PROBLEMS + 10);
    const run = await runParser(parseRkn, { text: bad + good });
    expect(run.problems).toHaveLength(KEPT_PROBLEMS + 5);
    expect(run.summary.problemCount).toBe(KEPT_PROBLEMS + 5);
    expect(run.summary.problems).toEqual(run.problems.slice(0, KEPT_PROBLEMS));
  });
});
