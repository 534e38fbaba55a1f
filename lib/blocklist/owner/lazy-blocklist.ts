// Loads the bundled snapshot at most once per worker life, on first need, and publishes the outcome.
import type { SessionArea } from '../../storage/session-area';
import type { BlocklistStatus } from './blocklist-status';
import { loadSnapshot } from '../lookup/load-snapshot';
import { verifySnapshotChecksum } from '../format/snapshot-format';
import type { BlocklistMatcher, ListHit } from '../format/types';

/** Which snapshot an earlier worker of this browser session already checked in full. */
const VERIFIED_KEY = 'blocklist-verified';

/**
 * Returns a getter that resolves to the matcher, or to null when the list cannot be used: failures
 * are then still explained, just without list evidence, and the popup says why. The checksum reads
 * the whole snapshot, so it runs once per browser session, not at every worker start: the packaged
 * file cannot change while the extension runs, and an update restarts it with another build stamp.
 * Should a lookup still find the snapshot damaged, the list is given up the same way, and the next
 * worker checks the checksum again.
 */
export function lazyBlocklist(
  fetchSnapshot: () => Promise<ArrayBuffer>,
  publish: (status: BlocklistStatus) => void,
  session: SessionArea,
): () => Promise<BlocklistMatcher | null> {
  let loading: Promise<BlocklistMatcher | null> | undefined;
  return () =>
    (loading ??= (async () => {
      publish({ state: 'loading' });
      try {
        const [buffer, verified] = await Promise.all([fetchSnapshot(), session.get(VERIFIED_KEY)]);
        const matcher = loadSnapshot(buffer, { verifyChecksum: false });
        const stamp = `${matcher.info.built} ${buffer.byteLength}`;
        if (verified !== stamp) {
          verifySnapshotChecksum(buffer);
          await session.set(VERIFIED_KEY, stamp);
        }
        publish({ state: 'ready', info: matcher.info });
        return givenUpWhenDamaged(matcher, (error) => {
          fail(error);
          void session.remove(VERIFIED_KEY).catch(() => undefined);
        });
      } catch (error) {
        fail(error);
        return null;
      }
    })());

  function fail(error: unknown): void {
    publish({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}

/** The matcher, answering nothing from the first lookup that throws on, which it reports once. */
function givenUpWhenDamaged(matcher: BlocklistMatcher, damaged: (error: unknown) => void): BlocklistMatcher {
  let givenUp = false;
  const guard =
    (lookup: (query: string) => ListHit[]) =>
    (query: string): ListHit[] => {
      if (givenUp) return [];
      try {
        return lookup(query);
      } catch (error) {
        givenUp = true;
        damaged(error);
        return [];
      }
    };
  return {
    info: matcher.info,
    matchHost: guard((host) => matcher.matchHost(host)),
    matchUrl: guard((url) => matcher.matchUrl(url)),
    matchAddress: guard((address) => matcher.matchAddress(address)),
  };
}
