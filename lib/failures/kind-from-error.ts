// Chrome `net::ERR_*` and Firefox `NS_ERROR_*` strings (and Firefox's TLS sentences) to the failure
// kinds of the vocabulary; errors that are no failure at all are told apart for the caller to drop.
// Each name the browsers list is mapped in its facts (chromium-errors.ts, firefox-errors.ts); a name
// they do not list yet is taken by its prefix.
import type { FailureKind } from '@blocklens/vocabulary';
import { errorFact } from './error-facts';
import { errorName } from './error-name';
import { LOCAL_PREFIXES } from './local-reason';
import { kindFromTlsSentence } from './tls-sentence';

/** For names the lists do not know yet: what the rest of their family means. */
export const KIND_PREFIXES: readonly (readonly [string, FailureKind])[] = [
  ['ERR_DNS_', 'dns-failure'],
  ['ERR_SSL_', 'tls-failure'],
  ['ERR_ECH_', 'tls-failure'],
  ['ERR_CERT_', 'tls-cert-untrusted'],
  ['ERR_QUIC_', 'quic-failure'],
  ['ERR_HTTP2_', 'http-empty'],
];

/**
 * Events that are not failures a person cares about: cancelled loads, cache misses, redirects the
 * browser follows itself, and responses refused on the page's own rules (the server answered).
 */
export function isIgnorableError(error: string): boolean {
  return errorFact(error)?.ignore !== undefined;
}

export function kindFromError(error: string): FailureKind {
  const name = errorName(error);
  if (name === '') return 'other';
  const fact = errorFact(name);
  if (fact) return fact.kind;
  if (LOCAL_PREFIXES.some(([prefix]) => name.startsWith(prefix))) return 'local';
  const prefixed = KIND_PREFIXES.find(([prefix]) => name.startsWith(prefix));
  if (prefixed) return prefixed[1];
  if (name.startsWith('ERR_') || name.startsWith('NS_')) return 'other';
  return kindFromTlsSentence(name);
}
