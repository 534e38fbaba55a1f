// The channel's Ed25519 keys, through WebCrypto (in Node and in the browsers Blocklens supports).
// The public key travels as the raw 32 bytes in base64 (list-key.public, LIST_PUBLIC_KEY); the
// private key is kept as PKCS #8 in base64 (list-key.private).
import { base64ToBytes, bytesToBase64 } from './base64';

const ED25519 = { name: 'Ed25519' } as const;

export interface ChannelKeyPair {
  privateKey: string;
  publicKey: string;
}

export async function generateChannelKeys(): Promise<ChannelKeyPair> {
  const keys = (await crypto.subtle.generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
  return {
    privateKey: bytesToBase64(new Uint8Array(await crypto.subtle.exportKey('pkcs8', keys.privateKey))),
    publicKey: bytesToBase64(new Uint8Array(await crypto.subtle.exportKey('raw', keys.publicKey))),
  };
}

export async function signWith(privateKey: string, bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey('pkcs8', base64ToBytes(privateKey.trim()), ED25519, false, ['sign']);
  } catch {
    throw new Error('the private key is not an Ed25519 key in PKCS #8 (base64), as keygen writes it');
  }
  return bytesToBase64(new Uint8Array(await crypto.subtle.sign(ED25519, key, bytes)));
}

/** Whether `signature` (base64) is `publicKey`'s (raw 32 bytes, base64) over `bytes`. */
export async function isSignedBy(publicKey: string, bytes: Uint8Array<ArrayBuffer>, signature: string): Promise<boolean> {
  const raw = base64ToBytes(publicKey.trim());
  if (raw.length !== 32) throw new Error('the public key must be 32 bytes in base64, as keygen writes it');
  const key = await crypto.subtle.importKey('raw', raw, ED25519, false, ['verify']);
  const signed = base64ToBytes(signature);
  return signed.length === 64 && crypto.subtle.verify(ED25519, key, signed, bytes);
}
