// What the errors behind a host's decisive kind say together about TLS.
import type { FailureKind } from '@blocklens/vocabulary';
import { kindFromError } from '../failures/kind-from-error';
import { tlsFault, type TlsFault } from '../failures/tls-fault';

/**
 * Interception as soon as one error shows it, then a refused ECH; the site's fault only when every
 * one of them is.
 */
export function decisiveTlsFault(errors: readonly string[], kind: FailureKind): TlsFault | null {
  const faults = errors.filter((error) => kindFromError(error) === kind).map(tlsFault);
  if (faults.includes('interception')) return 'interception';
  if (faults.includes('ech')) return 'ech';
  return faults.length > 0 && faults.every((fault) => fault === 'site') ? 'site' : null;
}
