import { isReportableHost } from '@blocklens/report-schema';
import { describe, expect, it } from 'vitest';

describe('isReportableHost', () => {
  it.each([
    'example.org',
    'blocked.ru',
    'www.bbc.co.uk',
    'xn--80ak6aa92e.xn--p1ai',
    'cdn.telegram.org',
    'Example.ORG',
    'example.org.',
    'a_b.example.com',
  ])('reports the public name %s', (host) => {
    expect(isReportableHost(host)).toBe(true);
  });

  it.each([
    ['a single label', 'intranet'],
    ['localhost', 'localhost'],
    ['.localhost', 'app.localhost'],
    ['.local', 'printer.local'],
    ['.lan', 'router.lan'],
    ['.internal', 'db.corp.internal'],
    ['.home.arpa', 'nas.home.arpa'],
    ['a reverse-DNS name', '4.3.2.1.in-addr.arpa'],
    ['.test', 'blocked.test'],
    ['.onion', 'duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion'],
    ['.example', 'blocked.example'],
    ['.invalid', 'x.invalid'],
    ['an unlisted suffix', 'server.mycompany'],
    ['a bare public suffix', 'co.uk'],
    ['an IPv4 address', '93.184.216.34'],
    ['a loopback address', '127.0.0.1'],
    ['an RFC 1918 address', '192.168.1.1'],
    ['an IPv4 number in hex', '0x7f.0x1'],
    ['an IPv4 number in decimal', '2130706433'],
    ['an IPv6 address', '2001:db8::1'],
    ['a bracketed IPv6 address', '[::1]'],
    ['a ULA address', 'fd00::1'],
    ['a host with a port', 'example.org:8443'],
    ['a host with user info', 'user@example.org'],
    ['a URL', 'https://example.org/path'],
    ['a name that is not ASCII', 'пример.рф'],
    ['an empty name', ''],
    ['an empty label', 'a..example.org'],
    ['a label of 64 characters', `${'a'.repeat(64)}.example.org`],
  ])('never reports %s (%s)', (_what, host) => {
    expect(isReportableHost(host)).toBe(false);
  });
});
