// Optional: when the real registry dumps of ../shared/data are at hand (never in a fresh clone),
// every entry they list must get the same hits from the snapshot as from the naive reference.
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { compileSnapshot } from '../../../lib/blocklist/compile/compile-snapshot';
import type { BlocklistMatcher, SourceRecord } from '../../../lib/blocklist/format/types';
import { loadSnapshot } from '../../../lib/blocklist/lookup/load-snapshot';
import { parseRkn } from '../../../lib/blocklist/sources/parse-rkn';
import { ParseTally } from '../../../lib/blocklist/sources/parse-tally';
import { buildNaiveMatcher } from '../../support/blocklist/naive-matcher';

const DATA = join(import.meta.dirname, '../../../../shared/data');
const DUMPS = ['z-i_dump_2016-06-13_full_cp1251.csv', 'z-i_dump_2018-05-05_TRUNCATED_cp1251.csv'];

describe.skipIf(!existsSync(DATA))('real registry dumps (../shared/data)', () => {
  it.each(DUMPS)('%s: the snapshot answers every listed entry as the naive reference does', async (file) => {
    const sources: SourceRecord[] = [];
    for await (const record of parseRkn(createReadStream(join(DATA, file)), 'ru-registry', new ParseTally(file))) {
      sources.push(record);
    }
    const meta = { name: 'ru-registry', date: '', built: '' };
    const snapshot = loadSnapshot((await compileSnapshot(sources, meta)).bytes.slice().buffer);
    const naive = await buildNaiveMatcher(sources, meta);
    expect(snapshot.info).toEqual(naive.info);
    const distinct = (pick: (source: SourceRecord) => string[]) => [...new Set(sources.flatMap(pick))];
    const hosts = distinct((s) => [...s.domains, ...s.wildcards.map((wildcard) => `www.${wildcard}`)]);
    const urls = distinct((s) => s.urls);
    const addresses = distinct((s) => s.addresses.map((address) => address.split('/')[0]!));
    const differ = (queries: string[], lookup: (matcher: BlocklistMatcher, query: string) => unknown) =>
      queries.filter((query) => !isDeepStrictEqual(lookup(snapshot, query), lookup(naive, query)));
    expect(differ(hosts, (m, q) => m.matchHost(q))).toEqual([]);
    expect(differ(urls, (m, q) => m.matchUrl(q))).toEqual([]);
    expect(differ(addresses, (m, q) => m.matchAddress(q))).toEqual([]);
    expect(hosts.length + urls.length + addresses.length).toBeGreaterThan(10_000);
  }, 120_000);
});
