// The publisher and `lists verify` on real files: versions, patches that bring earlier versions to
// the newest, and every kind of damage refused. Sources are plain lists written by the test, and one
// is served by a loopback server, as a source URL would be.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlocklistOwner } from '../../../lib/blocklist/owner/blocklist-owner';
import { generateChannelKeys } from '../../../lib/channel/channel-keys';
import type { ChannelManifest } from '../../../lib/channel/channel-manifest';
import { publishChannel, publicKeyOf } from '../../../lib/channel/publish-channel';
import { verifyChannel } from '../../../lib/channel/verify-channel';
import { MemorySessionArea } from '../helpers/memory-session-area';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PUBLISHED = '2026-12-01T06:00:00.000Z';

/**
 * Version `version` of a plain list called `name`: `count` domains, with `extra` lines after them.
 * Every version has the same file name, so its records name the same list, as a real source's do.
 */
function plainList(dir: string, name: string, version: number, count: number, extra: string[] = []): string {
  const folder = join(dir, `${name}-${version}`);
  mkdirSync(folder, { recursive: true });
  const path = join(folder, `${name}.txt`);
  writeFileSync(path, [...Array.from({ length: count }, (_, i) => `site${i}.example`), ...extra].join('\n'));
  return `plain:${path}`;
}

const readFrom = (channel: string) => async (path: string) => new Uint8Array(readFileSync(join(channel, path)));
const manifestOf = (channel: string) => JSON.parse(readFileSync(join(channel, 'manifest.json'), 'utf8')) as ChannelManifest;

function cli(...args: string[]) {
  const run = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/lists-cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('publishing a list channel', () => {
  let dir: string;
  let keys: { privateKey: string; publicKey: string };
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'blocklens-channel-'));
    keys = await generateChannelKeys();
  });

  it('derives the public key from the private one', () => {
    expect(publicKeyOf(keys.privateKey)).toBe(keys.publicKey);
    expect(() => publicKeyOf('bm90IGEga2V5')).toThrow(/PKCS #8/);
  });

  it('publishes versions 1, 2, 3 with patches that bring each earlier version to the newest', async () => {
    const channel = join(dir, 'versions');
    const publish = (source: string) => publishChannel({ channel, privateKey: keys.privateKey, sources: [source], published: PUBLISHED });
    const v1 = await publish(plainList(dir, 'ru', 1, 2_000, ['lifted.example']));
    expect(v1.manifest).toMatchObject({ version: 1, patches: [] });
    const v1Snapshot = readFileSync(join(channel, v1.manifest.snapshot.path));
    await publish(plainList(dir, 'ru', 2, 2_000, ['new-in-2.example']));
    const v3 = await publish(plainList(dir, 'ru', 3, 2_000, ['new-in-2.example', 'new-in-3.example', '203.0.113.0/24']));
    expect(v3.change).toEqual({ added: 2, removed: 0 });
    expect(v3.manifest.version).toBe(3);
    expect(v3.manifest.patches.map((patch) => patch.from)).toEqual([2, 1]);
    // Two small snapshots' headers and models: a tenth of this small list's snapshot, far less of a registry's.
    for (const patch of v3.manifest.patches) expect(patch.bytes).toBeLessThan(v3.manifest.snapshot.bytes / 5);
    // Only what the manifest names stays; version 1's snapshot is gone.
    expect(() => statSync(join(channel, v1.manifest.snapshot.path))).toThrow();

    const verified = await verifyChannel(readFrom(channel), keys.publicKey);
    expect(verified.manifest.version).toBe(3);

    // A client on version 1 takes the patch from 1 and answers as version 3 does.
    const owner = new BlocklistOwner({ bundled: async () => new ArrayBuffer(0), publish: () => {}, session: new MemorySessionArea() });
    const patch = readFileSync(join(channel, v3.manifest.patches.find((p) => p.from === 1)!.path));
    await owner.replace(v1Snapshot.buffer.slice(v1Snapshot.byteOffset, v1Snapshot.byteOffset + v1Snapshot.byteLength), [
      patch.buffer.slice(patch.byteOffset, patch.byteOffset + patch.byteLength),
    ]);
    const list = (await owner.current())!;
    expect(list.matchHost('new-in-3.example')).toHaveLength(1);
    expect(list.matchHost('new-in-2.example')).toHaveLength(1);
    expect(list.matchHost('lifted.example')).toEqual([]);
    expect(list.matchHost('site1999.example')).toHaveLength(1);
    expect(list.matchAddress('203.0.113.7')).toHaveLength(1);
  });

  it('leaves the channel at the version before when a publish fails half-way, so the next one patches from it', async () => {
    const channel = join(dir, 'half-way');
    const publish = (version: number, extra: string[]) =>
      publishChannel({ channel, privateKey: keys.privateKey, sources: [plainList(dir, 'half', version, 2_000, extra)] });
    const v1 = await publish(1, ['kept.example']);
    const v1Snapshot = readFileSync(join(channel, v1.manifest.snapshot.path));
    // The manifest cannot be written: the publish fails after the snapshot, the patch and the state.
    mkdirSync(join(channel, 'manifest.json.new'));
    await expect(publish(2, ['kept.example', 'added.example'])).rejects.toThrow();
    rmSync(join(channel, 'manifest.json.new'), { recursive: true });
    expect(manifestOf(channel).version).toBe(1);
    const v2 = await publish(2, ['kept.example', 'added.example']);
    expect(v2.change).toEqual({ added: 1, removed: 0 });
    const owner = new BlocklistOwner({ bundled: async () => new ArrayBuffer(0), publish: () => {}, session: new MemorySessionArea() });
    const patch = readFileSync(join(channel, v2.manifest.patches[0]!.path));
    await owner.replace(v1Snapshot.buffer.slice(v1Snapshot.byteOffset, v1Snapshot.byteOffset + v1Snapshot.byteLength), [
      patch.buffer.slice(patch.byteOffset, patch.byteOffset + patch.byteLength),
    ]);
    expect((await owner.current())!.matchHost('added.example')).toHaveLength(1);
  });

  it('offers patches from the last --keep-patches versions only', async () => {
    const channel = join(dir, 'keep');
    for (let version = 1; version <= 4; version++) {
      await publishChannel({ channel, privateKey: keys.privateKey, sources: [plainList(dir, 'keep', version, 500 + version)], keepPatches: 2 });
    }
    expect(manifestOf(channel).patches.map((patch) => patch.from)).toEqual([3, 2]);
  });

  it('reads a source from its URL', async () => {
    const text = readFileSync(plainList(dir, 'served', 1, 10, ['served.example']).slice('plain:'.length));
    const server: Server = createServer((request, response) => {
      if (request.url === '/lists/served.txt') response.end(text);
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const channel = join(dir, 'from-url');
      const { compiled } = await publishChannel({ channel, privateKey: keys.privateKey, sources: [`plain:${base}/lists/served.txt`] });
      expect(compiled.info).toMatchObject({ name: 'served', counts: { domains: 11 } });
      await expect(publishChannel({ channel, privateKey: keys.privateKey, sources: [`plain:${base}/lists/missing.txt`] })).rejects.toThrow(/answered 404/);
      await expect(publishChannel({ channel, privateKey: keys.privateKey, sources: ['plain:http://192.0.2.1/list.txt'] })).rejects.toThrow(/https:, or http: on loopback/);
      expect(manifestOf(channel).version).toBe(1);
    } finally {
      server.close();
    }
  });

  it('publishes hosting networks, by file or URL, and patches bring a client to the newest networks', async () => {
    const networks = (version: number, lines: string[]) => {
      const folder = join(dir, `networks-${version}`);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'networks.txt'), `# test networks, version ${version}\n${lines.join('\n')}\n`);
      return join(folder, 'networks.txt');
    };
    const v1Networks = networks(1, ['104.16.0.0/13,Cloud,2025-06-09', '104.16.1.0/24,Customer', '5.9.0.0/16,Hosting']);
    const v2Networks = networks(2, ['104.16.0.0/13,Cloud,2025-06-09', '5.9.0.0/16,Hosting,2025-06-09', '2a01:4f8::/32,Hosting,2025-06-09']);
    const text = readFileSync(v2Networks);
    const server: Server = createServer((request, response) => {
      if (request.url === '/networks.txt') response.end(text);
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const served = `networks:http://127.0.0.1:${(server.address() as AddressInfo).port}/networks.txt`;
    try {
      const channel = join(dir, 'networks');
      const publish = (sources: string[]) => publishChannel({ channel, privateKey: keys.privateKey, sources, published: PUBLISHED });
      const v1 = await publish([plainList(dir, 'net', 1, 2_000), `networks:${v1Networks}`]);
      expect(v1.compiled.info).toMatchObject({ name: 'net', counts: { networks: 3 } });
      const v1Snapshot = readFileSync(join(channel, v1.manifest.snapshot.path));
      const v2 = await publish([plainList(dir, 'net', 2, 2_000), served]);
      expect(v2.change).toEqual({ added: 2, removed: 2 });

      const fresh = new BlocklistOwner({ bundled: async () => new ArrayBuffer(0), publish: () => {}, session: new MemorySessionArea() });
      const snapshot = readFileSync(join(channel, v2.manifest.snapshot.path));
      await fresh.replace(snapshot.buffer.slice(snapshot.byteOffset, snapshot.byteOffset + snapshot.byteLength));
      const patched = new BlocklistOwner({ bundled: async () => new ArrayBuffer(0), publish: () => {}, session: new MemorySessionArea() });
      const patch = readFileSync(join(channel, v2.manifest.patches[0]!.path));
      await patched.replace(v1Snapshot.buffer.slice(v1Snapshot.byteOffset, v1Snapshot.byteOffset + v1Snapshot.byteLength), [
        patch.buffer.slice(patch.byteOffset, patch.byteOffset + patch.byteLength),
      ]);
      for (const list of [(await fresh.current())!, (await patched.current())!]) {
        expect(list.matchNetwork('104.16.1.1')).toEqual({ name: 'Cloud', range: '104.16.0.0/13', since: '2025-06-09' });
        expect(list.matchNetwork('5.9.0.1')).toEqual({ name: 'Hosting', range: '5.9.0.0/16', since: '2025-06-09' });
        expect(list.matchNetwork('2a01:4f8::1')).toEqual({ name: 'Hosting', range: '2a01:4f8::/32', since: '2025-06-09' });
        expect(list.matchAddress('104.16.1.1')).toEqual([]);
      }
    } finally {
      server.close();
    }
  });

  describe('verification refuses', () => {
    let channel: string;
    beforeAll(async () => {
      channel = join(dir, 'damage');
      await publishChannel({ channel, privateKey: keys.privateKey, sources: [plainList(dir, 'damage', 1, 2_000)] });
      await publishChannel({ channel, privateKey: keys.privateKey, sources: [plainList(dir, 'damage', 2, 2_001)] });
    });
    /** The channel with one file changed by `damage`, read without touching the real one. */
    const damaged = (path: string, damage: (bytes: Uint8Array) => Uint8Array) => async (wanted: string) => {
      const bytes = await readFrom(channel)(wanted);
      return wanted === path ? new Uint8Array(damage(bytes.slice())) : bytes;
    };

    it('a snapshot with one byte changed', async () => {
      const path = manifestOf(channel).snapshot.path;
      await expect(verifyChannel(damaged(path, (b) => ((b[100]! ^= 1), b)), keys.publicKey)).rejects.toThrow(/SHA-256 does not match/);
    });

    it('a truncated patch', async () => {
      const path = manifestOf(channel).patches[0]!.path;
      await expect(verifyChannel(damaged(path, (b) => b.subarray(0, b.length - 1)), keys.publicKey)).rejects.toThrow(/bytes, the manifest says/);
    });

    it('a manifest changed after signing', async () => {
      const edit = (from: string, to: string) => (bytes: Uint8Array) => new TextEncoder().encode(new TextDecoder().decode(bytes).replace(from, to));
      const version = manifestOf(channel).version;
      await expect(verifyChannel(damaged('manifest.json', edit(`"version": ${version}`, `"version": ${version + 1}`)), keys.publicKey)).rejects.toThrow(
        /signature does not match/,
      );
      await expect(verifyChannel(damaged('manifest.json', edit('"date": "', '"date": "2')), keys.publicKey)).rejects.toThrow(/manifest list/);
    });

    it('another key', async () => {
      const other = await generateChannelKeys();
      await expect(verifyChannel(readFrom(channel), other.publicKey)).rejects.toThrow(/signature does not match/);
      await expect(publishChannel({ channel, privateKey: other.privateKey, sources: [plainList(dir, 'damage', 3, 2_002)] })).rejects.toThrow(/another key/);
    });
  });

  it('works from the command line: keygen, publish, verify', () => {
    const out = join(dir, 'cli');
    expect(cli('keygen', '--out', join(out, 'keys')).status).toBe(0);
    expect(statSync(join(out, 'keys', 'list-key.private')).mode & 0o777).toBe(0o600);
    expect(cli('keygen', '--out', join(out, 'keys')).stderr).toMatch(/never overwrites/);
    const source = plainList(dir, 'cli', 1, 50);
    const published = cli('publish', '--channel', join(out, 'channel'), '--key', join(out, 'keys', 'list-key.private'), '--source', source);
    expect(published.stderr).toBe('');
    expect(published.stdout).toMatch(/version 1 of cli, .* 50 domains/s);
    const publicKey = readFileSync(join(out, 'keys', 'list-key.public'), 'utf8').trim();
    const verified = cli('verify', '--channel', join(out, 'channel'), '--public-key', publicKey);
    expect(verified.stdout).toMatch(/version 1 of cli, .*signed by the key given/);
    expect(verified.status).toBe(0);
    const refused = cli('verify', '--channel', join(out, 'channel'), '--public-key', keys.publicKey);
    expect(refused.stderr).toMatch(/signature does not match/);
    expect(refused.status).toBe(1);
  }, 60_000);
});
