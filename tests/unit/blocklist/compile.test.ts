import type { ListRecord } from '@blocklens/vocabulary';
import { describe, expect, it } from 'vitest';
import { compileSnapshot } from '../../../lib/blocklist/compile/compile-snapshot';
import type { SourceRecord } from '../../../lib/blocklist/format/types';
import { loadSnapshot } from '../../../lib/blocklist/lookup/load-snapshot';

const RECORD: ListRecord = { list: 'ru-registry', authority: 'суд', decision: '2-946/13', date: '2013-06-10' };

function source(entries: Partial<Omit<SourceRecord, 'record'>>, record = RECORD): SourceRecord {
  return { record, domains: [], wildcards: [], urls: [], addresses: [], ...entries };
}

async function* streamed(sources: SourceRecord[]): AsyncGenerator<SourceRecord> {
  yield* sources;
}

describe('compileSnapshot', () => {
  it('counts each entry once however often it is listed', async () => {
    const sources = [
      source({ domains: ['a.ru', 'b.ru'], urls: ['http://a.ru/'], addresses: ['1.2.3.4', '10.0.0.0/8'] }),
      source({ domains: ['a.ru'], urls: ['http://A.ru'], addresses: ['1.2.3.4/32', '10.0.0.0/8', '2001:db8::/32'] }),
      source({ wildcards: ['a.ru'] }, { ...RECORD, decision: 'other' }),
    ];
    const { info } = await compileSnapshot(sources, { name: 'n', date: 'd', built: 'b' });
    expect(info.counts).toEqual({ domains: 2, wildcards: 1, urls: 1, ipv4: 2, ipv6: 1, records: 2, networks: 0 });
  });

  it('reads sources given as an async stream, as the parsers yield them', async () => {
    const { bytes } = await compileSnapshot(streamed([source({ domains: ['a.ru'] })]), { name: 'n', date: 'd' });
    expect(loadSnapshot(bytes.slice().buffer).matchHost('www.a.ru')).toHaveLength(1);
  });

  it('clears the host bits of a range, as the range stands for its whole network', async () => {
    const { bytes } = await compileSnapshot([source({ addresses: ['10.1.2.3/8', '2001:db8::1/32'] })], { name: 'n', date: 'd' });
    const matcher = loadSnapshot(bytes.slice().buffer);
    expect(matcher.matchAddress('10.200.0.1').map((hit) => hit.entry)).toEqual(['10.0.0.0/8']);
    expect(matcher.matchAddress('2001:db8:ffff::').map((hit) => hit.entry)).toEqual(['2001:db8::/32']);
  });

  it('counts the entries it cannot read and keeps the rest', async () => {
    const result = await compileSnapshot(
      [source({ domains: ['ok.ru', ''], urls: ['no url', 'http://ok.ru/'], addresses: ['1.2.3.4/33', '300.1.1.1', '5.6.7.8'] })],
      { name: 'n', date: 'd' },
    );
    expect(result.refused).toEqual({
      count: 4,
      examples: ['host ', 'URL no url', 'address 1.2.3.4/33', 'address 300.1.1.1'],
    });
    expect(result.info.counts).toMatchObject({ domains: 1, urls: 1, ipv4: 1 });
  });

  it('compiles an empty list into a snapshot that answers nothing', async () => {
    const { bytes } = await compileSnapshot([], { name: 'empty', date: '' });
    const matcher = loadSnapshot(bytes.slice().buffer);
    expect([matcher.matchHost('a.ru'), matcher.matchAddress('1.2.3.4'), matcher.matchUrl('http://a.ru/')]).toEqual([[], [], []]);
  });
});
