import { describe, expect, it } from 'vitest';
import { CITIZEN_LAB_AUTHORITY, parseCitizenLab } from '../../../lib/blocklist/sources/parse-citizenlab';
import { runParser } from './parse-harness';

const sample = () => runParser(parseCitizenLab, { fixture: 'citizenlab-sample.csv' }, 'citizenlab-sample');

describe('parseCitizenLab', () => {
  it('names the URL and its host, with the category as decision and date_added as date', async () => {
    const run = await sample();
    expect(run.records[0]).toEqual({
      record: { list: 'citizenlab-sample', authority: CITIZEN_LAB_AUTHORITY, decision: 'NEWS', date: '2014-04-15' },
      domains: ['news.example'],
      wildcards: [],
      urls: ['https://news.example/'],
      addresses: [],
    });
  });

  it('reads quoted fields with commas and "" escapes, and lower-cases the host without the fragment', async () => {
    const run = await sample();
    expect(run.records[1]).toMatchObject({
      domains: ['www.example.com'],
      urls: ['https://www.example.com/path?q=1'],
      record: { decision: 'HUMR', date: '2021-11-20' },
    });
  });

  it('files an IPv6 host as an address', async () => {
    const run = await sample();
    expect(run.records[2]).toMatchObject({ domains: [], addresses: ['2001:db8::5'], urls: ['http://[2001:db8::5]/'] });
  });

  it('reads a quoted field spanning two lines as one row, and punycodes a Cyrillic host', async () => {
    const run = await sample();
    expect(run.records[3]).toMatchObject({ domains: ['xn--e1afmkfd.xn--p1ai'], urls: ['https://xn--e1afmkfd.xn--p1ai/'] });
    expect(run.summary.continued).toBe(1);
  });

  it('rejects a bad URL and a bad date, and accounts for every line', async () => {
    const run = await sample();
    expect(run.problems).toEqual([
      { file: 'citizenlab-sample.csv', line: 7, reason: 'bad URL "not a url"' },
      { file: 'citizenlab-sample.csv', line: 8, reason: 'bad date "2022-02-30"' },
    ]);
    const { lines, accepted, rejected, skipped, continued } = run.summary;
    expect([lines, accepted, rejected, skipped, continued]).toEqual([8, 4, 2, 1, 1]);
  });

  it('refuses a file whose first line has no url column', async () => {
    await expect(runParser(parseCitizenLab, { text: 'code,description\nNEWS,News\n' })).rejects.toThrow(
      'inline.txt: not a Citizen Lab test list (its first line has no "url" column)',
    );
  });

  it('reports a row cut inside a quoted field at the end of the file as truncated', async () => {
    const header = 'url,category_code,category_description,date_added,source,notes\n';
    const good = 'https://a.example/,NEWS,News,2020-01-01,,\n'.repeat(2);
    const run = await runParser(parseCitizenLab, { text: `${header}${good}https://b.example/,NEWS,News,2020-01-01,,"cut` });
    expect(run.summary.truncatedLastLine).toBe(true);
    expect(run.records).toHaveLength(2);
  });
});
