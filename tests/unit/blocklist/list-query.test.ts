import type { ListRecord } from '@blocklens/vocabulary';
import { describe, expect, it } from 'vitest';
import { compileSnapshot } from '../../../lib/blocklist/compile/compile-snapshot';
import type { SourceRecord } from '../../../lib/blocklist/format/types';
import { loadSnapshot } from '../../../lib/blocklist/lookup/load-snapshot';
import { lookUpListQuery, MAX_QUERY_LENGTH, parseListQuery, type ListQuery } from '../../../lib/blocklist/lookup/list-query';

const RKN: ListRecord = { list: 'ru-registry', authority: 'Роскомнадзор', decision: '2-1779/2018', date: '2018-04-13' };
const GP: ListRecord = { list: 'ru-registry', authority: 'Генпрокуратура', decision: '27-31-2015/Ид4082-15', date: '2015-12-04' };

const accepted = (typed: string): ListQuery => {
  const parsed = parseListQuery(typed);
  if (!parsed.ok) throw new Error(`${typed} refused: ${parsed.reason}`);
  return parsed.query;
};

describe('parseListQuery', () => {
  it('reads a host name in lower-case ASCII, a trailing dot and spaces around it dropped', () => {
    expect(accepted('  RuTracker.ORG. ')).toEqual({ kind: 'host', hostKind: 'name', host: 'rutracker.org' });
  });

  it('reads a Unicode name through IDNA', () => {
    expect(accepted('Президент.РФ')).toEqual({ kind: 'host', hostKind: 'name', host: 'xn--d1abbgf6aiiy.xn--p1ai' });
  });

  it('reads IPv4 and IPv6 addresses, IPv6 in canonical form without brackets', () => {
    expect(accepted('35.200.1.9')).toEqual({ kind: 'address', hostKind: 'address', host: '35.200.1.9' });
    expect(accepted('2001:DB8:0:0::1')).toEqual({ kind: 'address', hostKind: 'address', host: '2001:db8::1' });
    expect(accepted('[2001:db8::1]')).toEqual({ kind: 'address', hostKind: 'address', host: '2001:db8::1' });
  });

  it('leaves out a port and says so', () => {
    expect(accepted('example.org:443')).toEqual({ kind: 'host', hostKind: 'name', host: 'example.org', portLeftOut: 'example.org' });
    expect(accepted('35.200.1.9:80')).toMatchObject({ hostKind: 'address', host: '35.200.1.9', portLeftOut: '35.200.1.9' });
    expect(accepted('[2001:db8::1]:443')).toMatchObject({ hostKind: 'address', host: '2001:db8::1', portLeftOut: '[2001:db8::1]' });
  });

  it('reads a URL as lists compare it, with its host', () => {
    expect(accepted('HTTPS://Rutracker.org/forum/#top')).toEqual({
      kind: 'url',
      hostKind: 'name',
      host: 'rutracker.org',
      url: 'https://rutracker.org/forum/',
    });
    expect(accepted('http://президент.рф/')).toMatchObject({ host: 'xn--d1abbgf6aiiy.xn--p1ai', url: 'http://xn--d1abbgf6aiiy.xn--p1ai/' });
    expect(accepted('http://[2001:db8::1]:8080/x')).toMatchObject({ hostKind: 'address', host: '2001:db8::1' });
  });

  it.each([
    ['', 'empty', 'an empty query'],
    ['   ', 'empty', 'an empty query'],
    ['x'.repeat(MAX_QUERY_LENGTH + 1), 'too-long', `longer than ${MAX_QUERY_LENGTH} characters`],
    ['example.org:99999', 'bad-port', 'bad port "99999"'],
    ['10.0.0.0/8', 'range', '"10.0.0.0/8" is a range: look up an address in it'],
    ['*.example.org', 'wildcard', '"*.example.org" is a wildcard: look up a name under it'],
    ['example.org/page', 'no-scheme', '"example.org/page" is no host, and a URL needs its scheme ("http://example.org/page")'],
    ['http://', 'bad-url', 'bad URL "http://"'],
    ['no such host', 'not-a-host', 'not a host, address or URL (bad domain "no such host")'],
    ['1.2.3', 'not-a-host', 'not a host, address or URL (bad domain "1.2.3")'],
    ['<img src=x>', 'not-a-host', 'not a host, address or URL (bad domain "<img src=x>")'],
  ])('refuses %j as %s, with the reason', (typed, problem, reason) => {
    expect(parseListQuery(typed)).toEqual({ ok: false, problem, reason });
  });
});

describe('lookUpListQuery', () => {
  const sources: SourceRecord[] = [
    { record: RKN, domains: ['rutracker.org'], wildcards: ['casino.com'], urls: ['http://example.org/page'], addresses: ['35.192.0.0/12'] },
    { record: GP, domains: [], wildcards: [], urls: [], addresses: ['35.200.1.9', '35.200.0.0/16'] },
  ];
  const matcher = async () => loadSnapshot((await compileSnapshot(sources, { name: 'test', date: '2020-01-01' })).bytes.slice().buffer);

  it('finds the host, a parent domain and a covering wildcard', async () => {
    const list = await matcher();
    expect(lookUpListQuery(list, accepted('rutracker.org'))).toEqual([{ type: 'list-domain', entry: 'rutracker.org', records: [RKN] }]);
    expect(lookUpListQuery(list, accepted('www.rutracker.org:443'))).toEqual([{ type: 'list-domain', entry: 'rutracker.org', records: [RKN] }]);
    expect(lookUpListQuery(list, accepted('a.casino.com'))).toEqual([{ type: 'list-wildcard', entry: '*.casino.com', records: [RKN] }]);
    expect(lookUpListQuery(list, accepted('example.net'))).toEqual([]);
  });

  it('finds the address and every listed range containing it', async () => {
    const list = await matcher();
    expect(lookUpListQuery(list, accepted('35.200.1.9')).map((hit) => [hit.type, hit.entry])).toEqual([
      ['list-ip', '35.200.1.9'],
      ['list-range', '35.200.0.0/16'],
      ['list-range', '35.192.0.0/12'],
    ]);
  });

  it("finds a URL's own entry before its host's", async () => {
    const list = await matcher();
    expect(lookUpListQuery(list, accepted('http://EXAMPLE.org/page'))).toEqual([{ type: 'list-url', entry: 'http://example.org/page', records: [RKN] }]);
    expect(lookUpListQuery(list, accepted('https://35.200.1.9/')).map((hit) => hit.type)).toEqual(['list-ip', 'list-range', 'list-range']);
  });
});
