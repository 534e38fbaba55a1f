// Checks a whole channel version as a client would before using any of it: the manifest's
// signature, every file's size and SHA-256, every snapshot's checksum and structure, and that each
// patch names the versions the manifest says. Reads files through `read`, so a folder or a server.
import { readPatch } from '../blocklist/format/patch-format';
import type { SnapshotInfo } from '../blocklist/format/types';
import { loadSnapshot } from '../blocklist/lookup/load-snapshot';
import type { ChannelManifest } from './channel-manifest';
import { checkChannelFile, verifiedManifest } from './verify-channel-files';

export interface VerifiedChannel {
  manifest: ChannelManifest;
  info: SnapshotInfo;
}

/** Throws with the first thing that is wrong. */
export async function verifyChannel(read: (path: string) => Promise<Uint8Array<ArrayBuffer>>, publicKey: string): Promise<VerifiedChannel> {
  const manifest = await verifiedManifest(new TextDecoder().decode(await read('manifest.json')), publicKey);
  const snapshotBytes = await read(manifest.snapshot.path);
  await checkChannelFile(snapshotBytes, manifest.snapshot);
  const { info } = loadSnapshot(snapshotBytes.slice().buffer);
  for (const entry of manifest.patches) {
    const bytes = await read(entry.path);
    await checkChannelFile(bytes, entry);
    const patch = readPatch(bytes.slice().buffer);
    if (patch.from !== entry.from || patch.to !== manifest.version) {
      throw new Error(`${entry.path}: brings version ${patch.from} to ${patch.to}, the manifest says ${entry.from} to ${manifest.version}`);
    }
    loadSnapshot(patch.added);
    loadSnapshot(patch.removed);
  }
  return { manifest, info };
}
