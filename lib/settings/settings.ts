// The person's settings, kept in storage.local under "settings" (architecture.md). Everything that
// sends a byte is off by default, and a stored value that does not fit is replaced by its default.
import { DEFAULT_DOH_ENDPOINT, DOH_FORMATS, type DohFormat } from '../addresses/doh-endpoint';
import { isAllowedEndpointUrl } from './endpoint-url';
import { BUILD_LIST_CHANNEL, isAllowedChannelUrl, isListPublicKey } from './list-defaults';

export interface Settings {
  reports: {
    enabled: boolean;
    /** The collector's base URL; the client appends /v1/reports. Empty until the person sets one. */
    collectorUrl: string;
    /** ISO 3166-1 alpha-2 country the person chose to declare, or null. */
    country: string | null;
  };
  crowd: { enabled: boolean };
  /** DNS-over-HTTPS lookups of failed hosts: the resolver and the format it speaks. */
  doh: { enabled: boolean; resolver: string; format: DohFormat };
  /**
   * List updates from a list channel (lists.md): its base URL (the client reads manifest.json under
   * it) and its Ed25519 public key (32 bytes, base64). Both default to the build's; empty when the
   * build has no channel, and then updates stay off.
   */
  lists: { updates: boolean; channel: string; publicKey: string };
}

export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = {
  reports: { enabled: false, collectorUrl: '', country: null },
  crowd: { enabled: false },
  doh: { enabled: false, resolver: DEFAULT_DOH_ENDPOINT.url, format: DEFAULT_DOH_ENDPOINT.format },
  lists: {
    updates: false,
    channel: isAllowedChannelUrl(BUILD_LIST_CHANNEL.channel) ? BUILD_LIST_CHANNEL.channel : '',
    publicKey: isListPublicKey(BUILD_LIST_CHANNEL.publicKey) ? BUILD_LIST_CHANNEL.publicKey : '',
  },
};

type Loose = Record<string, unknown> | undefined;

const section = (value: unknown): Loose =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;

const flag = (value: unknown, fallback: boolean): boolean => (typeof value === 'boolean' ? value : fallback);

const allowedUrl = (value: unknown, fallback: string): string =>
  typeof value === 'string' && isAllowedEndpointUrl(value) ? value : fallback;

export function normaliseSettings(stored: unknown): Settings {
  const root = section(stored);
  const reports = section(root?.reports);
  const crowd = section(root?.crowd);
  const doh = section(root?.doh);
  const lists = section(root?.lists);
  const collectorUrl = allowedUrl(reports?.collectorUrl, DEFAULT_SETTINGS.reports.collectorUrl);
  const country = reports?.country;
  return {
    reports: {
      // Reporting without somewhere valid to send to is off, whatever was stored.
      enabled: collectorUrl !== '' && flag(reports?.enabled, false),
      collectorUrl,
      country: typeof country === 'string' && /^[A-Z]{2}$/.test(country) ? country : null,
    },
    crowd: { enabled: flag(crowd?.enabled, false) },
    doh: {
      enabled: flag(doh?.enabled, false),
      resolver: allowedUrl(doh?.resolver, DEFAULT_SETTINGS.doh.resolver),
      format: DOH_FORMATS.find((format) => format === doh?.format) ?? DEFAULT_SETTINGS.doh.format,
    },
    lists: normaliseLists(lists),
  };
}

function normaliseLists(lists: Loose): Settings['lists'] {
  const stored = lists?.channel;
  const channel = typeof stored === 'string' && isAllowedChannelUrl(stored) ? stored : DEFAULT_SETTINGS.lists.channel;
  const key = lists?.publicKey;
  const publicKey = typeof key === 'string' && isListPublicKey(key) ? key : DEFAULT_SETTINGS.lists.publicKey;
  // Updates without a channel and its key to check them with are off, whatever was stored.
  return { updates: channel !== '' && publicKey !== '' && flag(lists?.updates, false), channel, publicKey };
}

/**
 * The settings as they are written to storage: the list channel and key only when they differ from
 * what the build was given, so that a later build with another channel or key (a key rotated, a
 * channel moved) reaches everyone who kept its defaults.
 */
export function storedSettings(settings: Settings): Settings | (Omit<Settings, 'lists'> & { lists: Partial<Settings['lists']> }) {
  const { channel, publicKey, updates } = settings.lists;
  const defaults = DEFAULT_SETTINGS.lists;
  return {
    ...settings,
    lists: {
      updates,
      ...(channel === defaults.channel ? {} : { channel }),
      ...(publicKey === defaults.publicKey ? {} : { publicKey }),
    },
  };
}
