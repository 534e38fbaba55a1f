// The worker's one owner of the blocklist in use: it loads the bundled snapshot on first need, says
// how the list stands (for the popup), and swaps in a replacement (a verified list update, a full
// snapshot with the patches laid over it) at once.
import type { HostingNetwork } from '@blocklens/vocabulary';
import type { SessionArea } from '../../storage/session-area';
import { verifySnapshotChecksum } from '../format/snapshot-format';
import type { BlocklistMatcher, ListHit, SnapshotInfo } from '../format/types';
import { readPatch } from '../format/patch-format';
import { layeredMatcher } from '../lookup/layered-matcher';
import { loadSnapshot } from '../lookup/load-snapshot';
import type { BlocklistStatus } from './blocklist-status';

/** Which snapshot an earlier worker of this browser session already checked in full. */
const VERIFIED_KEY = 'blocklist-verified';

/** A verified list update kept from an earlier worker: a snapshot, the patches over it, its channel version. */
export interface StoredBlocklist {
  snapshot: ArrayBuffer;
  patches: readonly ArrayBuffer[];
  channelVersion: number;
}

export interface BlocklistOwnerDeps {
  /** The snapshot packaged with the extension. */
  bundled: () => Promise<ArrayBuffer>;
  /**
   * The list update kept from earlier (null: none), put in use instead of the bundled snapshot.
   * One that cannot be read or fails its checks is reported and the bundled snapshot used instead.
   */
  stored?: () => Promise<StoredBlocklist | null>;
  /** Told when the stored list could not be used (the bundled one is then). */
  onStoredFailed?: (error: unknown) => void;
  /** Told every change of status, for the popup. */
  publish: (status: BlocklistStatus) => void;
  session: SessionArea;
}

/**
 * When the list cannot be used, failures are still explained, just without list evidence, and the
 * popup says why. The checksum reads the whole snapshot, so it runs once per browser session for
 * each snapshot, not at every worker start: a snapshot cannot change while the browser runs (an
 * update is a new snapshot, with another build stamp). Should a lookup still find a snapshot
 * damaged, the list is given up the same way, and the next worker checks the checksum again.
 */
export class BlocklistOwner {
  private inUse: Promise<BlocklistMatcher | null> | undefined;

  constructor(private readonly deps: BlocklistOwnerDeps) {}

  /** The list in use, the stored or else the bundled one loaded on first need; null when no list can be used. */
  current(): Promise<BlocklistMatcher | null> {
    return (this.inUse ??= this.loadFirst());
  }

  /** Puts the bundled snapshot back in use (the person gave up the list updates). */
  async useBundled(): Promise<BlocklistMatcher | null> {
    const loading = this.loadBundled();
    this.inUse = loading;
    return loading;
  }

  /**
   * Puts `snapshot`, with `patches` laid over it in order, in use for every later lookup, once every
   * checksum has been checked (always: they come from outside the package) and each patch follows
   * the version before it. Anything that fails its checks rejects with the reason and changes
   * nothing: the list in use stays.
   */
  async replace(snapshot: ArrayBuffer, patches: readonly ArrayBuffer[] = [], channelVersion?: number): Promise<SnapshotInfo> {
    const matcher = await this.openWithPatches(snapshot, patches, { trustSession: false });
    this.inUse = Promise.resolve(matcher);
    this.deps.publish({ state: 'ready', info: matcher.info, ...(channelVersion === undefined ? {} : { channelVersion }) });
    return matcher.info;
  }

  private async loadFirst(): Promise<BlocklistMatcher | null> {
    if (this.deps.stored) {
      this.deps.publish({ state: 'loading' });
      try {
        const stored = await this.deps.stored();
        if (stored !== null) {
          // Verified when it was downloaded; the snapshot's checksum is checked again once a session.
          const matcher = await this.openWithPatches(stored.snapshot, stored.patches, { trustSession: true });
          this.deps.publish({ state: 'ready', info: matcher.info, channelVersion: stored.channelVersion });
          return matcher;
        }
      } catch (error) {
        this.deps.onStoredFailed?.(error);
      }
    }
    return this.loadBundled();
  }

  private async openWithPatches(
    snapshot: ArrayBuffer,
    patches: readonly ArrayBuffer[],
    options: { trustSession: boolean },
  ): Promise<BlocklistMatcher> {
    const matcher = await this.open(snapshot, options);
    return patches.length > 0 ? this.guarded(patchedMatcher(matcher, patches)) : matcher;
  }

  private async loadBundled(): Promise<BlocklistMatcher | null> {
    this.deps.publish({ state: 'loading' });
    try {
      const matcher = await this.open(await this.deps.bundled(), { trustSession: true });
      this.deps.publish({ state: 'ready', info: matcher.info });
      return matcher;
    } catch (error) {
      this.fail(error);
      return null;
    }
  }

  /** Loads `buffer` in place, with its checksum checked unless `trustSession` and this session already did. */
  private async open(buffer: ArrayBuffer, { trustSession }: { trustSession: boolean }): Promise<BlocklistMatcher> {
    const matcher = loadSnapshot(buffer, { verifyChecksum: false });
    const stamp = `${matcher.info.built} ${buffer.byteLength}`;
    if (!trustSession || (await this.deps.session.get(VERIFIED_KEY)) !== stamp) {
      verifySnapshotChecksum(buffer);
      await this.deps.session.set(VERIFIED_KEY, stamp);
    }
    return this.guarded(matcher);
  }

  private guarded(matcher: BlocklistMatcher): BlocklistMatcher {
    return givenUpWhenDamaged(matcher, (error) => {
      this.fail(error);
      void this.deps.session.remove(VERIFIED_KEY).catch(() => undefined);
    });
  }

  private fail(error: unknown): void {
    this.deps.publish({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}

/** `base` with `patches` over it; throws unless each patch applies to the version the one before brought. */
function patchedMatcher(base: BlocklistMatcher, patches: readonly ArrayBuffer[]): BlocklistMatcher {
  const read = patches.map(readPatch);
  read.forEach((patch, index) => {
    if (index > 0 && patch.from !== read[index - 1]!.to) {
      throw new Error(`patch ${index + 1} applies to version ${patch.from}, not ${read[index - 1]!.to}`);
    }
  });
  const layers = read.map((patch) => ({ added: loadSnapshot(patch.added), removed: loadSnapshot(patch.removed) }));
  return layeredMatcher(base, layers, read.at(-1)!.info);
}

/** The matcher, answering nothing from the first lookup that throws on, which it reports once. */
function givenUpWhenDamaged(matcher: BlocklistMatcher, damaged: (error: unknown) => void): BlocklistMatcher {
  let givenUp = false;
  const guardWith =
    <T>(nothing: T) =>
    (lookup: (query: string) => T) =>
    (query: string): T => {
      if (givenUp) return nothing;
      try {
        return lookup(query);
      } catch (error) {
        givenUp = true;
        damaged(error);
        return nothing;
      }
    };
  const guard = guardWith<ListHit[]>([]);
  return {
    info: matcher.info,
    matchHost: guard((host) => matcher.matchHost(host)),
    matchUrl: guard((url) => matcher.matchUrl(url)),
    matchAddress: guard((address) => matcher.matchAddress(address)),
    matchNetwork: guardWith<HostingNetwork | null>(null)((address) => matcher.matchNetwork(address)),
    networksHolding: guardWith<HostingNetwork[]>([])((address) => matcher.networksHolding(address)),
  };
}
