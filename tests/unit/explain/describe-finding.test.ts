import { FAILURE_KINDS, type FailureKind, type Finding, type HostFacts } from '@blocklens/vocabulary';
import { describe, expect, it } from 'vitest';
import { describeFinding } from '../../../lib/explain/describe-finding';
import { explain } from '../../../lib/explain/explain';
import type { HostHits } from '../../../lib/explain/list-hits';
import { LOCAL_REASONS, type LocalReason } from '../../../lib/failures/local-reason';
import { CLOUD_RANGE_DECISION, hit, hits, hostFacts, TELEGRAM_DECISION } from '../helpers/host-facts';
import { messagesTranslate } from '../helpers/messages-translate';

const en = messagesTranslate('en');
const ru = messagesTranslate('ru');

function finding(facts: HostFacts, found: HostHits): Finding {
  return { ...facts, ...explain(facts, found) };
}

const reset = hostFacts(['tcp-reset'], { errors: ['net::ERR_CONNECTION_RESET'] });
const listedTelegram = finding(reset, hits({ host: [hit('list-domain', 'telegram.org', TELEGRAM_DECISION)] }));
const collateral = finding(
  hostFacts(['tcp-reset'], {
    host: 'api.game.example',
    errors: ['net::ERR_CONNECTION_RESET'],
    address: { address: '35.200.1.9', source: 'response' },
  }),
  hits({ address: [hit('list-range', '35.192.0.0/12', CLOUD_RANGE_DECISION)] }),
);
const serverError = finding(hostFacts(['http-error'], { host: 'shop.example', statuses: [503] }), hits());
const blockedByExtension = finding(
  hostFacts(['local'], { host: 'ads.example', errors: ['net::ERR_BLOCKED_BY_CLIENT'] }),
  hits(),
);
const unexplained = finding(
  hostFacts(['tcp-timeout'], { host: 'slow.example', errors: ['net::ERR_CONNECTION_TIMED_OUT'] }),
  hits(),
);

describe('describeFinding in English', () => {
  it('names the list entry and its decision for a listed host', () => {
    expect(describeFinding(listedTelegram, en)).toEqual({
      summary: 'telegram.org is on the list ru-registry (the media regulator Roskomnadzor, decision 2-1779/2018 of 2018-04-13)',
      detail:
        "The connection was reset. This is how deep packet inspection (DPI) equipment blocks sites: it reads the site's name in the connection and cuts it.",
      advice: 'The block is deliberate. A VPN or a proxy outside the country usually gets through.',
    });
  });

  it('names the address and the range for collateral damage, without an empty date', () => {
    const text = describeFinding(collateral, en);
    expect(text.summary).toBe(
      "api.game.example is not on the list, but its address 35.200.1.9 lies in the blocked range 35.192.0.0/12 (the Prosecutor General's Office, decision 27-31-2015/Ид4082-15): collateral damage",
    );
    expect(text.detail).toBe(
      "The connection was reset. Blocking by address drops or refuses every connection to the server's address, whatever sites live there.",
    );
    expect(text.advice).toBe(en('advice_collateral'));
  });

  it('says that a 5xx is the site answering', () => {
    expect(describeFinding(serverError, en)).toEqual({
      summary: 'The site itself answered 503: probably not censorship',
      detail: 'The server answered with status 503.',
      advice: "Try again later or tell the site's owners; a VPN is unlikely to help.",
    });
  });

  it('points at the extension for a request blocked by the client', () => {
    expect(describeFinding(blockedByExtension, en)).toEqual({
      summary: 'The request to ads.example was stopped on this device, not in the network',
      detail: 'An extension in this browser blocked the request, an ad or tracker blocker for instance.',
      advice: 'Check your extensions: if you need this site, allow it in the blocker.',
    });
  });

  it('admits when the evidence is not enough', () => {
    expect(describeFinding(unexplained, en)).toEqual({
      summary: 'slow.example did not load, and there is not enough evidence to say why',
      detail: 'No connection could be made: the server never answered.',
      advice: 'Reload the page. If it keeps failing, compare with another network or a VPN.',
    });
  });

  // Issue 11, item 5: an exact entry names one name; the popup said its subdomains were on the list.
  it('says that the list names the parent domain, not this host, for a parent hit', () => {
    const bare = { list: 'extra', authority: '', decision: '', date: '' };
    const viaParent = finding(
      hostFacts(['tcp-reset'], { host: 'web.telegram.org', errors: ['net::ERR_CONNECTION_RESET'] }),
      hits({ host: [hit('list-domain', 'telegram.org', bare)] }),
    );
    expect(viaParent).toMatchObject({ cause: 'listed', mechanism: 'dpi', confidence: 'medium' });
    const text = describeFinding(viaParent, en);
    expect(text.summary).toBe(
      'web.telegram.org itself is not on the list extra, which names only its parent domain telegram.org',
    );
    expect(text.detail).toBe(
      `${en('explain_kind_tcp_reset')} ${en('explain_mechanism_dpi')} That entry names telegram.org alone: ` +
        'for a domain with everything below it the registry adds a wildcard, *.telegram.org, which it does not ' +
        'have here. Providers that block only the names listed let this host through, so the failure may have ' +
        'another cause.',
    );
    expect(describeFinding(viaParent, ru).summary).toBe(
      'В списке extra нет самого web.telegram.org, только его родительский домен telegram.org',
    );
  });

  it('names the wildcard that covers a subdomain, before any parent entry, and reads naturally without a record', () => {
    const bare = { list: 'extra', authority: '', decision: '', date: '' };
    const web = hostFacts(['tcp-reset'], { host: 'a.web.telegram.org', errors: ['net::ERR_CONNECTION_RESET'] });
    const viaWildcard = finding(
      web,
      hits({ host: [hit('list-domain', 'web.telegram.org', bare), hit('list-wildcard', '*.telegram.org', bare)] }),
    );
    expect(viaWildcard.confidence).toBe('high');
    const text = describeFinding(viaWildcard, en);
    expect(text.summary).toBe('a.web.telegram.org is on the list extra under the entry *.telegram.org');
    expect(text.detail).not.toContain('alone');
    const viaUrl = finding(reset, hits({ url: [hit('list-url', 'https://telegram.org/', bare)] }));
    expect(describeFinding(viaUrl, en).summary).toBe('The page https://telegram.org/ is on the list extra');
  });

  it('names a listed single address', () => {
    const listedAddress = finding(
      { ...collateral, kinds: { 'tcp-timeout': 1 }, errors: ['net::ERR_CONNECTION_TIMED_OUT'] },
      hits({ address: [hit('list-ip', '35.200.1.9', { ...CLOUD_RANGE_DECISION, date: '2018-04-16' })] }),
    );
    expect(describeFinding(listedAddress, en).summary).toBe(
      "api.game.example is not on the list, but its address 35.200.1.9 (the Prosecutor General's Office, decision 27-31-2015/Ид4082-15 of 2018-04-16) is blocked: collateral damage",
    );
  });

  it('names the block page a host was redirected to', () => {
    const redirected = finding(hostFacts(['http-blockpage'], { redirects: ['warning.rt.ru'] }), hits());
    const text = describeFinding(redirected, en);
    expect(text.summary).toBe('telegram.org is not on the list, but the failure looks like deliberate interference');
    expect(text.detail).toBe(
      'The request was redirected to warning.rt.ru, a known block page of an internet provider. Providers show such a page in place of a blocked site.',
    );
  });

  it('does not blame the list for a listed site failing on its own', () => {
    const text = describeFinding(
      finding(hostFacts(['http-error'], { statuses: [502] }), hits({ host: [hit('list-domain', 'telegram.org')] })),
      en,
    );
    expect(text.detail).toBe(`The server answered with status 502. ${en('explain_listed_unclear')}`);
    expect(text.advice).toBe(en('advice_listed_unclear'));
  });

  it("explains an expired certificate as the site's fault", () => {
    const text = describeFinding(
      finding(
        hostFacts(['tls-cert-untrusted'], { host: 'old.example', errors: ['net::ERR_CERT_DATE_INVALID'] }),
        hits(),
      ),
      en,
    );
    expect(text.summary).toBe('old.example seems to fail on its own: probably not censorship');
    expect(text.detail).toBe(`The browser did not accept the server's certificate. ${en('explain_site_certificate')}`);
  });

  it('suggests another resolver for a DNS block', () => {
    const nxdomain = hostFacts(['dns-nxdomain'], { errors: ['net::ERR_NAME_NOT_RESOLVED'] });
    const text = describeFinding(finding(nxdomain, hits({ host: [hit('list-domain', 'telegram.org')] })), en);
    expect(text.detail).toBe(`The DNS answer said that the name does not exist. ${en('explain_mechanism_dns')}`);
    expect(text.advice).toBe(en('advice_listed_dns'));
  });

  it('falls back to plain sentences when a finding lacks the fact a sentence names', () => {
    const sinkhole = finding(hostFacts(['dns-sinkhole']), hits());
    expect(describeFinding(sinkhole, en).detail).toContain(en('explain_kind_dns_sinkhole_bare'));
    const sinkholeAddress = { address: { address: '0.0.0.0', source: 'dns' as const } };
    const withAddress = finding(hostFacts(['dns-sinkhole'], sinkholeAddress), hits());
    expect(describeFinding(withAddress, en).detail).toContain('The name resolved to 0.0.0.0:');
    const other = finding(hostFacts(['other'], { errors: ['net::ERR_FAILED'] }), hits());
    expect(describeFinding(other, en).detail).toBe('The browser reported net::ERR_FAILED.');
    expect(describeFinding(finding(hostFacts(['other']), hits()), en).detail).toBe(en('explain_kind_other_bare'));
    expect(describeFinding(finding(hostFacts(['local']), hits()), en)).toMatchObject({
      detail: en('explain_kind_local'),
      advice: en('advice_local'),
    });
  });
});

describe('describeFinding in Russian', () => {
  it('names the list entry and its decision for a listed host', () => {
    expect(describeFinding(listedTelegram, ru)).toEqual({
      summary: 'telegram.org есть в списке ru-registry (Роскомнадзор, решение 2-1779/2018 от 13.04.2018)',
      detail:
        'Соединение было сброшено. Так блокирует оборудование глубокой инспекции трафика (DPI): оно видит имя сайта в соединении и обрывает его.',
      advice: 'Блокировка намеренная. Обычно помогает VPN или прокси-сервер за пределами страны.',
    });
  });

  it('names the address and the range for collateral damage', () => {
    expect(describeFinding(collateral, ru).summary).toBe(
      'api.game.example нет в списке, но его адрес 35.200.1.9 входит в заблокированный диапазон 35.192.0.0/12 (Генпрокуратура, решение 27-31-2015/Ид4082-15): побочная блокировка',
    );
  });

  it('says that a 5xx is the site answering', () => {
    expect(describeFinding(serverError, ru)).toEqual({
      summary: 'Сайт сам ответил кодом 503: скорее всего, это не цензура',
      detail: 'Сервер ответил кодом 503.',
      advice: 'Попробуйте позже или сообщите владельцам сайта; VPN здесь вряд ли поможет.',
    });
  });

  it('points at the extension, and admits missing evidence', () => {
    expect(describeFinding(blockedByExtension, ru).summary).toBe(
      'Запрос к ads.example остановлен на этом устройстве, а не в сети',
    );
    expect(describeFinding(unexplained, ru).summary).toBe(
      'Не удалось загрузить slow.example, и данных недостаточно, чтобы понять почему',
    );
  });

  it('reads naturally without a record', () => {
    const bare = { list: 'extra', authority: '', decision: '', date: '' };
    const viaParent = finding(
      hostFacts(['tcp-reset'], { host: 'web.telegram.org', errors: ['net::ERR_CONNECTION_RESET'] }),
      hits({ host: [hit('list-wildcard', '*.telegram.org', bare)] }),
    );
    expect(describeFinding(viaParent, ru).summary).toBe(
      'web.telegram.org попадает под запись *.telegram.org в списке extra',
    );
  });
});

/** One error per kind that yields it, so that findings of every kind can be built. */
const ERROR_OF: Record<FailureKind, Partial<HostFacts>> = {
  'dns-nxdomain': { errors: ['net::ERR_NAME_NOT_RESOLVED'] },
  'dns-failure': { errors: ['net::ERR_DNS_TIMED_OUT'] },
  'dns-sinkhole': { address: { address: '95.167.13.50', source: 'doh' } },
  'tcp-refused': { errors: ['NS_ERROR_CONNECTION_REFUSED'] },
  'tcp-timeout': { errors: ['net::ERR_ADDRESS_UNREACHABLE'] },
  'tcp-reset': { errors: ['NS_ERROR_NET_RESET'] },
  'tls-failure': { errors: ['net::ERR_SSL_PROTOCOL_ERROR'] },
  'tls-cert-mismatch': { errors: ['net::ERR_CERT_COMMON_NAME_INVALID'] },
  'tls-cert-untrusted': { errors: ['net::ERR_CERT_KNOWN_INTERCEPTION_BLOCKED'] },
  'http-empty': { errors: ['net::ERR_EMPTY_RESPONSE'] },
  'http-timeout': { errors: ['net::ERR_TIMED_OUT'] },
  'http-451': { statuses: [451] },
  'http-blockpage': { redirects: ['forbidden.yota.ru'] },
  'http-error': { statuses: [404] },
  'quic-failure': { errors: ['NS_ERROR_NET_HTTP3_PROTOCOL_ERROR'] },
  'http-cut': { errors: ['net::ERR_CONNECTION_RESET'] },
  'http-stall': {},
  local: { errors: ['NS_ERROR_OFFLINE'] },
  other: { errors: ['NS_ERROR_REDIRECT_LOOP'] },
};

const hitSets: HostHits[] = [
  hits(),
  hits({ host: [hit('list-domain', 'telegram.org')] }),
  hits({ address: [hit('list-range', '95.167.0.0/16', CLOUD_RANGE_DECISION)] }),
  hits({ host: [hit('list-domain', 'telegram.org')], address: [hit('list-ip', '95.167.13.50')] }),
];

const address = { address: { address: '95.167.13.50', source: 'response' as const } };
const everyFinding = FAILURE_KINDS.flatMap((kind) =>
  hitSets.map((found) => finding(hostFacts([kind], { ...address, ...ERROR_OF[kind] }), found)),
);
const ERROR_OF_REASON: Record<LocalReason, string> = {
  extension: 'NS_ERROR_ABORT',
  policy: 'net::ERR_BLOCKED_BY_ADMINISTRATOR',
  offline: 'net::ERR_NETWORK_CHANGED',
  proxy: 'net::ERR_PROXY_CONNECTION_FAILED',
  browser: 'NS_ERROR_MALWARE_URI',
  aborted: 'net::ERR_ABORTED',
};
const everyLocalReason = LOCAL_REASONS.map((reason) =>
  finding(hostFacts(['local'], { errors: [ERROR_OF_REASON[reason]] }), hits()),
);

describe.each([
  ['en', en],
  ['ru', ru],
] as const)('every finding in %s', (_, t) => {
  it('has complete sentences for every kind, listing and local reason', () => {
    for (const each of [...everyFinding, ...everyLocalReason]) {
      const text = describeFinding(each, t);
      for (const sentence of Object.values(text)) {
        expect(sentence, `${each.kind}/${each.cause}`).toMatch(/\S/);
        expect(sentence).not.toMatch(/\$\d|undefined|\(\)|\s{2}/);
      }
    }
  });

  it('gives each local reason its own detail and advice', () => {
    const texts = everyLocalReason.map((each) => describeFinding(each, t));
    expect(new Set(texts.map((text) => text.detail)).size).toBe(LOCAL_REASONS.length);
    expect(new Set(texts.map((text) => text.advice)).size).toBe(LOCAL_REASONS.length);
  });
});

describe('describeFinding with DNS-over-HTTPS answers', () => {
  const notFound = { errors: ['net::ERR_NAME_NOT_RESOLVED'] };
  const doh = (...addresses: string[]): Partial<HostFacts> => ({
    lookups: [{ source: 'doh', addresses, nxdomain: addresses.length === 0, at: 3000 }],
  });
  const tampered = finding(
    hostFacts(['dns-nxdomain'], { host: 'news.example.org', ...notFound, address: { address: '93.184.215.14', source: 'doh' }, ...doh('93.184.215.14') }),
    hits(),
  );
  const sinkholed = finding(
    hostFacts(['dns-sinkhole'], { host: 'news.example.org', address: { address: '95.167.13.50', source: 'response' }, ...doh('93.184.215.14') }),
    hits(),
  );
  const dead = finding(hostFacts(['dns-nxdomain'], { host: 'gone.example.org', ...notFound, ...doh() }), hits());
  const listedDead = finding(
    hostFacts(['dns-nxdomain'], { ...notFound, ...doh() }),
    hits({ host: [hit('list-domain', 'telegram.org', TELEGRAM_DECISION)] }),
  );

  it('says that the local "no such name" was false, with the address DoH found', () => {
    expect(describeFinding(tampered, en)).toEqual({
      summary: 'news.example.org is not on the list, but the failure looks like deliberate interference',
      detail:
        'Your DNS server said that the name does not exist, but DNS-over-HTTPS found it at 93.184.215.14: that answer was false. ' +
        en('explain_mechanism_dns'),
      advice: en('address_advice_dns_tampering'),
    });
    expect(describeFinding(tampered, ru).detail).toContain('DNS-over-HTTPS нашёл его по адресу 93.184.215.14');
  });

  it('gives both answers for a block-page address that DoH contradicts', () => {
    expect(describeFinding(sinkholed, en).detail).toContain(
      'The name resolved to 95.167.13.50: a known block-page address, or one that no public site can have. DNS-over-HTTPS found it at 93.184.215.14 instead.',
    );
  });

  it('calls a name no resolver knows a dead domain, not a block', () => {
    expect(describeFinding(dead, en)).toEqual({
      summary: 'gone.example.org does not exist for any resolver asked: probably not censorship',
      detail: `${en('explain_kind_dns_nxdomain')} ${en('address_doh_nxdomain_too')}`,
      advice: en('address_advice_dead_name'),
    });
    expect(describeFinding(dead, ru).summary).toBe(
      'Имени gone.example.org нет ни у одного из опрошенных DNS-серверов: скорее всего, это не цензура',
    );
  });

  it('keeps a listed dead domain listed, and says the block is not what stops it', () => {
    const text = describeFinding(listedDead, en);
    expect(text.detail).toContain(en('address_doh_nxdomain_too'));
    expect(text.detail).toContain(en('explain_listed_unclear'));
    expect(text.advice).toBe(en('advice_listed_unclear'));
  });
});

// Issue 15: transfers cut on hosting networks cut as a whole, ECH, QUIC.
describe('describeFinding on hosting networks', () => {
  const onCloudflare = { host: 'shop.example', address: { address: '104.16.1.1', source: 'response' as const } };
  const cloudflare = { network: { name: 'Cloudflare', range: '104.16.0.0/13', since: '2025-06-09' } };
  const cutFacts = hostFacts(['http-cut'], { ...onCloudflare, errors: ['net::ERR_CONNECTION_RESET'] });

  it('names the network and the date of a cut on a network cut as a whole, with what helps', () => {
    const cut = finding(cutFacts, hits(cloudflare));
    expect(describeFinding(cut, en).summary).toBe(
      'shop.example is not on the list, but it is hosted at Cloudflare, and since 2025-06-09 Russian providers cut connections to Cloudflare after the first kilobytes: collateral damage',
    );
    expect(describeFinding(cut, ru).summary).toBe(
      'shop.example нет в списке, но сайт размещён в Cloudflare, а с 09.06.2025 российские провайдеры обрывают соединения с Cloudflare после первых килобайт: побочная блокировка',
    );
    expect(describeFinding(cut, en).advice).toContain('VPN');
    expect(describeFinding(cut, en).detail).toContain('cuts it or lets it starve');
  });

  it('names an undated network without blaming it', () => {
    const cut = finding(cutFacts, hits({ network: { name: 'Google Cloud', range: '34.0.0.0/15', since: '' } }));
    expect([cut.cause, cut.mechanism]).toEqual(['suspected', 'throttle']);
    expect(describeFinding(cut, en).summary).not.toContain('Google Cloud');
    expect(describeFinding(cut, en).detail).toContain('Its server is at Google Cloud, which the list does not mark as cut.');
  });

  it('names the network for a cut even where a listed range holds the address: a block by address would have stopped the connection', () => {
    const both = finding(cutFacts, hits({ ...cloudflare, address: [hit('list-range', '104.16.0.0/16', CLOUD_RANGE_DECISION)] }));
    expect([both.cause, both.mechanism]).toEqual(['collateral', 'throttle']);
    expect(describeFinding(both, en).summary).toContain('hosted at Cloudflare');
  });

  it('explains a refused ECH and a dropped QUIC', () => {
    const ech = finding(
      hostFacts(['tls-failure'], { ...onCloudflare, errors: ['net::ERR_ECH_FALLBACK_CERTIFICATE_INVALID'] }),
      hits(cloudflare),
    );
    expect(describeFinding(ech, en).detail).toContain('cloudflare-ech.com');
    expect(describeFinding(ech, ru).advice).toContain('VPN');
    const quic = finding(hostFacts(['quic-failure'], { ...onCloudflare, errors: ['net::ERR_QUIC_PROTOCOL_ERROR'] }), hits(cloudflare));
    expect(describeFinding(quic, en).detail).toContain('QUIC (HTTP/3) to foreign hosting networks is dropped');
  });
});
