import { randomUUID } from 'node:crypto';
import { validateReport } from '@blocklens/report-schema';
import { CAUSES, CONFIDENCES, FAILURE_KINDS, MECHANISMS, type Evidence } from '@blocklens/vocabulary';
import fc from 'fast-check';
import { getDomain } from 'tldts';
import { describe, expect, it } from 'vitest';
import { hostOfUrl } from '../../../lib/observe/host-of-url';
import { REPORTED_CAUSES, reportFromFinding, type ReportContext } from '../../../lib/reports/build-report';
import { finding } from '../helpers/finding';

const NOW = Date.UTC(2026, 10, 24, 16, 42, 7, 123);
const context = (overrides: Partial<ReportContext> = {}): ReportContext => ({ now: NOW, country: null, newId: randomUUID, ...overrides });
const RKN = { list: 'ru-registry', authority: 'Роскомнадзор', decision: '2-1779/2018', date: '2018-04-13' };

describe('reportFromFinding', () => {
  it('reports exactly the fields of reports.md', () => {
    const report = reportFromFinding(
      finding({ host: 'www.blocked.ru', url: 'https://www.blocked.ru/page?q=1', evidence: [{ type: 'list-wildcard', entry: '*.blocked.ru', ...RKN }] }),
      context({ newId: () => '0b6f2b0e-5d8c-4a61-9b40-3c5c1d2e7f10' }),
    );
    expect(report).toEqual({
      id: '0b6f2b0e-5d8c-4a61-9b40-3c5c1d2e7f10',
      hour: '2026-11-24T16:00:00Z',
      domain: 'blocked.ru',
      kind: 'tcp-reset',
      cause: 'listed',
      mechanism: 'dpi',
      confidence: 'high',
      list: [RKN],
      count: 1,
    });
  });

  it('sends the registrable domain, or the exact host when the list names that host', () => {
    const domainOf = (host: string, evidence: Evidence[] = []) => reportFromFinding(finding({ host, evidence }), context())?.domain;
    expect(domainOf('a.b.news.co.uk')).toBe('news.co.uk');
    expect(domainOf('static.cdn.example.com')).toBe('example.com');
    expect(domainOf('rutracker.org')).toBe('rutracker.org');
    expect(domainOf('www.blocked.ru', [{ type: 'list-domain', entry: 'www.blocked.ru', ...RKN }])).toBe('www.blocked.ru');
    expect(domainOf('Www.Blocked.RU.', [{ type: 'list-domain', entry: 'www.blocked.ru', ...RKN }])).toBe('www.blocked.ru');
    expect(domainOf('a.www.blocked.ru', [{ type: 'list-domain', entry: 'www.blocked.ru', ...RKN }])).toBe('blocked.ru');
    expect(domainOf('www.blocked.ru', [{ type: 'list-url', entry: 'https://www.blocked.ru/', ...RKN }])).toBe('blocked.ru');
  });

  it('reports listed, collateral and suspected findings, nothing else', () => {
    for (const cause of CAUSES) {
      const report = reportFromFinding(finding({ host: 'blocked.ru', cause }), context());
      expect(report === null).toBe(!REPORTED_CAUSES.includes(cause));
    }
    expect(REPORTED_CAUSES).toEqual(['listed', 'collateral', 'suspected']);
  });

  it('does not report a failure caused on this device, even on a listed host', () => {
    expect(reportFromFinding(finding({ host: 'blocked.ru', kind: 'local', cause: 'listed' }), context())).toBeNull();
  });

  it('does not report private names and addresses', () => {
    for (const host of ['nas.local', 'router.lan', 'intranet', '192.168.0.1', '10.1.2.3', '100.64.0.1', '::1', 'fe80::1', 'fd12::3', '8.8.8.8', 'x.home.arpa'])
      expect(reportFromFinding(finding({ host, cause: 'suspected' }), context())).toBeNull();
  });

  it('rounds the time down to the hour, in UTC', () => {
    const hourAt = (now: number) => reportFromFinding(finding({ host: 'blocked.ru' }), context({ now }))?.hour;
    expect(hourAt(Date.UTC(2026, 10, 24, 16, 0, 0, 0))).toBe('2026-11-24T16:00:00Z');
    expect(hourAt(Date.UTC(2026, 10, 24, 16, 59, 59, 999))).toBe('2026-11-24T16:00:00Z');
    expect(hourAt(Date.UTC(2026, 11, 31, 23, 30))).toBe('2026-12-31T23:00:00Z');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }), (now) => {
        const hour = Date.parse(hourAt(now) ?? '');
        return hour <= now && now < hour + 3_600_000 && hour % 3_600_000 === 0;
      }),
    );
  });

  it('sends the distinct decisions behind the list evidence, never the listed entries', () => {
    const other = { list: 'ru-registry', authority: 'Генпрокуратура', decision: '27-31-2020/Ид2145-20', date: '' };
    const report = reportFromFinding(
      finding({
        host: 'game.example.com',
        cause: 'collateral',
        mechanism: 'ip',
        evidence: [
          { type: 'list-range', entry: '35.192.0.0/12', ...RKN },
          { type: 'list-ip', entry: '35.200.1.9', ...RKN },
          { type: 'list-range', entry: '35.200.0.0/16', ...other },
          { type: 'address', address: '35.200.1.9', source: 'response' },
          { type: 'error', error: 'net::ERR_CONNECTION_TIMED_OUT' },
        ],
      }),
      context(),
    );
    expect(report?.list).toEqual([RKN, other]);
    expect(JSON.stringify(report)).not.toMatch(/35\.|ERR_/);
  });

  it('keeps list records within the wire limits', () => {
    const evidence: Evidence[] = Array.from({ length: 15 }, (_, i) => ({
      type: 'list-ip',
      entry: `1.2.3.${i}`,
      list: 'ru-registry',
      authority: `${'Ф'.repeat(199)}😀${i}`,
      decision: `${i}`,
      date: i === 0 ? '2018-13-45' : '2018-04-13',
    }));
    const report = reportFromFinding(finding({ host: 'blocked.ru', evidence }), context());
    expect(report?.list).toHaveLength(10);
    expect(report?.list[0]).toEqual({ list: 'ru-registry', authority: 'Ф'.repeat(199), decision: '0', date: '' });
    expect(validateReport(report).ok).toBe(true);
  });

  it('adds the country only when the person declared a valid one', () => {
    const countryOf = (country: string | null) => reportFromFinding(finding({ host: 'blocked.ru' }), context({ country }));
    expect(countryOf('ru')?.country).toBe('RU');
    expect(countryOf('KZ')?.country).toBe('KZ');
    for (const country of [null, '', 'Russia']) expect(countryOf(country)).not.toHaveProperty('country');
  });

  // Issue 15: the new kinds and mechanism are reported; the network itself is not a list record.
  it('reports a transfer cut on a hosting network with its kind and mechanism, and no list record', () => {
    const network: Evidence = { type: 'network', name: 'Cloudflare', range: '104.16.0.0/13', since: '2025-06-09' };
    const report = reportFromFinding(
      finding({ host: 'shop.example.com', kind: 'http-cut', cause: 'collateral', mechanism: 'throttle', confidence: 'high', evidence: [network] }),
      context(),
    );
    expect(report).toMatchObject({ domain: 'example.com', kind: 'http-cut', cause: 'collateral', mechanism: 'throttle', list: [] });
    const stall = reportFromFinding(finding({ host: 'shop.example.com', kind: 'http-stall', cause: 'suspected', mechanism: 'throttle', confidence: 'low' }), context());
    expect(stall && validateReport(stall).ok).toBe(true);
  });

  it('takes a fresh id from the caller for every report', () => {
    const ids = ['a1b2c3d4-0000-4000-8000-000000000001', 'a1b2c3d4-0000-4000-8000-000000000002'];
    const newId = () => ids.shift() ?? '';
    const first = reportFromFinding(finding({ host: 'blocked.ru' }), context({ newId }));
    const second = reportFromFinding(finding({ host: 'blocked.ru' }), context({ newId }));
    expect([first?.id, second?.id]).toEqual(['a1b2c3d4-0000-4000-8000-000000000001', 'a1b2c3d4-0000-4000-8000-000000000002']);
  });
});

describe('reportFromFinding on arbitrary URLs (property)', () => {
  // Public labels use letters a-p and start with a letter; secrets and private names all contain
  // "qz", so they, or a dotted address, can only show up in a report if they leaked.
  const label = fc.stringMatching(/^[a-p][a-p0-9-]{0,8}[a-p0-9]$/);
  const secret = fc.stringMatching(/^qz[a-z0-9]{3,10}$/);
  const publicHost = fc
    .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom('com', 'org', 'ru', 'co.uk', 'com.ru', 'xn--p1ai', 'io', 'de'))
    .map(([labels, suffix]) => ({ type: 'public' as const, host: `${labels.join('.')}.${suffix}` }));
  const privateHost = fc.oneof(
    secret.map((name) => ({ type: 'private' as const, host: name })),
    fc
      .tuple(secret, fc.constantFrom('local', 'lan', 'internal', 'home.arpa', 'test', 'localhost', 'onion', 'example', 'invalid', 'corp'))
      .map(([name, suffix]) => ({ type: 'private' as const, host: `${name}.${suffix}` })),
  );
  const ipv4Host = fc.ipV4().map((ip) => ({ type: 'ip' as const, host: ip }));
  const ipv6Host = fc.ipV6().map((ip) => ({ type: 'ip' as const, host: `[${ip}]` }));

  const scenario = fc.record({
    target: fc.oneof(publicHost, publicHost, privateHost, ipv4Host, ipv6Host),
    scheme: fc.constantFrom('http', 'https', 'ws', 'wss'),
    userInfo: fc.option(fc.tuple(secret, fc.option(secret, { nil: undefined })), { nil: undefined }),
    port: fc.option(fc.integer({ min: 1024, max: 65535 }), { nil: undefined }),
    path: fc.array(secret, { maxLength: 3 }),
    query: fc.option(fc.tuple(secret, secret), { nil: undefined }),
    fragment: fc.option(secret, { nil: undefined }),
    personAddress: fc.ipV4(),
    listedAddress: fc.ipV4(),
    blockPage: privateHost,
    listsHostExactly: fc.boolean(),
    cause: fc.constantFrom(...CAUSES),
    kind: fc.constantFrom(...FAILURE_KINDS),
    mechanism: fc.constantFrom(...MECHANISMS),
    confidence: fc.constantFrom(...CONFIDENCES),
    country: fc.constantFrom(null, 'RU', 'ru', 'Russia', ''),
    now: fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }),
  });

  it('never lets a path, query, fragment, port, user info, private name or address into a report', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const user = s.userInfo === undefined ? '' : `${s.userInfo[0]}${s.userInfo[1] === undefined ? '' : `:${s.userInfo[1]}`}@`;
        const url = `${s.scheme}://${user}${s.target.host}${s.port === undefined ? '' : `:${s.port}`}/${s.path.join('/')}${s.query === undefined ? '' : `?${s.query[0]}=${s.query[1]}`}${s.fragment === undefined ? '' : `#${s.fragment}`}`;
        const host = hostOfUrl(url);
        if (host === null) return;
        const report = reportFromFinding(
          finding({
            host,
            url,
            cause: s.cause,
            kind: s.kind,
            mechanism: s.mechanism,
            confidence: s.confidence,
            errors: [`net::ERR_FAILED ${url}`],
            redirects: [s.blockPage.host],
            address: { address: s.personAddress, source: 'response' },
            evidence: [
              { type: 'error', error: `net::ERR_FAILED ${url}` },
              { type: 'redirect', host: s.blockPage.host },
              { type: 'address', address: s.personAddress, source: 'dns' },
              { type: 'list-url', entry: url, ...RKN },
              { type: 'list-ip', entry: s.listedAddress, ...RKN },
              ...(s.listsHostExactly ? [{ type: 'list-domain' as const, entry: host, ...RKN }] : []),
            ],
          }),
          { now: s.now, country: s.country, newId: randomUUID },
        );
        if (s.target.type !== 'public') {
          expect(report).toBeNull();
          return;
        }
        if (report === null) {
          expect(!REPORTED_CAUSES.includes(s.cause) || s.kind === 'local').toBe(true);
          return;
        }
        expect(validateReport(report).ok).toBe(true);
        expect(report.domain).toBe(s.listsHostExactly ? host : getDomain(host));
        const json = JSON.stringify(report);
        const secrets = [...(s.userInfo ?? []), ...s.path, ...(s.query ?? []), s.fragment].filter((x) => x !== undefined);
        for (const leaked of [...secrets, url, s.personAddress, s.listedAddress, s.blockPage.host]) expect(json).not.toContain(leaked);
        expect(json).not.toContain('qz');
        if (s.port !== undefined) expect(json).not.toContain(`:${s.port}`);
        expect(Object.keys(report).sort()).toEqual(
          ['id', 'hour', 'domain', 'kind', 'cause', 'mechanism', 'confidence', 'list', 'count', ...(report.country === undefined ? [] : ['country'])].sort(),
        );
      }),
      { numRuns: 2000 },
    );
  });
});
