// TLS failures whose cause the error itself tells: the site's own certificate or configuration,
// or a certificate of a known interception system.
import { errorName } from './error-name';

export type TlsFault = 'site' | 'interception';

const CHROME = new Map<string, TlsFault>([
  ['ERR_CERT_DATE_INVALID', 'site'],
  ['ERR_CERT_REVOKED', 'site'],
  ['ERR_CERT_VALIDITY_TOO_LONG', 'site'],
  ['ERR_CERT_WEAK_SIGNATURE_ALGORITHM', 'site'],
  ['ERR_CERT_WEAK_KEY', 'site'],
  ['ERR_CERT_SYMANTEC_LEGACY', 'site'],
  ['ERR_SSL_OBSOLETE_VERSION_OR_CIPHER', 'site'],
  // Chromium's built-in list of interception roots (Kazakhstan's national certificate, 2019).
  ['ERR_CERT_KNOWN_INTERCEPTION_BLOCKED', 'interception'],
]);

/** English wording of Firefox's sentences for expired, not yet valid and revoked certificates. */
const FIREFOX_SITE = /\b(expired|not yet valid|revoked)\b/i;

export function tlsFault(error: string): TlsFault | null {
  const name = errorName(error);
  if (name.startsWith('ERR_') || name.startsWith('NS_')) return CHROME.get(name) ?? null;
  return FIREFOX_SITE.test(name) ? 'site' : null;
}

