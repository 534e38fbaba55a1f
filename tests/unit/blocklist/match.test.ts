import type { ListRecord } from '@blocklens/vocabulary';
import { describe, expect, it } from 'vitest';
import { compileSnapshot } from '../../../lib/blocklist/compile/compile-snapshot';
import { hostFingerprint, urlFingerprint } from '../../../lib/blocklist/format/string-hash';
import type { BlocklistMatcher, SourceRecord } from '../../../lib/blocklist/format/types';
import { loadSnapshot } from '../../../lib/blocklist/lookup/load-snapshot';

const RKN: ListRecord = { list: 'ru-registry', authority: 'Роскомнадзор', decision: '2-1779/2018', date: '2018-04-13' };
const GP: ListRecord = { list: 'ru-registry', authority: 'Генпрокуратура', decision: '27-31-2015/Ид4082-15', date: '2015-12-04' };
const EXTRA: ListRecord = { list: 'extra', authority: '', decision: '', date: '' };

function source(record: ListRecord, entries: Partial<Omit<SourceRecord, 'record'>>): SourceRecord {
  return { record, domains: [], wildcards: [], urls: [], addresses: [], ...entries };
}

async function matcherOf(...sources: SourceRecord[]): Promise<BlocklistMatcher> {
  const { bytes } = await compileSnapshot(sources, { name: 'test', date: '2020-01-01' });
  return loadSnapshot(bytes.slice().buffer);
}

/** Two different strings with the same fingerprint, found by a birthday search over made-up names. */
function collidingPair(fingerprint: (text: string) => number, make: (i: number) => string): [string, string] {
  const seen = new Map<number, string>();
  for (let i = 0; ; i++) {
    const text = make(i);
    const other = seen.get(fingerprint(text));
    if (other !== undefined) return [other, text];
    seen.set(fingerprint(text), text);
  }
}

describe('matchHost', () => {
  it('finds the host, each listed parent, and covering wildcards, the most specific first', async () => {
    const matcher = await matcherOf(
      source(RKN, { domains: ['example.org', 'a.b.example.org'], wildcards: ['b.example.org'] }),
      source(GP, { wildcards: ['org'] }),
    );
    expect(matcher.matchHost('a.b.example.org')).toEqual([
      { type: 'list-domain', entry: 'a.b.example.org', records: [RKN] },
      { type: 'list-wildcard', entry: '*.b.example.org', records: [RKN] },
      { type: 'list-domain', entry: 'example.org', records: [RKN] },
      { type: 'list-wildcard', entry: '*.org', records: [GP] },
    ]);
  });

  it('lets a wildcard cover its own base name, but a listed subdomain never covers its parent', async () => {
    const matcher = await matcherOf(source(RKN, { domains: ['www.blocked.ru'], wildcards: ['casino.com'] }));
    expect(matcher.matchHost('casino.com')).toEqual([{ type: 'list-wildcard', entry: '*.casino.com', records: [RKN] }]);
    expect(matcher.matchHost('blocked.ru')).toEqual([]);
    expect(matcher.matchHost('notcasino.com')).toEqual([]);
  });

  it('compares hosts without case, trailing dot or Unicode form', async () => {
    const matcher = await matcherOf(source(RKN, { domains: ['example.org', 'xn--e1afmkfd.xn--p1ai'] }));
    expect(matcher.matchHost('WWW.Example.ORG.').map((hit) => hit.entry)).toEqual(['example.org']);
    expect(matcher.matchHost('www.ПРИМЕР.рф').map((hit) => hit.entry)).toEqual(['xn--e1afmkfd.xn--p1ai']);
    expect(matcher.matchHost('')).toEqual([]);
    expect(matcher.matchHost('bad host/')).toEqual([]);
  });

  it('gives every record that names an entry, each once, in the order the sources named them', async () => {
    const matcher = await matcherOf(
      source(GP, { domains: ['example.org'] }),
      source(RKN, { domains: ['example.org'] }),
      source({ ...GP }, { domains: ['example.org'] }),
      source(EXTRA, { domains: ['example.org'] }),
    );
    expect(matcher.matchHost('example.org')[0]!.records).toEqual([GP, RKN, EXTRA]);
  });

  it('never reports a host that only shares a fingerprint with a listed one', async () => {
    const [listed, other] = collidingPair(hostFingerprint, (i) => `h${i}.example`);
    const matcher = await matcherOf(source(RKN, { domains: [listed] }));
    expect(matcher.matchHost(listed)).toHaveLength(1);
    expect(matcher.matchHost(other)).toEqual([]);
  });

  it('ignores hosts that are only known from URLs', async () => {
    const matcher = await matcherOf(source(RKN, { urls: ['http://example.org/page'] }));
    expect(matcher.matchHost('example.org')).toEqual([]);
  });
});

describe('matchAddress', () => {
  it('finds the listed address and every listed range holding it, innermost first', async () => {
    const matcher = await matcherOf(
      source(GP, { addresses: ['52.0.0.0/8', '52.58.0.0/15'] }),
      source(RKN, { addresses: ['52.58.1.1', '52.58.0.0/16', '52.0.0.0/8'] }),
    );
    expect(matcher.matchAddress('52.58.1.1')).toEqual([
      { type: 'list-ip', entry: '52.58.1.1', records: [RKN] },
      { type: 'list-range', entry: '52.58.0.0/16', records: [RKN] },
      { type: 'list-range', entry: '52.58.0.0/15', records: [GP] },
      { type: 'list-range', entry: '52.0.0.0/8', records: [GP, RKN] },
    ]);
    expect(matcher.matchAddress('52.59.0.1').map((hit) => hit.entry)).toEqual(['52.58.0.0/15', '52.0.0.0/8']);
    expect(matcher.matchAddress('53.0.0.0')).toEqual([]);
    expect(matcher.matchAddress('51.255.255.255')).toEqual([]);
  });

  it('reads IPv6 in every written form, and IPv4-mapped IPv6 as IPv4', async () => {
    const matcher = await matcherOf(source(RKN, { addresses: ['2001:67c:4e8::/48', '2001:db8::1', '149.154.167.99'] }));
    expect(matcher.matchAddress('2001:67c:4e8:f004::a')).toEqual([
      { type: 'list-range', entry: '2001:67c:4e8::/48', records: [RKN] },
    ]);
    expect(matcher.matchAddress('2001:0DB8:0000:0000:0000:0000:0000:0001').map((hit) => hit.entry)).toEqual(['2001:db8::1']);
    expect(matcher.matchAddress('[2001:db8::1]')).toHaveLength(1);
    expect(matcher.matchAddress('::ffff:149.154.167.99').map((hit) => hit.entry)).toEqual(['149.154.167.99']);
    expect(matcher.matchAddress('::ffff:959a:a763').map((hit) => hit.entry)).toEqual(['149.154.167.99']);
    expect(matcher.matchAddress('2001:db8::2')).toEqual([]);
  });

  it('answers nothing for text that is no address', async () => {
    const matcher = await matcherOf(source(RKN, { addresses: ['0.0.0.0/0'] }));
    expect(matcher.matchAddress('1.2.3.4')).toHaveLength(1);
    for (const text of ['', 'example.org', '1.2.3', '1.2.3.256', '01.2.3.4', '1::2::3', ':::']) {
      expect(matcher.matchAddress(text)).toEqual([]);
    }
  });
});

describe('matchUrl', () => {
  it('matches the listed URL with scheme and host in any case and without the fragment', async () => {
    const matcher = await matcherOf(source(RKN, { urls: ['http://Example.org/Path?q=1'] }));
    const hit = { type: 'list-url', entry: 'http://example.org/Path?q=1', records: [RKN] };
    expect(matcher.matchUrl('HTTP://EXAMPLE.ORG/Path?q=1#top')).toEqual([hit]);
    expect(matcher.matchUrl('http://example.org/path?q=1')).toEqual([]);
    expect(matcher.matchUrl('https://example.org/Path?q=1')).toEqual([]);
    expect(matcher.matchUrl('http://www.example.org/Path?q=1')).toEqual([]);
    expect(matcher.matchUrl('not a url')).toEqual([]);
  });

  it('tells URLs apart by port and user info, and matches non-ASCII paths as the browser encodes them', async () => {
    const matcher = await matcherOf(source(RKN, { urls: ['https://u:p@example.org:8443/a', 'http://пример.рф/путь'] }));
    expect(matcher.matchUrl('https://u:p@example.org:8443/a')).toHaveLength(1);
    expect(matcher.matchUrl('https://example.org:8443/a')).toEqual([]);
    expect(matcher.matchUrl('https://u:p@example.org/a')).toEqual([]);
    expect(matcher.matchUrl('http://xn--e1afmkfd.xn--p1ai/%D0%BF%D1%83%D1%82%D1%8C')).toHaveLength(1);
  });

  it('never reports a URL that only shares a fingerprint with a listed one', async () => {
    const [listed, other] = collidingPair(urlFingerprint, (i) => `http://e.org/${i}`);
    const matcher = await matcherOf(source(RKN, { urls: [listed] }));
    expect(matcher.matchUrl(listed)).toHaveLength(1);
    expect(matcher.matchUrl(other)).toEqual([]);
  });
});
