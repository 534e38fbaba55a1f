// Which hosting network a range stands for when sources name the same range twice. The choice
// depends only on the two names and dates, never on source order, so a list compiled whole and one
// brought up to date by patches answer alike.
import type { HostingNetwork } from '@blocklens/vocabulary';

/** The network known to be cut earliest (a dated one before an undated one), then the first name in code-unit order. */
export function preferredNetwork<T extends Pick<HostingNetwork, 'name' | 'since'>>(a: T, b: T): T {
  if (a.since !== b.since) {
    if (a.since === '' || b.since === '') return a.since === '' ? b : a;
    return a.since < b.since ? a : b;
  }
  return b.name < a.name ? b : a;
}
