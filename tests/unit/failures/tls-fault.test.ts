import { describe, expect, it } from 'vitest';
import { tlsFault } from '../../../lib/failures/tls-fault';

describe('tlsFault', () => {
  it.each([
    ['net::ERR_CERT_DATE_INVALID', 'site'],
    ['net::ERR_CERT_REVOKED', 'site'],
    ['net::ERR_SSL_OBSOLETE_VERSION_OR_CIPHER', 'site'],
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
