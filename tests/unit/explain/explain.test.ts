import type { Cause, Confidence, Evidence, FailureKind, HostFacts, Mechanism } from '@blocklens/vocabulary';
import { describe, expect, it } from 'vitest';
import type { ListHit } from '../../../lib/blocklist/format/types';
import { explain, situationOf } from '../../../lib/explain/explain';
import type { HostHits } from '../../../lib/explain/list-hits';
import { EXPLAIN_RULES, ruleFor } from '../../../lib/explain/rules';
import { CLOUD_RANGE_DECISION, hit, hits, hostFacts } from '../helpers/host-facts';

const listedHost = { host: [hit('list-domain', 'telegram.org')] };
const listedUrl = { url: [hit('list-url', 'https://telegram.org/')] };
const listedRange = { address: [hit('list-range', '35.192.0.0/12', CLOUD_RANGE_DECISION)] };
const address = { address: { address: '35.200.1.9', source: 'response' as const } };
const cloudflare = { network: { name: 'Cloudflare', range: '104.16.0.0/13', since: '2025-06-09' } };
const onCloudflare = { address: { address: '104.16.1.1', source: 'response' as const } };
const cut = { errors: ['net::ERR_CONNECTION_RESET'], ...onCloudflare };
const notFound = { errors: ['net::ERR_NAME_NOT_RESOLVED'] };
/** What DNS-over-HTTPS said: these addresses, or (with none) that the name does not exist. */
const doh = (...addresses: string[]): Pick<HostFacts, 'lookups'> => ({
  lookups: [{ source: 'doh', addresses, nxdomain: addresses.length === 0, at: 3000 }],
});

interface Row {
  rule: string;
  facts: HostFacts;
  hits: HostHits;
  expected: [FailureKind, Cause, Mechanism, Confidence];
}

const rows: Row[] = [
  {
    rule: 'local',
    facts: hostFacts(['local'], { errors: ['net::ERR_BLOCKED_BY_CLIENT'] }),
    hits: hits(listedHost),
    expected: ['local', 'local', 'none', 'high'],
  },
  {
    rule: 'listed-blockpage',
    facts: hostFacts(['http-blockpage', 'tcp-reset'], { redirects: ['warning.rt.ru'], statuses: [302] }),
    hits: hits(listedHost),
    expected: ['http-blockpage', 'listed', 'blockpage', 'high'],
  },
  {
    rule: 'blockpage',
    facts: hostFacts(['http-blockpage'], { redirects: ['blocked.mgts.ru'] }),
    hits: hits(),
    expected: ['http-blockpage', 'suspected', 'blockpage', 'high'],
  },
  {
    rule: 'listed-451',
    facts: hostFacts(['http-451'], { statuses: [451] }),
    hits: hits(listedUrl),
    expected: ['http-451', 'listed', 'http451', 'high'],
  },
  {
    rule: '451',
    facts: hostFacts(['http-451'], { statuses: [451] }),
    hits: hits(),
    expected: ['http-451', 'suspected', 'http451', 'medium'],
  },
  {
    rule: 'listed-dead-name',
    facts: hostFacts(['dns-nxdomain'], { ...notFound, ...doh() }),
    hits: hits(listedHost),
    expected: ['dns-nxdomain', 'listed', 'unknown', 'low'],
  },
  {
    rule: 'listed-dns',
    facts: hostFacts(['dns-nxdomain'], { ...notFound, ...doh('149.154.167.99') }),
    hits: hits(listedHost),
    expected: ['dns-sinkhole', 'listed', 'dns', 'high'],
  },
  {
    rule: 'listed-dns',
    facts: hostFacts(['dns-nxdomain'], { errors: ['net::ERR_NAME_NOT_RESOLVED'] }),
    hits: hits({ host: [hit('list-wildcard', '*.telegram.org')] }),
    expected: ['dns-nxdomain', 'listed', 'dns', 'high'],
  },
  {
    rule: 'listed-dns',
    facts: hostFacts(['dns-sinkhole'], { address: { address: '95.167.13.50', source: 'response' } }),
    hits: hits(listedHost),
    expected: ['dns-sinkhole', 'listed', 'dns', 'high'],
  },
  {
    rule: 'listed-dns-failure',
    facts: hostFacts(['dns-failure'], { errors: ['net::ERR_DNS_SERVER_FAILED'] }),
    hits: hits(listedHost),
    expected: ['dns-failure', 'listed', 'dns', 'medium'],
  },
  {
    rule: 'listed-site-answer',
    facts: hostFacts(['http-error'], { statuses: [503] }),
    hits: hits(listedHost),
    expected: ['http-error', 'listed', 'unknown', 'low'],
  },
  {
    rule: 'listed-site-certificate',
    facts: hostFacts(['tls-cert-untrusted'], { errors: ['net::ERR_CERT_DATE_INVALID'] }),
    hits: hits(listedHost),
    expected: ['tls-cert-untrusted', 'listed', 'unknown', 'low'],
  },
  {
    rule: 'listed-address',
    facts: hostFacts(['tcp-timeout'], { errors: ['net::ERR_CONNECTION_TIMED_OUT'], ...address }),
    hits: hits({ ...listedHost, ...listedRange }),
    expected: ['tcp-timeout', 'listed', 'ip', 'high'],
  },
  {
    rule: 'listed-dpi',
    facts: hostFacts(['tcp-reset'], { errors: ['net::ERR_CONNECTION_RESET'] }),
    hits: hits(listedHost),
    expected: ['tcp-reset', 'listed', 'dpi', 'high'],
  },
  {
    rule: 'listed-dpi',
    facts: hostFacts(['http-empty'], { errors: ['NS_ERROR_NET_INTERRUPT'], ...address }),
    hits: hits({ ...listedHost, ...listedRange }),
    expected: ['http-empty', 'listed', 'dpi', 'high'],
  },
  {
    rule: 'listed-certificate',
    facts: hostFacts(['tls-cert-mismatch'], { errors: ['net::ERR_CERT_COMMON_NAME_INVALID'] }),
    hits: hits(listedHost),
    expected: ['tls-cert-mismatch', 'listed', 'tls', 'high'],
  },
  {
    rule: 'listed-connect',
    facts: hostFacts(['tcp-refused'], { errors: ['net::ERR_CONNECTION_REFUSED'] }),
    hits: hits(listedHost),
    expected: ['tcp-refused', 'listed', 'ip', 'medium'],
  },
  {
    rule: 'listed-connect',
    facts: hostFacts(['tcp-timeout'], { errors: ['net::ERR_CONNECTION_TIMED_OUT'] }),
    // An address hit without a known address of the host does not count.
    hits: hits({ ...listedHost, ...listedRange }),
    expected: ['tcp-timeout', 'listed', 'ip', 'medium'],
  },
  {
    rule: 'listed-quic',
    facts: hostFacts(['quic-failure'], { errors: ['net::ERR_QUIC_PROTOCOL_ERROR'] }),
    hits: hits(listedHost),
    expected: ['quic-failure', 'listed', 'dpi', 'medium'],
  },
  {
    rule: 'listed-other',
    facts: hostFacts(['other'], { errors: ['net::ERR_FAILED'] }),
    hits: hits(listedHost),
    expected: ['other', 'listed', 'unknown', 'medium'],
  },
  {
    rule: 'site-certificate',
    facts: hostFacts(['tls-cert-untrusted'], { errors: ['Peer’s Certificate has expired.'], ...address }),
    hits: hits(listedRange),
    expected: ['tls-cert-untrusted', 'site-problem', 'none', 'medium'],
  },
  {
    rule: 'collateral',
    facts: hostFacts(['tcp-reset'], { host: 'api.game.example', errors: ['net::ERR_CONNECTION_RESET'], ...address }),
    hits: hits(listedRange),
    expected: ['tcp-reset', 'collateral', 'ip', 'high'],
  },
  {
    rule: 'collateral',
    facts: hostFacts(['tcp-timeout', 'http-error'], { errors: ['NS_ERROR_NET_TIMEOUT'], statuses: [502], ...address }),
    hits: hits({ address: [hit('list-ip', '35.200.1.9', CLOUD_RANGE_DECISION)] }),
    expected: ['tcp-timeout', 'collateral', 'ip', 'high'],
  },
  {
    rule: 'collateral-other',
    facts: hostFacts(['other'], { errors: ['net::ERR_FAILED'], ...address }),
    hits: hits(listedRange),
    expected: ['other', 'collateral', 'ip', 'low'],
  },
  {
    rule: 'collateral',
    // A first visit: the address comes from DNS-over-HTTPS, not from an earlier response.
    facts: hostFacts(['tcp-reset'], {
      errors: ['net::ERR_CONNECTION_RESET'],
      address: { address: '35.200.1.9', source: 'doh' },
      ...doh('35.200.1.9'),
    }),
    hits: hits(listedRange),
    expected: ['tcp-reset', 'collateral', 'ip', 'high'],
  },
  {
    rule: 'ech',
    facts: hostFacts(['tls-failure'], { errors: ['net::ERR_ECH_FALLBACK_CERTIFICATE_INVALID'], ...onCloudflare }),
    hits: hits(cloudflare),
    expected: ['tls-failure', 'suspected', 'dpi', 'medium'],
  },
  {
    rule: 'network-cut',
    facts: hostFacts(['http-cut', 'tcp-reset'], cut),
    hits: hits(cloudflare),
    expected: ['http-cut', 'collateral', 'throttle', 'high'],
  },
  {
    rule: 'network-stall',
    facts: hostFacts(['http-stall'], onCloudflare),
    hits: hits(cloudflare),
    expected: ['http-stall', 'collateral', 'throttle', 'medium'],
  },
  {
    rule: 'network-connection',
    // Requests after the cut one on the same HTTP/2 connection never see an answer.
    facts: hostFacts(['http-empty'], { errors: ['net::ERR_HTTP2_PROTOCOL_ERROR'], ...onCloudflare }),
    hits: hits(cloudflare),
    expected: ['http-empty', 'collateral', 'throttle', 'medium'],
  },
  {
    rule: 'network-quic',
    facts: hostFacts(['quic-failure'], { errors: ['net::ERR_QUIC_PROTOCOL_ERROR'], ...onCloudflare }),
    hits: hits(cloudflare),
    expected: ['quic-failure', 'suspected', 'dpi', 'medium'],
  },
  {
    rule: 'collateral-transfer',
    facts: hostFacts(['http-cut'], { ...cut, ...address }),
    hits: hits(listedRange),
    expected: ['http-cut', 'collateral', 'unknown', 'low'],
  },
  {
    rule: 'suspected-cut',
    // A network without a date is named, not blamed.
    facts: hostFacts(['http-cut'], cut),
    hits: hits({ network: { name: 'Google Cloud', range: '34.0.0.0/15', since: '' } }),
    expected: ['http-cut', 'suspected', 'throttle', 'low'],
  },
  {
    rule: 'suspected-cut',
    // The network is known only for the address this host is known to use.
    facts: hostFacts(['http-stall'], {}),
    hits: hits(cloudflare),
    expected: ['http-stall', 'suspected', 'throttle', 'low'],
  },
  {
    rule: 'listed-stall',
    facts: hostFacts(['http-stall'], onCloudflare),
    hits: hits({ ...listedHost, ...cloudflare }),
    expected: ['http-stall', 'listed', 'dpi', 'medium'],
  },
  {
    rule: 'dns-tampering',
    facts: hostFacts(['dns-nxdomain'], { ...notFound, ...doh('2001:db8::1', '93.184.215.14') }),
    hits: hits(),
    expected: ['dns-sinkhole', 'suspected', 'dns', 'high'],
  },
  {
    rule: 'dns-tampering',
    facts: hostFacts(['dns-sinkhole'], {
      address: { address: '95.167.13.50', source: 'response' },
      ...doh('93.184.215.14'),
    }),
    hits: hits(),
    expected: ['dns-sinkhole', 'suspected', 'dns', 'high'],
  },
  {
    rule: 'sinkhole',
    // DoH agreeing on a bogon contradicts nothing.
    facts: hostFacts(['dns-sinkhole'], { address: { address: '10.10.34.35', source: 'response' }, ...doh('10.10.34.35') }),
    hits: hits(),
    expected: ['dns-sinkhole', 'suspected', 'dns', 'medium'],
  },
  {
    rule: 'sinkhole',
    facts: hostFacts(['dns-sinkhole'], { address: { address: '127.0.0.1', source: 'dns' } }),
    hits: hits(),
    expected: ['dns-sinkhole', 'suspected', 'dns', 'medium'],
  },
  {
    rule: 'interception',
    facts: hostFacts(['tls-cert-untrusted'], { errors: ['net::ERR_CERT_KNOWN_INTERCEPTION_BLOCKED'] }),
    hits: hits(),
    expected: ['tls-cert-untrusted', 'suspected', 'tls', 'high'],
  },
  {
    rule: 'suspected-dpi',
    facts: hostFacts(['tcp-reset'], { errors: ['net::ERR_CONNECTION_RESET'] }),
    hits: hits(),
    expected: ['tcp-reset', 'suspected', 'dpi', 'low'],
  },
  {
    rule: 'suspected-dpi',
    facts: hostFacts(['tls-failure'], {
      errors: ['SSL received a record that exceeded the maximum permissible length.'],
    }),
    hits: hits(),
    expected: ['tls-failure', 'suspected', 'dpi', 'low'],
  },
  {
    rule: 'suspected-certificate',
    facts: hostFacts(['tls-cert-mismatch'], { errors: ['net::ERR_CERT_COMMON_NAME_INVALID'] }),
    hits: hits(),
    expected: ['tls-cert-mismatch', 'suspected', 'tls', 'low'],
  },
  {
    rule: 'server-error',
    facts: hostFacts(['http-error'], { statuses: [404, 503] }),
    hits: hits(),
    expected: ['http-error', 'site-problem', 'none', 'medium'],
  },
  {
    rule: 'page-error',
    facts: hostFacts(['http-error'], { statuses: [403] }),
    hits: hits(),
    expected: ['http-error', 'site-problem', 'none', 'low'],
  },
  {
    rule: 'refused',
    facts: hostFacts(['tcp-refused'], { errors: ['net::ERR_CONNECTION_REFUSED'] }),
    hits: hits(),
    expected: ['tcp-refused', 'site-problem', 'none', 'low'],
  },
  {
    rule: 'dead-name',
    facts: hostFacts(['dns-nxdomain'], { ...notFound, ...doh() }),
    hits: hits(),
    expected: ['dns-nxdomain', 'site-problem', 'none', 'medium'],
  },
  {
    rule: 'suspected-dpi',
    // A reset whatever DoH says: only DNS failures are compared with it.
    facts: hostFacts(['tcp-reset'], { errors: ['net::ERR_CONNECTION_RESET'], ...doh() }),
    hits: hits(),
    expected: ['tcp-reset', 'suspected', 'dpi', 'low'],
  },
  {
    rule: 'unknown',
    facts: hostFacts(['dns-nxdomain'], { errors: ['NS_ERROR_UNKNOWN_HOST'] }),
    hits: hits(),
    expected: ['dns-nxdomain', 'unknown', 'unknown', 'low'],
  },
  {
    rule: 'unknown',
    facts: hostFacts(['tcp-timeout'], { errors: ['net::ERR_CONNECTION_TIMED_OUT'], ...address }),
    hits: hits(),
    expected: ['tcp-timeout', 'unknown', 'unknown', 'low'],
  },
];

describe('explain: hosting networks', () => {
  it('names the network in the evidence, dated or not, and only for the known address', () => {
    const named = explain(hostFacts(['http-cut'], cut), hits(cloudflare)).evidence;
    expect(named).toContainEqual({ type: 'network', name: 'Cloudflare', range: '104.16.0.0/13', since: '2025-06-09' });
    const listedCut = explain(hostFacts(['http-cut'], cut), hits({ ...listedHost, ...cloudflare }));
    expect([listedCut.cause, listedCut.mechanism]).toEqual(['listed', 'dpi']);
    expect(listedCut.evidence.some((item) => item.type === 'network')).toBe(true);
  });
});

describe('explain: one row per rule', () => {
  it('covers every rule of the table', () => {
    expect(new Set(rows.map((row) => row.rule))).toEqual(new Set(EXPLAIN_RULES.map((rule) => rule.id)));
  });

  it.each(rows)('$rule: $expected', ({ rule, facts, hits: found, expected }) => {
    expect(ruleFor(situationOf(facts, found)).id).toBe(rule);
    const { kind, cause, mechanism, confidence } = explain(facts, found);
    expect([kind, cause, mechanism, confidence]).toEqual(expected);
  });
});

// Issue 11, item 5: the registry's exact entry names one host; `*.domain` names it and everything below.
describe('explain: exact entries and wildcards', () => {
  const resetOn = (host: string) =>
    hostFacts(['tcp-reset'], { host, url: `https://${host}/`, errors: ['net::ERR_CONNECTION_RESET'] });
  const explained = (host: string, found: Partial<HostHits>) => {
    const { cause, mechanism, confidence } = explain(resetOn(host), hits(found));
    return [situationOf(resetOn(host), hits(found)).parentOnly, cause, mechanism, confidence];
  };

  const parent = hit('list-domain', 'telegram.org');
  const sure = [false, 'listed', 'dpi', 'high'];
  const parentHit = [true, 'listed', 'dpi', 'medium'];

  it('is sure of a host its exact entry names, and of one a wildcard covers', () => {
    expect(explained('telegram.org', { host: [parent] })).toEqual(sure);
    expect(explained('Telegram.org.', { host: [parent] })).toEqual(sure);
    expect(explained('web.telegram.org', { host: [hit('list-wildcard', '*.telegram.org')] })).toEqual(sure);
  });

  it('calls a subdomain of an exact entry a parent hit: listed, one step less sure', () => {
    expect(explained('web.telegram.org', { host: [parent] })).toEqual(parentHit);
    expect(explained('a.b.telegram.org', { host: [hit('list-domain', 'b.telegram.org'), parent] })).toEqual(parentHit);
  });

  it("is sure again when a wildcard, the URL or the host's own entry names it too", () => {
    for (const also of [
      { host: [parent, hit('list-wildcard', '*.telegram.org')] },
      { host: [hit('list-domain', 'web.telegram.org'), parent] },
      { host: [parent], url: [hit('list-url', 'https://web.telegram.org/')] },
    ]) {
      expect(explained('web.telegram.org', also)).toEqual(sure);
    }
  });
});

describe('explain: evidence', () => {
  const range: ListHit = {
    type: 'list-range',
    entry: '35.192.0.0/12',
    records: [
      CLOUD_RANGE_DECISION,
      { ...CLOUD_RANGE_DECISION, decision: '27-31-2018/Ид2971-18', date: '2018-04-16' },
    ],
  };

  it('carries errors, statuses, redirects, one item per list record, and the address', () => {
    const facts = hostFacts(['tcp-reset', 'http-blockpage'], {
      errors: ['net::ERR_CONNECTION_RESET'],
      statuses: [302],
      redirects: ['warning.rt.ru'],
      ...address,
    });
    const { evidence } = explain(facts, hits({ ...listedHost, ...listedUrl, address: [range] }));
    expect(evidence).toEqual<Evidence[]>([
      { type: 'error', error: 'net::ERR_CONNECTION_RESET' },
      { type: 'status', status: 302 },
      { type: 'redirect', host: 'warning.rt.ru' },
      { type: 'list-domain', entry: 'telegram.org', ...listedHost.host[0]!.records[0]! },
      { type: 'list-url', entry: 'https://telegram.org/', ...listedUrl.url[0]!.records[0]! },
      { type: 'list-range', entry: '35.192.0.0/12', ...CLOUD_RANGE_DECISION },
      { type: 'list-range', entry: '35.192.0.0/12', ...range.records[1]! },
      { type: 'address', address: '35.200.1.9', source: 'response' },
    ]);
  });

  it('shows each address once per source: the one used, then what resolvers said', () => {
    const facts = hostFacts(['dns-nxdomain'], {
      ...notFound,
      address: { address: '93.184.215.14', source: 'doh' },
      lookups: [
        { source: 'dns', addresses: ['10.0.0.1'], nxdomain: false, at: 3000 },
        { source: 'doh', addresses: ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'], nxdomain: false, at: 3000 },
      ],
    });
    expect(explain(facts, hits()).evidence).toEqual<Evidence[]>([
      { type: 'error', error: 'net::ERR_NAME_NOT_RESOLVED' },
      { type: 'address', address: '93.184.215.14', source: 'doh' },
      { type: 'address', address: '10.0.0.1', source: 'dns' },
      { type: 'address', address: '2606:2800:21f:cb07:6820:80da:af6b:8b2c', source: 'doh' },
    ]);
  });

  it('claims no list evidence when nothing is listed', () => {
    const { cause, evidence } = explain(hostFacts(['http-error'], { statuses: [503] }), hits());
    expect(cause).toBe('site-problem');
    expect(evidence).toEqual([{ type: 'status', status: 503 }]);
  });

  it('decides a TLS fault on the errors behind the decisive kind only', () => {
    const mixed = hostFacts(['tls-cert-untrusted'], {
      errors: ['net::ERR_CERT_DATE_INVALID', 'net::ERR_CERT_AUTHORITY_INVALID'],
    });
    expect(explain(mixed, hits()).cause).toBe('suspected');
    const expiredAndReset = hostFacts(['tls-cert-untrusted', 'tcp-reset'], {
      errors: ['net::ERR_CERT_DATE_INVALID', 'net::ERR_CONNECTION_RESET'],
    });
    expect(explain(expiredAndReset, hits()).mechanism).toBe('dpi');
  });
});
