import { describe, expect, it } from 'vitest';
import { compileSnapshot } from '../../../lib/blocklist/compile/compile-snapshot';
import { readSnapshot } from '../../../lib/blocklist/format/snapshot-format';
import { BlocklistOwner, type StoredBlocklist } from '../../../lib/blocklist/owner/blocklist-owner';
import type { BlocklistStatus } from '../../../lib/blocklist/owner/blocklist-status';
import { MemorySessionArea } from '../helpers/memory-session-area';

const RECORD = { list: 'ru-registry', authority: 'суд', decision: '2-3491/2016', date: '2016-08-04' };

async function snapshot(domain = 'linkedin.com', built = '2026-11-24T00:00:00.000Z'): Promise<ArrayBuffer> {
  const { bytes } = await compileSnapshot(
    [{ record: RECORD, domains: [domain], wildcards: [], urls: [], addresses: ['35.192.0.0/12'] }],
    { name: 'ru-registry', date: built.slice(0, 10), built },
  );
  return bytes.slice().buffer;
}

/** The same snapshot with one bit of its host entries flipped: structure intact, checksum wrong. */
async function corrupted(): Promise<ArrayBuffer> {
  const buffer = await snapshot();
  const at = readSnapshot(buffer).sections.hostStream.byteOffset;
  const bytes = new Uint8Array(buffer);
  bytes[at] = bytes[at]! ^ 0x01;
  return buffer;
}

function worker(session: MemorySessionArea, fetchSnapshot: () => Promise<ArrayBuffer> = snapshot) {
  const published: BlocklistStatus[] = [];
  let fetches = 0;
  const owner = new BlocklistOwner({
    bundled: () => {
      fetches++;
      return fetchSnapshot();
    },
    publish: (status) => published.push(status),
    session,
  });
  return { owner, get: () => owner.current(), published, fetches: () => fetches };
}

describe('BlocklistOwner', () => {
  it('loads once per worker life and publishes loading, then ready with the list info', async () => {
    const { get, published, fetches } = worker(new MemorySessionArea(), snapshot);
    const [first, second] = await Promise.all([get(), get()]);
    expect(first).toBe(second);
    expect(fetches()).toBe(1);
    expect(first?.matchHost('www.linkedin.com')[0]?.records).toEqual([RECORD]);
    expect(published.map((s) => s.state)).toEqual(['loading', 'ready']);
    expect(published[1]).toMatchObject({ info: { name: 'ru-registry', date: '2026-11-24' } });
  });

  it('refuses a snapshot whose checksum does not match, says why, and answers null', async () => {
    const { get, published } = worker(new MemorySessionArea(), corrupted);
    expect(await get()).toBeNull();
    expect(published.at(-1)).toEqual({ state: 'failed', message: expect.stringMatching(/checksum mismatch/) });
  });

  it('checks the checksum once per browser session, not at every worker start', async () => {
    const session = new MemorySessionArea();
    expect(await worker(session, snapshot).get()).not.toBeNull();
    // A later worker of the same session trusts the verified snapshot: even flipped bytes pass.
    expect(await worker(session, corrupted).get()).not.toBeNull();
    // A new session (or another build) checks again.
    expect(await worker(new MemorySessionArea(), corrupted).get()).toBeNull();
  });

  it('gives the list up, says why and checks again next time, when a lookup finds the snapshot damaged', async () => {
    const session = new MemorySessionArea();
    expect(await worker(session, snapshot).get()).not.toBeNull();
    // A damaged code length in the host model: loading (without the checksum) passes, a lookup does not.
    const damagedModel = async () => {
      const buffer = await snapshot();
      const model = readSnapshot(buffer).sections.hostModel;
      new Uint8Array(buffer)[model.byteOffset + model.byteLength - 1] = 0;
      return buffer;
    };
    const { get, published } = worker(session, damagedModel);
    const matcher = await get();
    expect(matcher).not.toBeNull();
    expect(matcher!.matchHost('www.linkedin.com')).toEqual([]);
    expect(published.at(-1)).toEqual({ state: 'failed', message: expect.stringMatching(/snapshot is corrupt/) });
    expect(matcher!.matchAddress('35.192.0.1')).toEqual([]);
    expect(published.filter((status) => status.state === 'failed')).toHaveLength(1);
    expect(await worker(session, damagedModel).get()).toBeNull();
  });

  it('replaces the list in use at once, and says so', async () => {
    const { owner, get, published } = worker(new MemorySessionArea());
    expect((await get())!.matchHost('linkedin.com')).toHaveLength(1);
    const info = await owner.replace(await snapshot('rutracker.org', '2026-12-01T00:00:00.000Z'));
    expect(info).toMatchObject({ date: '2026-12-01' });
    const replaced = await get();
    expect(replaced!.matchHost('rutracker.org')).toHaveLength(1);
    expect(replaced!.matchHost('linkedin.com')).toEqual([]);
    expect(published.at(-1)).toEqual({ state: 'ready', info });
  });

  it('refuses a damaged replacement and keeps the list in use, even one stamped like a list this session checked', async () => {
    const session = new MemorySessionArea();
    const { owner, get, published } = worker(session);
    const inUse = await get();
    // corrupted() carries the bundled list's own build stamp, which this session has verified.
    await expect(owner.replace(await corrupted())).rejects.toThrow(/checksum mismatch/);
    expect(await get()).toBe(inUse);
    expect(published.map((status) => status.state)).toEqual(['loading', 'ready']);
  });

  it('puts a replacement in use even when the bundled list never loaded', async () => {
    const { owner, get } = worker(new MemorySessionArea(), corrupted);
    expect(await get()).toBeNull();
    await owner.replace(await snapshot('rutracker.org', '2026-12-01T00:00:00.000Z'));
    expect((await get())!.matchHost('rutracker.org')).toHaveLength(1);
  });

  describe('with a stored list update', () => {
    const owned = (stored: () => Promise<StoredBlocklist | null>) => {
      const published: BlocklistStatus[] = [];
      const failures: unknown[] = [];
      const owner = new BlocklistOwner({
        bundled: () => snapshot(),
        stored,
        onStoredFailed: (error) => failures.push(error),
        publish: (status) => published.push(status),
        session: new MemorySessionArea(),
      });
      return { owner, published, failures };
    };

    it('starts from the stored list, names its channel version, and can return to the bundled one', async () => {
      const stored = await snapshot('rutracker.org', '2026-12-01T00:00:00.000Z');
      const { owner, published } = owned(async () => ({ snapshot: stored, patches: [], channelVersion: 4 }));
      const matcher = await owner.current();
      expect(matcher!.matchHost('rutracker.org')).toHaveLength(1);
      expect(matcher!.matchHost('linkedin.com')).toEqual([]);
      expect(published.at(-1)).toMatchObject({ state: 'ready', channelVersion: 4, info: { date: '2026-12-01' } });
      await owner.useBundled();
      expect((await owner.current())!.matchHost('linkedin.com')).toHaveLength(1);
      expect(published.at(-1)).toEqual({ state: 'ready', info: expect.objectContaining({ name: 'ru-registry' }) });
    });

    it('uses the bundled list when there is none stored, or the stored one fails its checks', async () => {
      expect((await owned(async () => null).owner.current())!.matchHost('linkedin.com')).toHaveLength(1);
      const damaged = await corrupted();
      const broken = owned(async () => ({ snapshot: damaged, patches: [], channelVersion: 2 }));
      expect((await broken.owner.current())!.matchHost('linkedin.com')).toHaveLength(1);
      expect(broken.failures).toEqual([expect.objectContaining({ message: expect.stringMatching(/checksum mismatch/) })]);
      expect(broken.published.at(-1)).toMatchObject({ state: 'ready' });
      expect(broken.published.at(-1)).not.toHaveProperty('channelVersion');
    });

    it('uses the bundled list when the stored one is of snapshot format 3 (kept before hosting networks)', async () => {
      const older = await snapshot('rutracker.org', '2026-12-01T00:00:00.000Z');
      new DataView(older).setUint32(8, 3, true);
      const kept = owned(async () => ({ snapshot: older, patches: [], channelVersion: 5 }));
      expect((await kept.owner.current())!.matchHost('linkedin.com')).toHaveLength(1);
      expect(kept.failures).toEqual([expect.objectContaining({ message: 'snapshot format version 3, expected 4' })]);
    });
  });
});
