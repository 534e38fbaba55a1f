// Chrome `net::ERR_*` and Firefox `NS_ERROR_*` strings (and Firefox's TLS sentences) to the failure
// kinds of the vocabulary; errors that are no failure at all are told apart for the caller to drop.
import type { FailureKind } from '@blocklens/vocabulary';
import { errorName } from './error-name';
import { localReason } from './local-reason';
import { kindFromTlsSentence } from './tls-sentence';

const EXACT = new Map<string, FailureKind>([
  ['ERR_NAME_NOT_RESOLVED', 'dns-nxdomain'],
  ['ERR_NAME_RESOLUTION_FAILED', 'dns-failure'],
  ['ERR_HOST_RESOLVER_QUEUE_TOO_LARGE', 'dns-failure'],
  // The resolver answered 127.0.53.53, ICANN's name-collision marker.
  ['ERR_ICANN_NAME_COLLISION', 'dns-failure'],
  ['ERR_CONNECTION_REFUSED', 'tcp-refused'],
  ['ERR_CONNECTION_TIMED_OUT', 'tcp-timeout'],
  ['ERR_ADDRESS_UNREACHABLE', 'tcp-timeout'],
  ['ERR_CONNECTION_RESET', 'tcp-reset'],
  ['ERR_CONNECTION_CLOSED', 'http-empty'],
  ['ERR_EMPTY_RESPONSE', 'http-empty'],
  ['ERR_INCOMPLETE_CHUNKED_ENCODING', 'http-empty'],
  ['ERR_CONTENT_LENGTH_MISMATCH', 'http-empty'],
  ['ERR_TIMED_OUT', 'http-timeout'],
  // Sent data was never acknowledged: the connection stalled after it was made.
  ['ERR_CONNECTION_ABORTED', 'http-timeout'],
  ['ERR_HTTP2_PING_FAILED', 'http-timeout'],
  ['ERR_CERT_COMMON_NAME_INVALID', 'tls-cert-mismatch'],
  // A certificate that does not carry the site's pinned key is a substituted one.
  ['ERR_SSL_PINNED_KEY_NOT_IN_CERT_CHAIN', 'tls-cert-untrusted'],
  ['ERR_CERTIFICATE_TRANSPARENCY_REQUIRED', 'tls-cert-untrusted'],
  ['ERR_INSECURE_RESPONSE', 'tls-cert-untrusted'],
  ['ERR_BAD_SSL_CLIENT_AUTH_CERT', 'tls-failure'],
  ['ERR_NO_SSL_VERSIONS_ENABLED', 'tls-failure'],
  ['ERR_ALPN_NEGOTIATION_FAILED', 'tls-failure'],
  ['NS_ERROR_UNKNOWN_HOST', 'dns-nxdomain'],
  ['NS_ERROR_DEFINITIVE_UNKNOWN_HOST', 'dns-nxdomain'],
  ['NS_ERROR_DNS_LOOKUP_QUEUE_FULL', 'dns-failure'],
  ['NS_ERROR_CONNECTION_REFUSED', 'tcp-refused'],
  ['NS_ERROR_NET_TIMEOUT', 'tcp-timeout'],
  ['NS_ERROR_NET_TIMEOUT_EXTERNAL', 'http-timeout'],
  ['NS_ERROR_NET_RESET', 'tcp-reset'],
  ['NS_ERROR_NET_INTERRUPT', 'http-empty'],
  ['NS_ERROR_NET_PARTIAL_TRANSFER', 'http-empty'],
  ['NS_ERROR_NET_EMPTY_RESPONSE', 'http-empty'],
  ['NS_ERROR_NET_ERROR_RESPONSE', 'http-error'],
  ['NS_ERROR_NET_HTTP3_PROTOCOL_ERROR', 'quic-failure'],
  ['NS_ERROR_NET_INADEQUATE_SECURITY', 'tls-failure'],
  ['NS_ERROR_BAD_HSTS_CERT', 'tls-cert-untrusted'],
  // The proxy's own answer to CONNECT was 451: a legal block on the way, not a proxy fault.
  ['NS_ERROR_PROXY_UNAVAILABLE_FOR_LEGAL_REASONS', 'http-451'],
]);

const PREFIXES: readonly (readonly [string, FailureKind])[] = [
  ['ERR_DNS_', 'dns-failure'],
  ['ERR_SSL_', 'tls-failure'],
  ['ERR_ECH_', 'tls-failure'],
  ['ERR_CERT_', 'tls-cert-untrusted'],
  ['ERR_QUIC_', 'quic-failure'],
];

/**
 * Events that are not failures a person cares about: cancelled loads, cache misses, and responses
 * the browser refused on the page's own rules (the server answered, so nothing blocked it).
 */
const IGNORABLE = new Set([
  'ERR_ABORTED',
  'ERR_IO_PENDING',
  'ERR_CACHE_MISS',
  'ERR_BLOCKED_BY_RESPONSE',
  'ERR_BLOCKED_BY_CSP',
  'ERR_BLOCKED_BY_ORB',
  'NS_BINDING_ABORTED',
  'NS_BINDING_REDIRECTED',
  'NS_BINDING_RETARGETED',
  'NS_BINDING_CANCELLED_OLD_LOAD',
  'NS_ERROR_PARSED_DATA_CACHED',
  'NS_ERROR_DOCSHELL_DYING',
  'NS_ERROR_XFO_VIOLATION',
  'NS_ERROR_CSP_FRAME_ANCESTOR_VIOLATION',
  'NS_ERROR_CSP_FORM_ACTION_VIOLATION',
]);

export function isIgnorableError(error: string): boolean {
  return IGNORABLE.has(errorName(error));
}

export function kindFromError(error: string): FailureKind {
  const name = errorName(error);
  if (name === '') return 'other';
  const exact = EXACT.get(name);
  if (exact) return exact;
  if (localReason(name) !== null) return 'local';
  const prefixed = PREFIXES.find(([prefix]) => name.startsWith(prefix));
  if (prefixed) return prefixed[1];
  if (name.startsWith('ERR_') || name.startsWith('NS_')) return 'other';
  return kindFromTlsSentence(name);
}
