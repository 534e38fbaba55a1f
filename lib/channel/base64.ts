// Standard base64 (RFC 4648 section 4) for keys and signatures.

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Throws "not base64" for anything else. */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    throw new Error('not base64');
  }
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
