// The one failure an allow-list network gives every host it does not list: the connection opens and
// the TLS handshake never gets an answer, until the browser gives up on it (README, "Allow-list
// networks": Chromium's net::ERR_TIMED_OUT after 30 s; Firefox's NS_ERROR_NET_TIMEOUT).
import type { Finding } from '@blocklens/vocabulary';
import { errorName } from '../failures/error-name';

/** The browsers' errors for a connection that never answered (Chromium's, then Firefox's). */
const HANG_ERRORS = new Set(['ERR_TIMED_OUT', 'NS_ERROR_NET_TIMEOUT']);

/**
 * Whether a host's finding shows the hang and nothing that explains it by the host itself: no list
 * entry (its own, or its address's), no block page or status, no response that started (that is
 * `http-cut`), nothing local. A host on a hosting network cut as a whole (collateral by `throttle`)
 * still counts: an allow list shuts out the foreign hosting networks first of all.
 */
export function isHandshakeHang(finding: Finding): boolean {
  if (finding.kind !== 'http-timeout' && finding.kind !== 'tcp-timeout') return false;
  if (finding.cause === 'listed' || finding.cause === 'local') return false;
  if (finding.cause === 'collateral' && finding.mechanism !== 'throttle') return false;
  if (finding.statuses.length > 0 || finding.redirects.length > 0) return false;
  return finding.errors.some((error) => HANG_ERRORS.has(errorName(error)));
}
