import type { FailureKind } from '@blocklens/vocabulary';
import { describe, expect, it } from 'vitest';
import { arisesMidTransfer } from '../../../lib/failures/error-facts';
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
  ['net::ERR_CONNECTION_CLOSED', 'tcp-reset'],
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
  ['net::ERR_BAD_SSL_CLIENT_AUTH_CERT', 'other'],
  ['net::ERR_CERT_COMMON_NAME_INVALID', 'tls-cert-mismatch'],
  ['net::ERR_CERT_AUTHORITY_INVALID', 'tls-cert-untrusted'],
  ['net::ERR_CERT_KNOWN_INTERCEPTION_BLOCKED', 'tls-cert-untrusted'],
  ['net::ERR_CERT_DATE_INVALID', 'tls-cert-untrusted'],
  ['net::ERR_CERT_REVOKED', 'tls-cert-untrusted'],
  ['net::ERR_SSL_PINNED_KEY_NOT_IN_CERT_CHAIN', 'tls-cert-untrusted'],
  ['net::ERR_QUIC_PROTOCOL_ERROR', 'quic-failure'],
  ['net::ERR_QUIC_HANDSHAKE_FAILED', 'quic-failure'],
  ['net::ERR_HTTP2_PROTOCOL_ERROR', 'http-empty'],
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

// Issue 11: every mapping changed against Chromium's net_error_list.h and Firefox's ErrorList.py.
const changed: [string, FailureKind][] = [
  // Connections cut before an answer: a reset-like close the suspected-DPI rule counts.
  ['net::ERR_SOCKET_NOT_CONNECTED', 'tcp-reset'],
  ['net::ERR_CONNECTION_CLOSED', 'tcp-reset'],
  // Unmapped though a network in between can cause them.
  ['net::ERR_CONNECTION_FAILED', 'tcp-timeout'],
  ['net::ERR_ADDRESS_INVALID', 'dns-failure'],
  ['net::ERR_TLS13_DOWNGRADE_DETECTED', 'tls-failure'],
  ['net::ERR_INVALID_ECH_CONFIG_LIST', 'dns-failure'],
  ['net::ERR_INVALID_RESPONSE', 'http-empty'],
  ['net::ERR_INVALID_HTTP_RESPONSE', 'http-empty'],
  ['net::ERR_RESPONSE_HEADERS_TRUNCATED', 'http-empty'],
  ['net::ERR_INVALID_CHUNKED_ENCODING', 'http-empty'],
  ['net::ERR_CONTENT_DECODING_FAILED', 'http-empty'],
  ['net::ERR_HTTP2_PROTOCOL_ERROR', 'http-empty'],
  ['net::ERR_HTTP2_SERVER_REFUSED_STREAM', 'http-empty'],
  ['net::ERR_HTTP2_STREAM_CLOSED', 'http-empty'],
  ['net::ERR_HTTP2_FLOW_CONTROL_ERROR', 'http-empty'],
  ['net::ERR_HTTP2_FRAME_SIZE_ERROR', 'http-empty'],
  ['net::ERR_HTTP2_COMPRESSION_ERROR', 'http-empty'],
  ['net::ERR_HTTP2_RST_STREAM_NO_ERROR_RECEIVED', 'http-empty'],
  ['net::ERR_INCOMPLETE_HTTP2_HEADERS', 'http-empty'],
  ['net::ERR_HTTP2_INADEQUATE_TRANSPORT_SECURITY', 'tls-failure'],
  ['net::ERR_HTTP_1_1_REQUIRED', 'http-empty'],
  ['net::ERR_HTTPS_PROXY_TUNNEL_RESPONSE_REDIRECT', 'local'],
  ['net::ERR_NO_SUPPORTED_PROXIES', 'local'],
  ['net::ERR_CACHED_IP_ADDRESS_SPACE_BLOCKED_BY_LOCAL_NETWORK_ACCESS_POLICY', 'dns-failure'],
  ['net::ERR_BLOCKED_BY_LOCAL_NETWORK_ACCESS_CHECKS', 'local'],
  ['net::ERR_LOCAL_NETWORK_PERMISSION_MISSING', 'local'],
  ['net::ERR_TEMPORARILY_THROTTLED', 'local'],
  ['net::ERR_BLOCKED_IN_INCOGNITO_BY_ADMINISTRATOR', 'local'],
  ['net::ERR_CLEARTEXT_NOT_PERMITTED', 'local'],
  // Local problems, not a cut connection.
  ['net::ERR_NO_SSL_VERSIONS_ENABLED', 'local'],
  ['net::ERR_BAD_SSL_CLIENT_AUTH_CERT', 'other'],
  ['net::ERR_SSL_CLIENT_AUTH_CERT_NEEDED', 'other'],
  ['net::ERR_SSL_CLIENT_AUTH_PRIVATE_KEY_ACCESS_DENIED', 'other'],
  ['net::ERR_SSL_CLIENT_AUTH_CERT_NO_PRIVATE_KEY', 'other'],
  ['net::ERR_SSL_CLIENT_AUTH_SIGNATURE_FAILED', 'other'],
  ['net::ERR_SSL_CLIENT_AUTH_CERT_BAD_FORMAT', 'other'],
  ['net::ERR_SSL_CLIENT_AUTH_NO_COMMON_ALGORITHMS', 'other'],
  // Names a prefix rule took wrongly.
  ['net::ERR_DNS_SECURE_RESOLVER_HOSTNAME_RESOLUTION_FAILED', 'other'],
  ['net::ERR_DNS_SEARCH_EMPTY', 'other'],
  ['net::ERR_DNS_NO_MATCHING_SUPPORTED_ALPN', 'other'],
  ['net::ERR_CERT_DATABASE_CHANGED', 'local'],
  ['net::ERR_CERT_VERIFIER_CHANGED', 'local'],
  ['net::ERR_CERT_END', 'other'],
  // Firefox.
  ['NS_ERROR_NET_HTTP2_SENT_GOAWAY', 'http-empty'],
  ['NS_ERROR_PARSING_HTTP_STATUS_LINE', 'http-empty'],
  ['NS_ERROR_CORRUPTED_CONTENT', 'http-empty'],
  ['NS_ERROR_INVALID_CONTENT_ENCODING', 'http-empty'],
  ['NS_ERROR_NET_UNCLEAN_SHUTDOWN', 'http-empty'],
  ['NS_ERROR_SOCKET_CREATE_FAILED', 'local'],
  ['NS_ERROR_SOCKET_ADDRESS_NOT_SUPPORTED', 'local'],
  ['NS_ERROR_SOCKET_ADDRESS_IN_USE', 'local'],
  ['NS_ERROR_UNKNOWN_SOCKET_TYPE', 'local'],
  ['NS_ERROR_BLOCKED_BY_POLICY', 'local'],
  ['NS_ERROR_LOCAL_NETWORK_ACCESS_DENIED', 'local'],
  ['NS_ERROR_RESTRICTED_CONTENT', 'local'],
  ['NS_ERROR_HARMFULADDON_URI', 'local'],
  ['NS_ERROR_BASIC_HTTP_AUTH_DISABLED', 'local'],
  // Firefox's TLS sentences in Russian, Ukrainian and Persian (tls-sentence.test.ts has them all).
  ['Сертификат узла истёк.', 'tls-cert-untrusted'],
  [
    'Не удалось установить защищённое соединение с этим узлом: запрошенное имя домена не соответствует указанному в сертификате сервера.',
    'tls-cert-mismatch',
  ],
  ['Видавець сертифіката вузла не розпізнаний.', 'tls-cert-untrusted'],
  ['گواهی طرف مقابل منقضی شده است.', 'tls-cert-untrusted'],
  // A client certificate the server refused is not a broken handshake.
  ['SSL peer rejected your certificate as expired.', 'other'],
];

describe('kindFromError against the browsers’ own lists (issue 11)', () => {
  it.each(changed)('%s -> %s', (error, kind) => {
    expect(kindFromError(error)).toBe(kind);
  });

  it('keeps NS_ERROR_NET_TIMEOUT a connect timeout: Firefox gives it for a dropped SYN as well as a stalled handshake', () => {
    expect(kindFromError('NS_ERROR_NET_TIMEOUT')).toBe('tcp-timeout');
  });

  it('takes names the lists do not know yet by their prefix', () => {
    expect(kindFromError('net::ERR_DNS_SOMETHING_NEW')).toBe('dns-failure');
    expect(kindFromError('net::ERR_SSL_SOMETHING_NEW')).toBe('tls-failure');
    expect(kindFromError('net::ERR_CERT_SOMETHING_NEW')).toBe('tls-cert-untrusted');
    expect(kindFromError('net::ERR_HTTP2_SOMETHING_NEW')).toBe('http-empty');
    expect(kindFromError('net::ERR_PROXY_SOMETHING_NEW')).toBe('local');
    expect(kindFromError('NS_ERROR_PROXY_SOMETHING_NEW')).toBe('local');
    expect(kindFromError('NS_ERROR_SOMETHING_NEW')).toBe('other');
  });
});

describe('isIgnorableError against the browsers’ own lists (issue 11)', () => {
  it.each([
    'net::ERR_DNS_CACHE_MISS',
    'net::ERR_DNS_REQUEST_CANCELLED',
    'net::ERR_DNS_NAME_HTTPS_ONLY',
    'net::ERR_WS_UPGRADE',
    'net::ERR_EARLY_DATA_REJECTED',
    'NS_ERROR_HTTP2_FALLBACK_TO_HTTP1',
    'NS_ERROR_NO_CONTENT',
    'NS_BINDING_CANCELLED_OLD_LOAD',
  ])('ignores %s', (error) => {
    expect(isIgnorableError(error)).toBe(true);
  });
});

describe('arisesMidTransfer', () => {
  it.each([
    'net::ERR_CONTENT_LENGTH_MISMATCH',
    'net::ERR_INCOMPLETE_CHUNKED_ENCODING',
    'net::ERR_INVALID_CHUNKED_ENCODING',
    'net::ERR_CONTENT_DECODING_FAILED',
    'NS_ERROR_NET_PARTIAL_TRANSFER',
    'NS_ERROR_INVALID_CONTENT_ENCODING',
  ])('%s can only come once the response started', (error) => {
    expect(arisesMidTransfer(error)).toBe(true);
  });

  it.each(['net::ERR_CONNECTION_RESET', 'net::ERR_TIMED_OUT', 'NS_ERROR_NET_RESET', 'net::ERR_SOMETHING_NEW', 'Сертификат узла истёк.'])(
    '%s can come before the response too',
    (error) => {
      expect(arisesMidTransfer(error)).toBe(false);
    },
  );
});
