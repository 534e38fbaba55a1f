// The byte layout of a list patch: what brings a list from one channel version to another without
// recompiling it. Two ordinary snapshots, the pairs (entry, record) the newer version adds and those
// it removes, behind a header naming the versions and the newer list's info. Browser-safe.
//
//   0  8 bytes magic "BLPATCH1"
//   8  u32 header length H, then H bytes of JSON: { from, to, info }
//      u32 length A, then A bytes: the snapshot of added pairs
//      u32 length R, then R bytes: the snapshot of removed pairs
// Lengths are little-endian. The channel's signed manifest covers the whole file by its hash.
import type { SnapshotInfo } from './types';

export const PATCH_MAGIC = 'BLPATCH1';

export interface PatchHeader {
  /** The version the patch applies to, and the version it brings the list to. */
  from: number;
  to: number;
  /** The list as it stands once patched (name, date, built, counts). */
  info: SnapshotInfo;
}

export interface PatchParts extends PatchHeader {
  added: Uint8Array;
  removed: Uint8Array;
}

/** The parts of a patch, each snapshot in a buffer of its own (snapshots are read in place). */
export interface ReadPatch extends PatchHeader {
  added: ArrayBuffer;
  removed: ArrayBuffer;
}

export function writePatch({ from, to, info, added, removed }: PatchParts): Uint8Array {
  const header = new TextEncoder().encode(JSON.stringify({ from, to, info }));
  const bytes = new Uint8Array(PATCH_MAGIC.length + 12 + header.length + added.length + removed.length);
  const view = new DataView(bytes.buffer);
  let at = 0;
  for (const char of PATCH_MAGIC) bytes[at++] = char.charCodeAt(0);
  for (const part of [header, added, removed]) {
    view.setUint32(at, part.length, true);
    bytes.set(part, at + 4);
    at += 4 + part.length;
  }
  return bytes;
}

/** Throws "not a Blocklens patch" or "patch is corrupt: …"; the snapshots inside are checked when loaded. */
export function readPatch(buffer: ArrayBuffer): ReadPatch {
  const bytes = new Uint8Array(buffer);
  const magic = String.fromCharCode(...bytes.subarray(0, PATCH_MAGIC.length));
  if (magic !== PATCH_MAGIC) throw new Error('not a Blocklens patch');
  const view = new DataView(buffer);
  let at = PATCH_MAGIC.length;
  const part = (name: string): Uint8Array => {
    if (at + 4 > bytes.length) throw new Error(`patch is corrupt: ${name} cut short`);
    const length = view.getUint32(at, true);
    if (at + 4 + length > bytes.length) throw new Error(`patch is corrupt: ${name} cut short`);
    const slice = bytes.subarray(at + 4, at + 4 + length);
    at += 4 + length;
    return slice;
  };
  const headerBytes = part('header');
  const added = part('added snapshot');
  const removed = part('removed snapshot');
  if (at !== bytes.length) throw new Error('patch is corrupt: bytes after the removed snapshot');
  const header = parseHeader(new TextDecoder('utf-8', { fatal: true }).decode(headerBytes));
  return { ...header, added: added.slice().buffer, removed: removed.slice().buffer };
}

function parseHeader(text: string): PatchHeader {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error('patch is corrupt: header is not JSON');
  }
  const header = value as Partial<PatchHeader> | null;
  const isVersion = (n: unknown) => Number.isInteger(n) && (n as number) >= 1;
  if (!isVersion(header?.from) || !isVersion(header?.to) || header!.to! <= header!.from!) {
    throw new Error('patch is corrupt: versions must be whole numbers, the second above the first');
  }
  const info = header!.info;
  if (typeof info?.name !== 'string' || typeof info.date !== 'string' || typeof info.built !== 'string' || typeof info.counts !== 'object') {
    throw new Error('patch is corrupt: header has no list info');
  }
  return { from: header!.from!, to: header!.to!, info };
}
