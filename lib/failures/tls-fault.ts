// TLS failures whose cause the error itself tells: the site's own certificate or configuration,
// or a certificate of a known interception system. Chrome names the error (chromium-errors.ts),
// Firefox the NS_ERROR_* code (firefox-errors.ts) or a sentence in its language (nss-errors.ts).
import { errorFact } from './error-facts';
import { errorName } from './error-name';
import { nssErrorOfSentence } from './tls-sentence';

/**
 * `site`: the site's own certificate or configuration; `interception`: a known interception system's
 * certificate; `ech`: the server did not accept the encrypted ClientHello (ECH) the browser sent.
 */
export type TlsFault = 'site' | 'interception' | 'ech';

export function tlsFault(error: string): TlsFault | null {
  const name = errorName(error);
  if (name.startsWith('ERR_') || name.startsWith('NS_')) return errorFact(name)?.fault ?? null;
  return nssErrorOfSentence(name)?.fault ?? null;
}
