import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normaliseSettings, storedSettings } from '../../../lib/settings/settings';

/** 32 bytes in base64, as `npm run lists -- keygen` writes a public key. */
const KEY = btoa(String.fromCharCode(...Array.from({ length: 32 }, (_, index) => index)));

describe('normaliseSettings', () => {
  it('has everything that sends a byte off by default', () => {
    const settings = normaliseSettings(undefined);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect([settings.reports.enabled, settings.crowd.enabled, settings.doh.enabled]).toEqual([false, false, false]);
  });

  it('keeps valid stored values', () => {
    const stored = {
      reports: { enabled: true, collectorUrl: 'https://collector.example/', country: 'RU' },
      crowd: { enabled: true },
      doh: { enabled: true, resolver: 'https://dns.example/dns-query', format: 'json' },
      lists: { updates: true, channel: 'https://lists.example/channel/', publicKey: KEY },
    };
    expect(normaliseSettings(stored)).toEqual(stored);
  });

  it('allows plain HTTP only on loopback', () => {
    const loopback = normaliseSettings({ reports: { enabled: true, collectorUrl: 'http://127.0.0.1:8080' } });
    expect(loopback.reports).toMatchObject({ enabled: true, collectorUrl: 'http://127.0.0.1:8080' });
    const remote = normaliseSettings({ reports: { enabled: true, collectorUrl: 'http://collector.example' } });
    expect(remote.reports).toMatchObject({ enabled: false, collectorUrl: '' });
  });

  it('replaces values that do not fit with their defaults', () => {
    const settings = normaliseSettings({
      reports: { enabled: 'yes', collectorUrl: 42, country: 'Russia' },
      crowd: null,
      doh: { enabled: 1, resolver: 'ftp://dns.example', format: 'xml' },
    });
    expect(settings).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps reporting off while there is no collector to send to', () => {
    expect(normaliseSettings({ reports: { enabled: true, collectorUrl: '' } }).reports.enabled).toBe(false);
  });

  it('keeps list updates off by default and without a channel or a key', () => {
    expect(normaliseSettings(undefined).lists.updates).toBe(false);
    // A unit test build has no LIST_CHANNEL_URL: no channel, so turning updates on does nothing.
    expect(normaliseSettings({ lists: { updates: true } }).lists.updates).toBe(false);
    expect(normaliseSettings({ lists: { updates: true, channel: 'https://lists.example/' } }).lists.updates).toBe(false);
    expect(normaliseSettings({ lists: { updates: true, publicKey: KEY } }).lists.updates).toBe(false);
  });

  it('holds a list channel to HTTPS or loopback HTTP, and its key to 32 bytes of base64', () => {
    const lists = (channel: string, publicKey = KEY) => normaliseSettings({ lists: { updates: true, channel, publicKey } }).lists;
    expect(lists('http://127.0.0.1:8123/')).toEqual({ updates: true, channel: 'http://127.0.0.1:8123/', publicKey: KEY });
    expect(lists('http://127.5.0.9:8123/').channel).toBe('http://127.5.0.9:8123/');
    expect(lists('http://localhost:8123/').channel).toBe('http://localhost:8123/');
    expect(lists('http://lists.example/')).toMatchObject({ updates: false, channel: DEFAULT_SETTINGS.lists.channel });
    expect(lists('https://user:pw@lists.example/').channel).toBe(DEFAULT_SETTINGS.lists.channel);
    expect(lists('https://lists.example/', KEY.slice(4)).publicKey).toBe(DEFAULT_SETTINGS.lists.publicKey);
    expect(lists('https://lists.example/', 'not base64 at all, but 44 characters long!!=').publicKey).toBe('');
  });
});

describe('storedSettings', () => {
  it("leaves out the build's own list channel and key, so a later build's reach everyone who kept them", () => {
    const stored = storedSettings({ ...DEFAULT_SETTINGS, lists: { ...DEFAULT_SETTINGS.lists, updates: true } });
    expect(stored.lists).toEqual({ updates: true });
    expect(normaliseSettings(stored).lists).toEqual({ ...DEFAULT_SETTINGS.lists, updates: DEFAULT_SETTINGS.lists.channel !== '' && DEFAULT_SETTINGS.lists.publicKey !== '' });
  });

  it('keeps a channel and key the person chose', () => {
    const lists = { updates: true, channel: 'https://lists.example/channel/', publicKey: KEY };
    expect(storedSettings({ ...DEFAULT_SETTINGS, lists }).lists).toEqual(lists);
  });
});
