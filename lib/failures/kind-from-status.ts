// HTTP statuses that count as failures, and as which kind.
import type { FailureKind } from '@blocklens/vocabulary';

/**
 * 403 and 404 count only for the page itself, as weak evidence: subresources answer them all day
 * for reasons that have nothing to do with reaching the site.
 */
export function kindFromStatus(status: number, mainFrame: boolean): FailureKind | null {
  if (status === 451) return 'http-451';
  if (status >= 500 && status <= 599) return 'http-error';
  if (mainFrame && (status === 403 || status === 404)) return 'http-error';
  return null;
}
