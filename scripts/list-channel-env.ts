// The list channel a build is given (LIST_CHANNEL_URL, LIST_PUBLIC_KEY), checked when the build
// starts: a value the extension would refuse fails the build instead of making one with no channel.
import { isAllowedChannelUrl, isListPublicKey } from '../lib/settings/list-defaults';

export function listChannelFromEnv(env: Record<string, string | undefined>): { channel: string; publicKey: string } {
  const channel = (env.LIST_CHANNEL_URL ?? '').trim();
  const publicKey = (env.LIST_PUBLIC_KEY ?? '').trim();
  if (channel === '' && publicKey === '') return { channel, publicKey };
  if (channel === '' || publicKey === '') throw new Error('LIST_CHANNEL_URL and LIST_PUBLIC_KEY go together: give both, or neither');
  if (!isAllowedChannelUrl(channel)) throw new Error(`LIST_CHANNEL_URL ${JSON.stringify(channel)}: must be https:, or http: on loopback, without user, query or fragment`);
  if (!isListPublicKey(publicKey)) throw new Error('LIST_PUBLIC_KEY: must be the one line of list-key.public (32 bytes in base64)');
  return { channel, publicKey };
}
