// Firefox reports TLS failures as a localised sentence instead of an NS_ERROR_* code; these
// patterns follow the English wording of its certificate messages.
import type { FailureKind } from '@blocklens/vocabulary';
import { tlsFault } from './tls-fault';

const NAME_MISMATCH = /domain name does not match|only valid for|not valid for the name|name mismatch/i;
const UNTRUSTED =
  /issuer is not recognized|issuer certificate is unknown|self-signed|not trusted|untrusted|unknown issuer/i;

export function kindFromTlsSentence(sentence: string): FailureKind {
  if (NAME_MISMATCH.test(sentence)) return 'tls-cert-mismatch';
  // Expired, not yet valid and revoked certificates are rejected certificates too, as in Chrome.
  if (UNTRUSTED.test(sentence) || tlsFault(sentence) === 'site') return 'tls-cert-untrusted';
  return 'tls-failure';
}
