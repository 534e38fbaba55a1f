import { describe, expect, it } from 'vitest';
import { tlsFault } from '../../../lib/failures/tls-fault';

describe('tlsFault', () => {
  it.each([
    ['net::ERR_CERT_DATE_INVALID', 'site'],
    ['net::ERR_CERT_REVOKED', 'site'],
    ['net::ERR_CERT_KNOWN_INTERCEPTION_BLOCKED', 'interception'],
    ['net::ERR_CERT_AUTHORITY_INVALID', null],
    ['net::ERR_CERT_COMMON_NAME_INVALID', null],
    ['net::ERR_SSL_PROTOCOL_ERROR', null],
    ['Peer’s Certificate has expired.', 'site'],
    ['The server presented a certificate that is not yet valid.', 'site'],
    ['Peer’s Certificate issuer is not recognized.', null],
    ['NS_ERROR_NET_TIMEOUT', null],
  ] as const)('%s -> %s', (error, fault) => {
    expect(tlsFault(error)).toBe(fault);
  });
});

describe('tlsFault against the browsers’ own lists (issue 11)', () => {
  it.each([
    // Old TLS: Chromium dropped SSL_OBSOLETE_VERSION; TLS 1.0 and 1.1 give VERSION_OR_CIPHER_MISMATCH.
    ['net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH', 'site'],
    ['net::ERR_SSL_OBSOLETE_CIPHER', 'site'],
    ['net::ERR_SSL_OBSOLETE_VERSION_OR_CIPHER', null],
    // HTTP/2 over TLS too weak for it is the server's configuration.
    ['net::ERR_HTTP2_INADEQUATE_TRANSPORT_SECURITY', 'site'],
    ['NS_ERROR_NET_INADEQUATE_SECURITY', 'site'],
    // Firefox's sentences for outdated TLS, as Chromium's mismatch.
    ['Cannot communicate securely with peer: no common encryption algorithm(s).', 'site'],
    ['Peer using unsupported version of security protocol.', 'site'],
    // The server refusing this device's client certificate says nothing about the site's own.
    ['SSL peer rejected your certificate as expired.', null],
    ['SSL peer rejected your certificate as revoked.', null],
    // Russian, Ukrainian, Persian.
    ['Сертификат узла истёк.', 'site'],
    ['Сертификат узла был отозван.', 'site'],
    ['Термін дії сертифіката вузла завершився.', 'site'],
    ['گواهی طرف مقابل منقضی شده است.', 'site'],
    ['Издатель сертификата узла не распознан.', null],
    ['SSL-узел отклонил ваш сертификат, как истёкший.', null],
  ] as const)('%s -> %s', (error, fault) => {
    expect(tlsFault(error)).toBe(fault);
  });
});
