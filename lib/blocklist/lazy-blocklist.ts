// Loads the bundled snapshot at most once per worker life, on first need, and publishes the outcome.
import type { BlocklistStatus } from './blocklist-status';
import { loadSnapshot } from './load-snapshot';
import type { BlocklistMatcher } from './types';

/**
 * Returns a getter that resolves to the matcher, or to null when the list cannot be used: failures
 * are then still explained, just without list evidence, and the popup says why.
 */
export function lazyBlocklist(
  fetchSnapshot: () => Promise<ArrayBuffer>,
  publish: (status: BlocklistStatus) => void,
): () => Promise<BlocklistMatcher | null> {
  let loading: Promise<BlocklistMatcher | null> | undefined;
  return () =>
    (loading ??= (async () => {
      publish({ state: 'loading' });
      try {
        const matcher = loadSnapshot(await fetchSnapshot());
        publish({ state: 'ready', info: matcher.info });
        return matcher;
      } catch (error) {
        publish({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
        return null;
      }
    })());
}
