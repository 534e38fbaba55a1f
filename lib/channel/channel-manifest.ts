// A list channel's manifest (manifest.json): which version it offers, the full snapshot and the
// patches from recent versions, each file with its size and SHA-256, all under one Ed25519
// signature. The extension and `npm run lists -- verify` act on nothing the signature does not cover.
import { canonicalJson } from './canonical-json';

export const MANIFEST_FORMAT = 1;

export interface ChannelFile {
  /** Relative to the manifest, e.g. "snapshot-7.bin". */
  path: string;
  bytes: number;
  /** Lower-case hex. */
  sha256: string;
}

export interface ChannelPatch extends ChannelFile {
  /** The version the patch brings up to this one. */
  from: number;
}

export interface UnsignedManifest {
  format: typeof MANIFEST_FORMAT;
  /** 1 for the first publish into a channel, one more for each later one. */
  version: number;
  /** The list this version holds: its name, its own date (YYYY-MM-DD), when it was compiled. */
  list: { name: string; date: string; built: string };
  /** When this version was published (ISO 8601). */
  published: string;
  snapshot: ChannelFile;
  patches: ChannelPatch[];
}

export interface ChannelManifest extends UnsignedManifest {
  /** Base64 Ed25519 signature over the canonical JSON of every other field. */
  signature: string;
}

/** The bytes the signature covers. */
export function signedBytes(manifest: UnsignedManifest): Uint8Array<ArrayBuffer> {
  const { signature: _, ...unsigned } = manifest as ChannelManifest;
  return new TextEncoder().encode(canonicalJson(unsigned));
}

const SAFE_PATH = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;
const isVersion = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 1;

/** The manifest's shape checked (not its signature); throws "manifest …" with what is wrong. */
export function parseManifest(text: string): ChannelManifest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error('manifest is not JSON');
  }
  const manifest = value as ChannelManifest;
  const fail = (what: string): never => {
    throw new Error(`manifest ${what}`);
  };
  if (typeof manifest !== 'object' || manifest === null) fail('is not an object');
  if (manifest.format !== MANIFEST_FORMAT) fail(`format must be ${MANIFEST_FORMAT}`);
  if (!isVersion(manifest.version)) fail('version must be a whole number from 1');
  const { list } = manifest;
  if (typeof list?.name !== 'string' || !/^\d{4}-\d{2}-\d{2}$|^$/.test(String(list.date)) || typeof list.built !== 'string') {
    fail('list must name the list, its date and when it was built');
  }
  if (typeof manifest.published !== 'string') fail('published must be a time');
  checkFile(manifest.snapshot, 'snapshot', fail);
  if (!Array.isArray(manifest.patches)) fail('patches must be a list');
  for (const [index, patch] of manifest.patches.entries()) {
    checkFile(patch, `patches[${index}]`, fail);
    if (!isVersion(patch.from) || patch.from >= manifest.version) fail(`patches[${index}].from must be an earlier version`);
  }
  if (typeof manifest.signature !== 'string') fail('has no signature');
  return manifest;
}

function checkFile(file: ChannelFile | undefined, name: string, fail: (what: string) => never): void {
  if (typeof file?.path !== 'string' || !SAFE_PATH.test(file.path) || file.path.split('/').includes('..')) {
    fail(`${name}.path must be a relative path inside the channel`);
  }
  if (!Number.isSafeInteger(file!.bytes) || file!.bytes < 0) fail(`${name}.bytes must be a size`);
  if (typeof file!.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(file!.sha256)) fail(`${name}.sha256 must be 64 hex digits`);
}
