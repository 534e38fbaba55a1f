// Writes a hosting-networks source (the `networks:` format, lib/blocklist/sources/parse-networks.ts)
// from providers' ranges: the header notes as comments (where each network's ranges come from, as of
// when, under which licence), then each network's ranges in address order, with its date if it has one.
import { parseAddressEntry } from '../ip/address-bits';

export interface ProviderNetwork {
  name: string;
  /** YYYY-MM-DD since when transfers to the network are known to be cut; "" when not known to be. */
  since: string;
  /** CIDR ranges in stored form (provider-ranges.ts). */
  ranges: string[];
}

export function networksSource(notes: readonly string[], networks: readonly ProviderNetwork[]): string {
  const lines = notes.map((note) => `# ${note}`.trimEnd());
  for (const { name, since, ranges } of networks) {
    if (name === '' || /[,#\n]/.test(name)) throw new Error(`network name ${JSON.stringify(name)}: no commas, "#" or line breaks`);
    const suffix = since ? `,${since}` : '';
    for (const range of [...new Set(ranges)].sort(byAddress)) lines.push(`${cidr(range)},${name}${suffix}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A single address as the range it is ("1.2.3.4/32"): the format takes CIDR ranges only. */
function cidr(range: string): string {
  if (range.includes('/')) return range;
  return range.includes(':') ? `${range}/128` : `${range}/32`;
}

/** IPv4 before IPv6, then by start address, then the wider range first. */
function byAddress(a: string, b: string): number {
  const [keyA, keyB] = [sortKey(a), sortKey(b)];
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
}

function sortKey(range: string): string {
  const words = new Uint32Array(4);
  const entry = parseAddressEntry(range, words)!;
  const count = entry.family === 4 ? 1 : 4;
  const hex = Array.from(words.subarray(0, count), (word) => word.toString(16).padStart(8, '0')).join('');
  return `${entry.family}${hex}${String(entry.prefix).padStart(3, '0')}`;
}
