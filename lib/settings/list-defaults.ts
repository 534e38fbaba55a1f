// The list channel a build follows unless the person sets another: LIST_CHANNEL_URL and
// LIST_PUBLIC_KEY at build time (wxt.config.ts defines them). A build without them has no channel.

import { isAllowedEndpointUrl } from './endpoint-url';

declare const __BLOCKLENS_LIST_CHANNEL_URL__: string | undefined;
declare const __BLOCKLENS_LIST_PUBLIC_KEY__: string | undefined;

/** As the build set them; empty strings when it did not (unit tests, a build without a channel). */
export const BUILD_LIST_CHANNEL = {
  channel: typeof __BLOCKLENS_LIST_CHANNEL_URL__ === 'string' ? __BLOCKLENS_LIST_CHANNEL_URL__ : '',
  publicKey: typeof __BLOCKLENS_LIST_PUBLIC_KEY__ === 'string' ? __BLOCKLENS_LIST_PUBLIC_KEY__ : '',
};

/** A raw 32-byte Ed25519 public key in standard base64, as `npm run lists -- keygen` writes it. */
export function isListPublicKey(value: string): boolean {
  if (!/^[A-Za-z0-9+/]{43}=$/.test(value)) return false;
  try {
    return atob(value).length === 32;
  } catch {
    return false;
  }
}

/**
 * A channel's base URL: as for the collector (https:, or http: on loopback, no user info, query or
 * fragment), with all of 127.0.0.0/8 counted as loopback (lists.md).
 */
export function isAllowedChannelUrl(url: string): boolean {
  if (isAllowedEndpointUrl(url)) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' || !/^127(\.\d{1,3}){3}$/.test(parsed.hostname)) return false;
  parsed.hostname = '127.0.0.1';
  return isAllowedEndpointUrl(parsed.href);
}
