// Random list sources and queries for property tests. Small alphabets make parents, wildcards,
// nested and repeated ranges, shared records and URL hosts collide often; hosting-network ranges
// fall on the same addresses, nest, and are named twice with different networks.
import fc from 'fast-check';
import type { SourceItem, SourceNetwork, SourceRecord } from '../../../lib/blocklist/format/types';

const label = fc.constantFrom('a', 'b', 'www', 'xn--p1ai', 'ex-1', 'c0');
const host = fc.array(label, { minLength: 1, maxLength: 4 }).map((labels) => labels.join('.'));
const octet = fc.constantFrom(0, 1, 2, 128, 255);
const ipv4 = fc.tuple(fc.constantFrom(10, 192), octet, octet, octet).map((parts) => parts.join('.'));
const ipv6 = fc
  .tuple(fc.constantFrom('2001:db8', '2001:db9', 'fe80:0'), fc.constantFrom('0', '1', 'ffff'), fc.constantFrom('0', '1', 'a'))
  .map(([head, middle, tail]) => `${head}:${middle}::${tail}`);
const ipv4Entry = fc.tuple(ipv4, fc.constantFrom('', '/8', '/16', '/24', '/25', '/31', '/32')).map(([a, p]) => a + p);
const ipv6Entry = fc.tuple(ipv6, fc.constantFrom('', '/32', '/48', '/64', '/127', '/128')).map(([a, p]) => a + p);
const mappedEntry = fc.tuple(ipv4, fc.constantFrom('', '/104', '/120')).map(([a, p]) => `::ffff:${a}${p}`);
const address = fc.oneof(ipv4Entry, ipv4Entry, ipv6Entry, mappedEntry);
const path = fc.constantFrom('', '/', '/x', '/x/y', '/a?b=1', '/%D0%BF');
const url = fc
  .tuple(fc.constantFrom('http://', 'https://', 'http://u:p@'), host, fc.constantFrom('', ':8080'), path)
  .map(([scheme, name, port, rest]) => `${scheme}${name}${port}${rest}`);
const record = fc.record({
  list: fc.constantFrom('ru-registry', 'extra'),
  authority: fc.constantFrom('', 'Роскомнадзор', 'суд'),
  decision: fc.constantFrom('', '2-1779/2018', '27-31-2015/Ид4082-15'),
  date: fc.constantFrom('', '2018-04-16'),
});
export const source: fc.Arbitrary<SourceRecord> = fc.record({
  record,
  domains: fc.array(host, { maxLength: 3 }),
  wildcards: fc.array(host, { maxLength: 2 }),
  urls: fc.array(url, { maxLength: 2 }),
  addresses: fc.array(address, { maxLength: 4 }),
});
const networkRange = fc.oneof(
  fc.tuple(ipv4, fc.constantFrom('/8', '/16', '/24', '/25', '/32')).map(([a, p]) => a + p),
  fc.tuple(ipv6, fc.constantFrom('/32', '/48', '/64', '/128')).map(([a, p]) => a + p),
  fc.tuple(ipv4, fc.constantFrom('/104', '/120')).map(([a, p]) => `::ffff:${a}${p}`),
);
export const network: fc.Arbitrary<SourceNetwork> = fc.record({
  network: fc.record({
    range: networkRange,
    name: fc.constantFrom('Cloud', 'Hosting', 'Сеть'),
    since: fc.constantFrom('', '2025-06-09', '2024-11-01'),
  }),
});
/** Mostly records, some networks, as the sources of a build with a `networks:` list give them. */
export const item: fc.Arbitrary<SourceItem> = fc.oneof(source, source, network);
export const hostQuery = fc.oneof(host, host.map((name) => `x.${name.toUpperCase()}.`));
export const addressQuery = fc.oneof(ipv4, ipv6, ipv4.map((a) => `::ffff:${a}`), ipv6.map((a) => `[${a}]`), fc.constant('nonsense'));
export const urlQuery = fc.oneof(url, url.map((u) => `${u.replace('http', 'HTTP')}#fragment`));
