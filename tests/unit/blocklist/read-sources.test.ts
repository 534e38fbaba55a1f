import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isSourceNetwork, type ParseProblem, type SourceNetwork, type SourceRecord } from '../../../lib/blocklist/format/types';
import {
  DEFAULT_BLOCKLIST_SOURCES,
  parseSourceSpecs,
  readSources,
  type SourceSpec,
} from '../../../lib/blocklist/sources/read-sources';
import { FIXTURES } from './parse-harness';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

async function readAll(specs: SourceSpec[]) {
  const problems: ParseProblem[] = [];
  const reading = readSources(specs, (problem) => problems.push(problem));
  const records: SourceRecord[] = [];
  const networks: SourceNetwork[] = [];
  for await (const item of reading.records) {
    if (isSourceNetwork(item)) networks.push(item);
    else records.push(item);
  }
  return { records, networks, problems, report: reading.report() };
}

describe('parseSourceSpecs', () => {
  it('resolves each FORMAT:PATH against the base folder and names the list after the file', () => {
    expect(parseSourceSpecs(' rkn:rkn-quirks.csv , plain:plain-extra.txt,citizenlab:citizenlab-sample.csv,', FIXTURES)).toEqual([
      { format: 'rkn', path: join(FIXTURES, 'rkn-quirks.csv'), list: 'rkn-quirks' },
      { format: 'plain', path: join(FIXTURES, 'plain-extra.txt'), list: 'plain-extra' },
      { format: 'citizenlab', path: join(FIXTURES, 'citizenlab-sample.csv'), list: 'citizenlab-sample' },
    ]);
  });

  it('gives the parts of a split dump one list name', () => {
    const specs = parseSourceSpecs('rkn:split/dump-00.csv,rkn:split/dump-01.csv', FIXTURES);
    expect(specs.map((spec) => spec.list)).toEqual(['dump', 'dump']);
  });

  it('refuses unknown formats, missing files and empty specs with the offending entry', () => {
    expect(() => parseSourceSpecs('hosts:plain-extra.txt', FIXTURES)).toThrow(
      'BLOCKLIST_SOURCES entry "hosts:plain-extra.txt": expected FORMAT:PATH with FORMAT one of rkn, plain, citizenlab',
    );
    expect(() => parseSourceSpecs('plain-extra.txt', FIXTURES)).toThrow(/entry "plain-extra.txt": expected FORMAT:PATH/);
    expect(() => parseSourceSpecs('rkn:missing.csv', FIXTURES)).toThrow(
      `BLOCKLIST_SOURCES entry "rkn:missing.csv": no such file ${join(FIXTURES, 'missing.csv')}`,
    );
    expect(() => parseSourceSpecs(' , ', FIXTURES)).toThrow('BLOCKLIST_SOURCES names no source: " , "');
  });
});

describe('readSources', () => {
  it('streams every source in order with per-source summaries and the newest header date', async () => {
    const specs = parseSourceSpecs('rkn:split/dump-00.csv,rkn:split/dump-01.csv,plain:plain-extra.txt', FIXTURES);
    const { records, report } = await readAll(specs);
    expect(records.map((record) => record.record.list)).toEqual([...Array(4).fill('dump'), ...Array(7).fill('plain-extra')]);
    expect(records[1]!.domains).toEqual(['xn--e1a4bya.example']);
    expect(report.lists).toEqual(['dump', 'plain-extra']);
    expect(report.date).toBe('2020-02-16');
    expect(report.sources.map((source) => [source.file, source.accepted, source.updated])).toEqual([
      [join(FIXTURES, 'split/dump-00.csv'), 2, '2020-02-16'],
      [join(FIXTURES, 'split/dump-01.csv'), 2, ''],
      [join(FIXTURES, 'plain-extra.txt'), 7, ''],
    ]);
  });

  it('dates sources without a header by their newest decision', async () => {
    const { report } = await readAll(parseSourceSpecs('rkn:split/dump-01.csv,plain:plain-extra.txt', FIXTURES));
    expect(report.date).toBe('2020-02-14');
  });

  it("dates the list by the registry's Updated: line, never by a test list added to it", async () => {
    const { report } = await readAll(parseSourceSpecs('rkn:split/dump-00.csv,citizenlab:citizenlab-sample.csv', FIXTURES));
    expect(report.date).toBe('2020-02-16');
    expect(report.listDates).toEqual([
      { name: 'dump', date: '2020-02-16', dated: 'updated' },
      { name: 'citizenlab-sample', date: '2022-08-26', dated: 'newest-record' },
    ]);
  });

  it("dates a registry part without a header by its newest decision, still not by a test list's", async () => {
    const { report } = await readAll(parseSourceSpecs('citizenlab:citizenlab-sample.csv,rkn:split/dump-01.csv', FIXTURES));
    expect(report.date).toBe('2020-02-14');
    expect(report.listDates).toEqual([
      { name: 'citizenlab-sample', date: '2022-08-26', dated: 'newest-record' },
      { name: 'dump', date: '2020-02-14', dated: 'newest-record' },
    ]);
  });

  it("dates the parts of a split dump by the one part's header, and a list without registry by its newest record", async () => {
    const split = await readAll(parseSourceSpecs('rkn:split/dump-01.csv,rkn:split/dump-00.csv,plain:plain-extra.txt', FIXTURES));
    expect(split.report.listDates).toEqual([
      { name: 'dump', date: '2020-02-16', dated: 'updated' },
      { name: 'plain-extra', date: '', dated: 'none' },
    ]);
    const citizenLab = await readAll(parseSourceSpecs('citizenlab:citizenlab-sample.csv,plain:plain-extra.txt', FIXTURES));
    expect(citizenLab.report.date).toBe('2022-08-26');
    const plain = await readAll(parseSourceSpecs('plain:plain-extra.txt', FIXTURES));
    expect(plain.report.date).toBe('');
  });

  it('reads hosting networks beside the lists, without naming or dating the list by them', async () => {
    const { records, networks, report } = await readAll(parseSourceSpecs('networks:networks-sample.txt,rkn:rkn-quirks.csv', FIXTURES));
    expect(networks.map((item) => item.network.name)).toEqual(['Test Cloud', 'Test Cloud', 'Test Hosting']);
    expect(records.length).toBeGreaterThan(0);
    expect(report.lists).toEqual(['rkn-quirks']);
    expect(report.listDates.map((list) => list.name)).toEqual(['rkn-quirks']);
    expect(report.sources.map((source) => source.entries.networks)).toEqual([3, 0]);
  });

  it('passes problems on with the file they come from', async () => {
    const { problems } = await readAll(parseSourceSpecs('plain:plain-extra.txt', FIXTURES));
    expect(problems[0]).toEqual({ file: join(FIXTURES, 'plain-extra.txt'), line: 10, reason: 'expected one entry a line' });
  });

  it('has no report before every record is read', () => {
    const reading = readSources(parseSourceSpecs('plain:plain-extra.txt', FIXTURES));
    expect(() => reading.report()).toThrow(/once every record has been read/);
  });
});

describe('the bundled list', () => {
  it('parses with no problem, dated by its header', async () => {
    const { records, problems, report } = await readAll(parseSourceSpecs(DEFAULT_BLOCKLIST_SOURCES, ROOT));
    expect(problems).toEqual([]);
    expect(report.lists).toEqual(['ru-registry']);
    expect(report.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(report.sources[0]!.accepted).toBe(records.length);
    expect(records.find((record) => record.wildcards.includes('linkedin.com'))?.record.decision).toBe('2-3491/2016');
  });

  it('leaves out the cloud ranges of April 2018, kept as a historical source', async () => {
    const bundled = await readAll(parseSourceSpecs(DEFAULT_BLOCKLIST_SOURCES, ROOT));
    expect(bundled.records.flatMap((record) => record.addresses)).toEqual([]);
    const historical = await readAll(
      parseSourceSpecs('rkn:blocklists/historical/ru-registry-2018-cloud-ranges.csv', ROOT),
    );
    expect(historical.problems).toEqual([]);
    expect(historical.report.date).toBe('2018-05-05');
    expect(historical.records.find((record) => record.addresses.includes('35.192.0.0/12'))?.record).toEqual({
      list: 'ru-registry-2018-cloud-ranges',
      authority: 'Генпрокуратура',
      decision: '27-31-2015/Ид4082-15',
      date: '2015-12-04',
    });
  });

  it('leaves out the Telegram decision, lifted in 2020', async () => {
    const { records } = await readAll(parseSourceSpecs(DEFAULT_BLOCKLIST_SOURCES, ROOT));
    expect(records.filter((record) => record.record.decision === '2-1779/2018')).toEqual([]);
    expect(records.flatMap((record) => record.addresses).filter((address) => /^(91\.108|149\.154)\./.test(address))).toEqual([]);
  });
});
