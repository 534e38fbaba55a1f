// What a client (and `lists verify`) checks before it acts on anything from a channel: the
// manifest's signature, then each file's size and SHA-256 as the signed manifest states them.
import { isSignedBy } from './channel-keys';
import { parseManifest, signedBytes, type ChannelFile, type ChannelManifest } from './channel-manifest';

/** The manifest once its shape and signature are checked; throws with the reason otherwise. */
export async function verifiedManifest(text: string, publicKey: string): Promise<ChannelManifest> {
  const manifest = parseManifest(text);
  let signed: boolean;
  try {
    signed = await isSignedBy(publicKey, signedBytes(manifest), manifest.signature);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('the public key')) throw error;
    signed = false;
  }
  if (!signed) throw new Error('manifest signature does not match the public key');
  return manifest;
}

/** Throws unless `bytes` are the file the manifest names: its size, then its SHA-256. */
export async function checkChannelFile(bytes: Uint8Array<ArrayBuffer>, file: ChannelFile): Promise<void> {
  if (bytes.length !== file.bytes) throw new Error(`${file.path}: ${bytes.length} bytes, the manifest says ${file.bytes}`);
  if ((await sha256Hex(bytes)) !== file.sha256) throw new Error(`${file.path}: SHA-256 does not match the manifest`);
}

export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
