// Writes a new version into a list channel folder: the sources compiled into a full snapshot,
// patches that bring each recent version up to it, and the signed manifest, written last so that a
// client never sees a manifest naming files that are not there yet. Node only.
//
// Besides what clients read, the folder keeps what the next publish needs, under `publisher/`: the
// pairs (entry, record) of the newest version and the change each recent version made. Clients never
// read it; it is public list data, like the snapshot.
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { compilePatch } from '../blocklist/compile/compile-patch';
import { compileSources, type CompiledSources } from '../blocklist/compile/compile-sources';
import type { SourceItem } from '../blocklist/format/types';
import type { ProblemListener } from '../blocklist/sources/parse-tally';
import { parseSourceSpecs } from '../blocklist/sources/read-sources';
import { base64ToBytes, bytesToBase64 } from './base64';
import { signWith } from './channel-keys';
import { MANIFEST_FORMAT, signedBytes, type ChannelFile, type ChannelManifest, type UnsignedManifest } from './channel-manifest';
import { fetchSources } from './fetch-sources';
import { composeDeltas, diffPairs, type ListDelta } from './list-delta';
import { pairsOf, recordsOf } from './list-pairs';
import { sha256Hex, verifiedManifest } from './verify-channel-files';

export const MANIFEST_FILE = 'manifest.json';
const STATE = 'publisher';
const PAIRS_FILE = join(STATE, 'pairs.txt.gz');
const deltaFile = (version: number) => join(STATE, `delta-${version}.txt.gz`);

export interface PublishOptions {
  channel: string;
  /** The private key as keygen writes it (PKCS #8, base64). */
  privateKey: string;
  /** `FORMAT:PATH` as in BLOCKLIST_SOURCES; PATH may be an https: URL (http: on loopback). */
  sources: string[];
  /**
   * How many earlier versions get a patch; clients on older versions, or whose patch would be half
   * the snapshot or more, download the full snapshot.
   */
  keepPatches?: number;
  /** Publication time (ISO 8601); now by default. */
  published?: string;
  onProblem?: ProblemListener;
  fetcher?: typeof fetch;
}

export interface Published {
  manifest: ChannelManifest;
  compiled: CompiledSources;
  /** What this version changed against the one before (null for the first). */
  change: { added: number; removed: number } | null;
}

export const DEFAULT_KEEP_PATCHES = 28;

export async function publishChannel(options: PublishOptions): Promise<Published> {
  const { channel, privateKey, keepPatches = DEFAULT_KEEP_PATCHES } = options;
  const published = options.published ?? new Date().toISOString();
  await mkdir(join(channel, STATE), { recursive: true });
  const previous = await previousManifest(channel, publicKeyOf(privateKey));
  const version = (previous?.version ?? 0) + 1;

  const fetched = await fetchSources(options.sources, options.fetcher);
  const records: SourceItem[] = [];
  let compiled: CompiledSources;
  try {
    compiled = await compileSources(parseSourceSpecs(fetched.specs.join(','), process.cwd()), {
      onProblem: options.onProblem,
      built: published,
      onRecord: (record) => records.push(record),
    });
  } finally {
    await fetched.dispose();
  }
  const pairs = pairsOf(records);

  // The publisher's state is written beside the old one and takes its place only after the manifest
  // did: a publish that fails half-way leaves the channel, state included, at the version before.
  let change: ListDelta | null = null;
  const state: [string, Iterable<string>][] = [[PAIRS_FILE, pairs]];
  if (previous) {
    change = diffPairs(await readLines(join(channel, PAIRS_FILE)), pairs);
    state.push([deltaFile(version), [...[...change.added].map((p) => `+${p}`), ...[...change.removed].map((p) => `-${p}`)]]);
  }
  for (const [path, lines] of state) await writeLines(join(channel, `${path}.new`), lines);

  const snapshot = await writeChannelFile(channel, `snapshot-${version}.bin`, compiled.bytes);
  const patches = [];
  const firstPatched = Math.max(1, version - keepPatches);
  // From the newest earlier version backwards, composing one version's change at a time. Changes
  // only grow going back, so the first patch not worth it (half the snapshot) ends the list there.
  let since: ListDelta | null = change;
  for (let from = version - 1; from >= firstPatched && since !== null; from--) {
    const header = { from, to: version, info: compiled.info };
    const bytes = await compilePatch(header, { added: recordsOf(since.added), removed: recordsOf(since.removed) });
    if (bytes.length * 2 > compiled.bytes.length) break;
    patches.push({ from, ...(await writeChannelFile(channel, `patch-${from}-${version}.bin`, bytes)) });
    since = from > firstPatched ? await withEarlierChange(channel, from, since) : null;
  }

  const { name, date, built } = compiled.info;
  const unsigned: UnsignedManifest = { format: MANIFEST_FORMAT, version, list: { name, date, built }, published, snapshot, patches };
  const manifest: ChannelManifest = { ...unsigned, signature: await signWith(privateKey, signedBytes(unsigned)) };
  const temporary = join(channel, `${MANIFEST_FILE}.new`);
  await writeFile(temporary, `${JSON.stringify(manifest, null, 2)}\n`);
  await rename(temporary, join(channel, MANIFEST_FILE));
  for (const [path] of state) await rename(join(channel, `${path}.new`), join(channel, path));
  await removeUnused(channel, manifest, firstPatched);
  return { manifest, compiled, change: change && { added: change.added.size, removed: change.removed.size } };
}

/** The raw Ed25519 public key (base64) of a PKCS #8 private key (base64). */
export function publicKeyOf(privateKey: string): string {
  let jwk: { x?: string };
  try {
    const key = createPrivateKey({ key: Buffer.from(base64ToBytes(privateKey.trim())), format: 'der', type: 'pkcs8' });
    jwk = createPublicKey(key).export({ format: 'jwk' }) as { x?: string };
  } catch {
    throw new Error('the private key is not an Ed25519 key in PKCS #8 (base64), as keygen writes it');
  }
  if (!jwk.x) throw new Error('the private key is not an Ed25519 key');
  return bytesToBase64(Buffer.from(jwk.x, 'base64url'));
}

async function previousManifest(channel: string, publicKey: string): Promise<ChannelManifest | null> {
  const path = join(channel, MANIFEST_FILE);
  if (!existsSync(path)) return null;
  const manifest = await verifiedManifest(await readFile(path, 'utf8'), publicKey).catch((error: unknown) => {
    throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)} (was it published with another key?)`);
  });
  if (!existsSync(join(channel, PAIRS_FILE))) throw new Error(`${channel} has a manifest but no ${PAIRS_FILE}: publish into a new folder`);
  return manifest;
}

/** `since` (the change from version `from` on) with version `from`'s own change before it. */
async function withEarlierChange(channel: string, from: number, since: ListDelta): Promise<ListDelta | null> {
  const path = join(channel, deltaFile(from));
  if (!existsSync(path)) return null;
  const delta: ListDelta = { added: new Set(), removed: new Set() };
  for (const line of await readLines(path)) (line.startsWith('+') ? delta.added : delta.removed).add(line.slice(1));
  return composeDeltas(delta, since);
}

async function writeChannelFile(channel: string, path: string, bytes: Uint8Array): Promise<ChannelFile> {
  await writeFile(join(channel, path), bytes);
  return { path, bytes: bytes.length, sha256: await sha256Hex(new Uint8Array(bytes)) };
}

/** Files no client or later publish needs: older snapshots and patches, changes older than any patch. */
async function removeUnused(channel: string, manifest: ChannelManifest, firstPatched: number): Promise<void> {
  const named = new Set([manifest.snapshot.path, ...manifest.patches.map((patch) => patch.path)]);
  for (const file of await readdir(channel)) {
    if (/^(snapshot|patch)-[\d-]+\.bin$/.test(file) && !named.has(file)) await rm(join(channel, file));
  }
  for (const file of await readdir(join(channel, STATE))) {
    const version = /^delta-(\d+)\.txt\.gz$/.exec(file)?.[1];
    if (version !== undefined && Number(version) <= firstPatched) await rm(join(channel, STATE, file));
  }
}

async function writeLines(path: string, lines: Iterable<string>): Promise<void> {
  await writeFile(path, await promisify(gzip)(Buffer.from([...lines].join('\n'))));
}

async function readLines(path: string): Promise<Set<string>> {
  const text = (await promisify(gunzip)(await readFile(path))).toString('utf8');
  return new Set(text === '' ? [] : text.split('\n'));
}
