// The list updater against a channel the real publisher wrote, served by a fake fetch from its
// folder (with ETags, and damage on demand), into the real blocklist owner and an IndexedDB store.
import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileSnapshot } from '../../../lib/blocklist/compile/compile-snapshot';
import { BlocklistOwner } from '../../../lib/blocklist/owner/blocklist-owner';
import type { BlocklistStatus } from '../../../lib/blocklist/owner/blocklist-status';
import { generateChannelKeys } from '../../../lib/channel/channel-keys';
import { publishChannel } from '../../../lib/channel/publish-channel';
import { openListStore, type IndexedListStore } from '../../../lib/list-updates/list-store';
import { ListUpdater, type CheckOutcome } from '../../../lib/list-updates/list-updater';
import { MemorySessionArea } from '../helpers/memory-session-area';

const CHANNEL = 'http://127.0.0.1:8999/channel/';

function plainList(dir: string, version: number, extra: string[]): string {
  const folder = join(dir, `list-${version}`);
  mkdirSync(folder, { recursive: true });
  const path = join(folder, 'live.txt');
  writeFileSync(path, [...Array.from({ length: 2_000 }, (_, i) => `site${i}.example`), ...extra].join('\n'));
  return `plain:${path}`;
}

async function bundledSnapshot(): Promise<ArrayBuffer> {
  const record = { list: 'bundled', authority: 'test', decision: '1', date: '2020-01-01' };
  const { bytes } = await compileSnapshot([{ record, domains: ['bundled-only.example'], wildcards: [], urls: [], addresses: [] }], {
    name: 'bundled',
    date: '2020-01-01',
    built: '2020-01-01T00:00:00.000Z',
  });
  return bytes.slice().buffer;
}

/** A static server over the channel folder: ETags from the content, 304 on a match, damage on demand. */
class FakeChannel {
  requests: { url: string; ifNoneMatch: string | null }[] = [];
  /** Replaces what a path answers: a status, other bytes, or a thrown network error. */
  override = new Map<string, () => Response>();
  constructor(private readonly folder: string) {}

  fetch = async (url: string, init: RequestInit): Promise<Response> => {
    const headers = new Headers(init.headers);
    this.requests.push({ url, ifNoneMatch: headers.get('If-None-Match') });
    const path = url.slice(CHANNEL.length);
    const override = this.override.get(path);
    if (override) return override();
    let body: Buffer;
    try {
      body = readFileSync(join(this.folder, path));
    } catch {
      return new Response('not found', { status: 404 });
    }
    const etag = `"${body.length}-${body.subarray(0, 200).toString('base64').length}-${body.at(-10)}"`;
    if (headers.get('If-None-Match') === etag) return new Response(null, { status: 304 });
    return new Response(new Uint8Array(body), { status: 200, headers: { ETag: etag } });
  };

  downloads = () => this.requests.filter((request) => !request.url.endsWith('manifest.json')).map((request) => request.url.slice(CHANNEL.length));
}

describe('ListUpdater', () => {
  let dir: string;
  let keys: { privateKey: string; publicKey: string };
  let other: { privateKey: string; publicKey: string };
  let bundled: ArrayBuffer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'blocklens-updater-'));
    keys = await generateChannelKeys();
    other = await generateChannelKeys();
    bundled = await bundledSnapshot();
  });

  let channelDir: string;
  let channel: FakeChannel;
  let store: IndexedListStore;
  let owner: BlocklistOwner;
  let published: BlocklistStatus[];
  let updater: ListUpdater;
  let lists: { updates: boolean; channel: string; publicKey: string };
  let run = 0;

  const publish = (version: number, extra: string[]) =>
    publishChannel({ channel: channelDir, privateKey: keys.privateKey, sources: [plainList(channelDir + '-src', version, extra)] });
  const listed = async (host: string) => ((await owner.current())?.matchHost(host).length ?? 0) > 0;
  const newOwner = (stored = false) => {
    published = [];
    return new BlocklistOwner({
      bundled: async () => bundled.slice(0),
      publish: (status) => published.push(status),
      session: new MemorySessionArea(),
      stored: !stored ? undefined : async () => {
        const kept = await store.load();
        return kept && { snapshot: kept.snapshot, patches: kept.patches, channelVersion: kept.version };
      },
    });
  };

  beforeEach(async () => {
    vi.stubGlobal('indexedDB', new IDBFactory());
    channelDir = join(dir, `channel-${++run}`);
    channel = new FakeChannel(channelDir);
    store = await openListStore();
    owner = newOwner();
    lists = { updates: true, channel: CHANNEL, publicKey: keys.publicKey };
    updater = new ListUpdater({ fetch: channel.fetch, store, owner, now: () => 1_000 });
  });
  afterEach(() => {
    store.close();
    vi.unstubAllGlobals();
  });

  it('downloads the snapshot first, asks with If-None-Match next, and takes version 2 by a patch', async () => {
    await publish(1, ['only-in-v1.example']);
    expect(await listed('bundled-only.example')).toBe(true);
    expect(await updater.check(lists)).toEqual<CheckOutcome>({ result: 'updated', version: 1, by: 'snapshot' });
    expect(await listed('only-in-v1.example')).toBe(true);
    expect(await listed('bundled-only.example')).toBe(false);
    expect(published.at(-1)).toMatchObject({ state: 'ready', channelVersion: 1, info: { name: 'live' } });
    expect(channel.downloads()).toEqual(['snapshot-1.bin']);

    expect(await updater.check(lists)).toEqual({ result: 'unchanged', version: 1 });
    expect(channel.requests.at(-1)!.ifNoneMatch).toMatch(/^"/);
    expect(channel.downloads()).toHaveLength(1);

    await publish(2, ['only-in-v2.example']);
    expect(await updater.check(lists)).toEqual({ result: 'updated', version: 2, by: 'patch' });
    expect(channel.downloads()).toEqual(['snapshot-1.bin', 'patch-1-2.bin']);
    expect([await listed('only-in-v1.example'), await listed('only-in-v2.example'), await listed('site7.example')]).toEqual([false, true, true]);
    expect(await store.load()).toMatchObject({ version: 2, list: { name: 'live' }, patches: [expect.any(ArrayBuffer)] });
    expect(await updater.state()).toMatchObject({ lastCheck: 1_000, lastSuccess: 1_000, error: null });

    // A later worker starts from the kept list, not the bundled one.
    owner = newOwner(true);
    expect([await listed('only-in-v2.example'), await listed('bundled-only.example')]).toEqual([true, false]);
    expect(published.at(-1)).toMatchObject({ state: 'ready', channelVersion: 2 });
  });

  it('downloads the snapshot again once the kept chain of patches is long', async () => {
    updater = new ListUpdater({ fetch: channel.fetch, store, owner, now: () => 1_000, maxPatches: 1 });
    await publish(1, []);
    await updater.check(lists);
    await publish(2, ['a.example']);
    expect(await updater.check(lists)).toMatchObject({ by: 'patch' });
    await publish(3, ['a.example', 'b.example']);
    expect(await updater.check(lists)).toEqual({ result: 'updated', version: 3, by: 'snapshot' });
    expect(await listed('b.example')).toBe(true);
    expect((await store.load())!.patches).toEqual([]);
  });

  describe('changes nothing in use and keeps the error for', () => {
    beforeEach(async () => {
      await publish(1, ['only-in-v1.example']);
      await updater.check(lists);
      await publish(2, ['only-in-v2.example']);
    });

    const expectUnchanged = async (kind: string) => {
      expect(await listed('only-in-v1.example')).toBe(true);
      expect(await listed('only-in-v2.example')).toBe(false);
      expect((await store.load())!.version).toBe(1);
      const state = await updater.state();
      expect(state.error?.kind).toBe(kind);
      expect(state.lastSuccess).toBe(1_000);
    };

    it('a patch with one byte changed', async () => {
      const bytes = readFileSync(join(channelDir, 'patch-1-2.bin'));
      bytes[bytes.length - 3] = bytes[bytes.length - 3]! ^ 1;
      channel.override.set('patch-1-2.bin', () => new Response(new Uint8Array(bytes)));
      expect(await updater.check(lists)).toMatchObject({ result: 'failed', error: { kind: 'file', message: /SHA-256/ } });
      await expectUnchanged('file');
    });

    it('a truncated snapshot', async () => {
      await store.clear();
      const bytes = readFileSync(join(channelDir, 'snapshot-2.bin')).subarray(0, 100);
      channel.override.set('snapshot-2.bin', () => new Response(new Uint8Array(bytes)));
      expect(await updater.check(lists)).toMatchObject({ result: 'failed', error: { kind: 'file', message: /100 bytes/ } });
      expect(await listed('only-in-v1.example')).toBe(true);
    });

    it('a manifest signed by another key', async () => {
      expect(await updater.check({ ...lists, publicKey: other.publicKey })).toMatchObject({ result: 'failed', error: { kind: 'signature' } });
      await expectUnchanged('signature');
    });

    it('a manifest changed after signing', async () => {
      const text = readFileSync(join(channelDir, 'manifest.json'), 'utf8').replace('"version": 2', '"version": 9');
      channel.override.set('manifest.json', () => new Response(text));
      expect(await updater.check(lists)).toMatchObject({ result: 'failed', error: { kind: 'signature' } });
      await expectUnchanged('signature');
    });

    it('an older version (rollback)', async () => {
      const v1 = (await store.load())!.manifest;
      expect(await updater.check(lists)).toMatchObject({ result: 'updated', version: 2 });
      // Version 1's manifest, validly signed, served again.
      channel.override.set('manifest.json', () => new Response(v1));
      expect(await updater.check(lists)).toMatchObject({ result: 'failed', error: { kind: 'rollback', message: /version 1, older than version 2/ } });
      expect((await store.load())!.version).toBe(2);
      expect(await listed('only-in-v2.example')).toBe(true);
    });

    it('an older version after the downloaded list was forgotten (return to the bundled list)', async () => {
      const v1 = (await store.load())!.manifest;
      expect(await updater.check(lists)).toMatchObject({ result: 'updated', version: 2 });
      await store.clear();
      channel.override.set('manifest.json', () => new Response(v1));
      expect(await updater.check(lists)).toMatchObject({ result: 'failed', error: { kind: 'rollback', message: /version 1, older than version 2 this browser had/ } });
      expect(await store.load()).toBeNull();
    });

    it('a file that streams past the size the manifest signed for, with no length declared', async () => {
      const manifest = JSON.parse(readFileSync(join(channelDir, 'manifest.json'), 'utf8')) as { snapshot: { path: string } };
      await store.clear();
      const endless = new ReadableStream<Uint8Array>({ pull: (controller) => controller.enqueue(new Uint8Array(64 * 1024)) });
      channel.override.set(manifest.snapshot.path, () => new Response(endless, { status: 200 }));
      expect(await updater.check(lists)).toMatchObject({ result: 'failed', error: { kind: 'file', message: /more than the \d+ bytes expected/ } });
    });

    it('a 503 and a network failure', async () => {
      channel.override.set('manifest.json', () => new Response('busy', { status: 503 }));
      expect(await updater.check(lists)).toMatchObject({ result: 'failed', error: { kind: 'status', message: /503/ } });
      await expectUnchanged('status');
      channel.override.set('manifest.json', () => {
        throw new TypeError('Failed to fetch');
      });
      expect(await updater.check(lists)).toMatchObject({ result: 'failed', error: { kind: 'network', message: /Failed to fetch/ } });
      await expectUnchanged('network');
    });
  });
});
