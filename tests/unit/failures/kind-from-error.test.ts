import type { FailureKind } from '@blocklens/vocabulary';
import { describe, expect, it } from 'vitest';
import { isIgnorableError, kindFromError } from '../../../lib/failures/kind-from-error';

const chrome: [string, FailureKind][] = [
  ['net::ERR_NAME_NOT_RESOLVED', 'dns-nxdomain'],
  ['net::ERR_NAME_RESOLUTION_FAILED', 'dns-failure'],
  ['net::ERR_DNS_SERVER_FAILED', 'dns-failure'],
  ['net::ERR_DNS_TIMED_OUT', 'dns-failure'],
  ['net::ERR_DNS_MALFORMED_RESPONSE', 'dns-failure'],
  ['net::ERR_ICANN_NAME_COLLISION', 'dns-failure'],
  ['net::ERR_CONNECTION_REFUSED', 'tcp-refused'],
  ['net::ERR_CONNECTION_TIMED_OUT', 'tcp-timeout'],
  ['net::ERR_ADDRESS_UNREACHABLE', 'tcp-timeout'],
  ['net::ERR_CONNECTION_RESET', 'tcp-reset'],
  ['net::ERR_CONNECTION_CLOSED', 'http-empty'],
  ['net::ERR_EMPTY_RESPONSE', 'http-empty'],
  ['net::ERR_INCOMPLETE_CHUNKED_ENCODING', 'http-empty'],
  ['net::ERR_CONTENT_LENGTH_MISMATCH', 'http-empty'],
  ['net::ERR_TIMED_OUT', 'http-timeout'],
  ['net::ERR_CONNECTION_ABORTED', 'http-timeout'],
  ['net::ERR_HTTP2_PING_FAILED', 'http-timeout'],
  ['net::ERR_SSL_PROTOCOL_ERROR', 'tls-failure'],
  ['net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH', 'tls-failure'],
  ['net::ERR_SSL_VERSION_INTERFERENCE', 'tls-failure'],
  ['net::ERR_SSL_UNRECOGNIZED_NAME_ALERT', 'tls-failure'],
  ['net::ERR_ECH_NOT_NEGOTIATED', 'tls-failure'],
  ['net::ERR_BAD_SSL_CLIENT_AUTH_CERT', 'tls-failure'],
  ['net::ERR_CERT_COMMON_NAME_INVALID', 'tls-cert-mismatch'],
  ['net::ERR_CERT_AUTHORITY_INVALID', 'tls-cert-untrusted'],
  ['net::ERR_CERT_KNOWN_INTERCEPTION_BLOCKED', 'tls-cert-untrusted'],
  ['net::ERR_CERT_DATE_INVALID', 'tls-cert-untrusted'],
  ['net::ERR_CERT_REVOKED', 'tls-cert-untrusted'],
  ['net::ERR_SSL_PINNED_KEY_NOT_IN_CERT_CHAIN', 'tls-cert-untrusted'],
  ['net::ERR_QUIC_PROTOCOL_ERROR', 'quic-failure'],
  ['net::ERR_QUIC_HANDSHAKE_FAILED', 'quic-failure'],
  ['net::ERR_HTTP2_PROTOCOL_ERROR', 'other'],
  ['net::ERR_BLOCKED_BY_CLIENT', 'local'],
  ['net::ERR_BLOCKED_BY_ADMINISTRATOR', 'local'],
  ['net::ERR_INTERNET_DISCONNECTED', 'local'],
  ['net::ERR_NETWORK_CHANGED', 'local'],
  ['net::ERR_PROXY_CONNECTION_FAILED', 'local'],
  ['net::ERR_TUNNEL_CONNECTION_FAILED', 'local'],
  ['net::ERR_ABORTED', 'local'],
  ['net::ERR_FAILED', 'other'],
  ['net::ERR_TOO_MANY_REDIRECTS', 'other'],
  ['net::ERR_SOMETHING_NEW', 'other'],
];

const firefox: [string, FailureKind][] = [
  ['NS_ERROR_UNKNOWN_HOST', 'dns-nxdomain'],
  ['NS_ERROR_DEFINITIVE_UNKNOWN_HOST', 'dns-nxdomain'],
  ['NS_ERROR_CONNECTION_REFUSED', 'tcp-refused'],
  ['NS_ERROR_NET_TIMEOUT', 'tcp-timeout'],
  ['NS_ERROR_NET_RESET', 'tcp-reset'],
  ['NS_ERROR_NET_INTERRUPT', 'http-empty'],
  ['NS_ERROR_NET_PARTIAL_TRANSFER', 'http-empty'],
  ['NS_ERROR_NET_HTTP3_PROTOCOL_ERROR', 'quic-failure'],
  ['NS_ERROR_NET_INADEQUATE_SECURITY', 'tls-failure'],
  ['NS_ERROR_OFFLINE', 'local'],
  ['NS_ERROR_ABORT', 'local'],
  ['NS_BINDING_ABORTED', 'local'],
  ['NS_ERROR_PROXY_CONNECTION_REFUSED', 'local'],
  ['NS_ERROR_PROXY_BAD_GATEWAY', 'local'],
  ['NS_ERROR_UNKNOWN_PROXY_HOST', 'local'],
  ['NS_ERROR_TRACKING_URI', 'local'],
  ['NS_ERROR_PROXY_UNAVAILABLE_FOR_LEGAL_REASONS', 'http-451'],
  ['NS_ERROR_REDIRECT_LOOP', 'other'],
  ['NS_ERROR_FAILURE', 'other'],
  // Localised TLS sentences (English wording).
  ['SSL received a record that exceeded the maximum permissible length.', 'tls-failure'],
  ['Cannot communicate securely with peer: no common encryption algorithm(s).', 'tls-failure'],
  [
    'Unable to communicate securely with peer: requested domain name does not match the server’s certificate.',
    'tls-cert-mismatch',
  ],
  ['Peer’s Certificate issuer is not recognized.', 'tls-cert-untrusted'],
  ['The certificate is not trusted because it is self-signed.', 'tls-cert-untrusted'],
  ['Peer’s Certificate has expired.', 'tls-cert-untrusted'],
  ['Peer’s Certificate has been revoked.', 'tls-cert-untrusted'],
];

describe('kindFromError', () => {
  it.each(chrome)('Chrome %s -> %s', (error, kind) => {
    expect(kindFromError(error)).toBe(kind);
  });

  it.each(chrome)('Chrome %s without the net:: prefix -> %s', (error, kind) => {
    expect(kindFromError(error.replace('net::', ''))).toBe(kind);
  });

  it.each(firefox)('Firefox %s -> %s', (error, kind) => {
    expect(kindFromError(error)).toBe(kind);
  });

  it('keeps names of Object.prototype from passing as known errors', () => {
    expect(kindFromError('constructor')).toBe('tls-failure');
    expect(kindFromError('net::toString')).toBe('tls-failure');
  });

  it('calls an empty error other', () => {
    expect(kindFromError('  ')).toBe('other');
  });
});

describe('isIgnorableError', () => {
  it.each([
    'net::ERR_ABORTED',
    'ERR_ABORTED',
    'net::ERR_CACHE_MISS',
    'net::ERR_BLOCKED_BY_RESPONSE',
    'net::ERR_BLOCKED_BY_ORB',
    'NS_BINDING_ABORTED',
    'NS_BINDING_REDIRECTED',
    'NS_ERROR_XFO_VIOLATION',
  ])('ignores %s', (error) => {
    expect(isIgnorableError(error)).toBe(true);
  });

  it.each([
    'net::ERR_CONNECTION_RESET',
    'net::ERR_BLOCKED_BY_CLIENT',
    'NS_ERROR_ABORT',
    'NS_ERROR_NET_RESET',
    'Peer’s Certificate issuer is not recognized.',
  ])('keeps %s', (error) => {
    expect(isIgnorableError(error)).toBe(false);
  });
});
