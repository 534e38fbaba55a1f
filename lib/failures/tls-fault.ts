// TLS failures whose cause the error itself tells: the site's own certificate or configuration,
// or a certificate of a known interception system. Chrome names the error (chromium-errors.ts),
// Firefox the NS_ERROR_* code (firefox-errors.ts) or a sentence in its language.
import { errorFact } from './error-facts';
import { errorName } from './error-name';

export type TlsFault = 'site' | 'interception';

/** English wording of Firefox's sentences for expired, not yet valid and revoked certificates. */
const FIREFOX_SITE = /\b(expired|not yet valid|revoked)\b/i;

export function tlsFault(error: string): TlsFault | null {
  const name = errorName(error);
  if (name.startsWith('ERR_') || name.startsWith('NS_')) return errorFact(name)?.fault ?? null;
  return FIREFOX_SITE.test(name) ? 'site' : null;
}
