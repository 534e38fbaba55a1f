import { describe, expect, it } from 'vitest';
import { listChannelFromEnv } from '../../../scripts/list-channel-env';

const KEY = btoa(String.fromCharCode(...new Uint8Array(32).fill(7)));

describe('listChannelFromEnv', () => {
  it('gives no channel without either, and both when both are right', () => {
    expect(listChannelFromEnv({})).toEqual({ channel: '', publicKey: '' });
    expect(listChannelFromEnv({ LIST_CHANNEL_URL: 'https://lists.example/ru/', LIST_PUBLIC_KEY: ` ${KEY}\n` })).toEqual({
      channel: 'https://lists.example/ru/',
      publicKey: KEY,
    });
  });

  it('fails the build on one without the other, a URL the extension refuses, or a wrong key', () => {
    expect(() => listChannelFromEnv({ LIST_CHANNEL_URL: 'https://lists.example/' })).toThrow(/go together/);
    expect(() => listChannelFromEnv({ LIST_CHANNEL_URL: 'http://lists.example/', LIST_PUBLIC_KEY: KEY })).toThrow(/https:/);
    expect(() => listChannelFromEnv({ LIST_CHANNEL_URL: 'https://lists.example/', LIST_PUBLIC_KEY: 'c2hvcnQ=' })).toThrow(/32 bytes/);
  });
});
