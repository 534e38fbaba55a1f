// Where DNS-over-HTTPS lookups go: the person's resolver and the format it speaks.

/** `wire`: RFC 8484 DNS messages (GET ?dns=); `json`: the JSON API of Google and Cloudflare (GET ?name=&type=). */
export const DOH_FORMATS = ['wire', 'json'] as const;
export type DohFormat = (typeof DOH_FORMATS)[number];

export interface DohEndpoint {
  url: string;
  format: DohFormat;
}

/** Well-known public resolvers; each speaks RFC 8484 at this address. */
export const DOH_PRESETS = [
  { id: 'cloudflare', url: 'https://cloudflare-dns.com/dns-query' },
  { id: 'google', url: 'https://dns.google/dns-query' },
  { id: 'quad9', url: 'https://dns.quad9.net/dns-query' },
] as const;
export type DohPresetId = (typeof DOH_PRESETS)[number]['id'];

export const DEFAULT_DOH_ENDPOINT: DohEndpoint = { url: DOH_PRESETS[0].url, format: 'wire' };

/** The preset a resolver URL is, or null for a URL of the person's own. */
export function presetOf(endpoint: DohEndpoint): DohPresetId | null {
  if (endpoint.format !== 'wire') return null;
  return DOH_PRESETS.find((preset) => preset.url === endpoint.url)?.id ?? null;
}
