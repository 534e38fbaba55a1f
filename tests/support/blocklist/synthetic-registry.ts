// A seeded synthetic registry at real scale for the bench: shaped like the real dumps (one domain
// a line with its URL and address, IP-only lines for ranges, about 2.5 lines a decision, domains of
// 16-17 characters on average, 45% of URLs a site's root), and written out as a registry dump.

import type { ListRecord } from '@blocklens/vocabulary';
import type { SourceRecord } from '../../../lib/blocklist/format/types';
import { formatAddressEntry, wordMask } from '../../../lib/ip/address-bits';

export interface SyntheticRegistryShape {
  seed: number;
  /** Domain lines, wildcards included. */
  domains: number;
  wildcardShare: number;
  urls: number;
  ipv4Addresses: number;
  ipv4Ranges: number;
  /** IPv6 addresses and ranges, about half each. */
  ipv6Entries: number;
}

/** The scale issue 3 asks the bench to prove: the registry of the mid-2020s. */
export const REGISTRY_SCALE: SyntheticRegistryShape = {
  seed: 20180416,
  domains: 1_000_000,
  wildcardShare: 0.1,
  urls: 800_000,
  ipv4Addresses: 300_000,
  ipv4Ranges: 20_000,
  ipv6Entries: 20_000,
};

export const SYNTHETIC_LIST = 'ru-registry';

/** mulberry32: small, fast and good enough to draw test data from. */
export class SeededRandom {
  constructor(private state: number) {}

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  }

  below(limit: number): number {
    return Math.floor(this.next() * limit);
  }

  uint32(): number {
    return Math.floor(this.next() * 2 ** 32);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)]!;
  }

  /** Picks from [item, weight] pairs. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    let left = this.next() * choices.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [item, weight] of choices) if ((left -= weight) < 0) return item;
    return choices[choices.length - 1]![0];
  }
}

const ONSETS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'ch', 'sh', 'st', 'tr', 'pr', 'kr', 'bl', 'gr'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'y', 'ai', 'ou', 'ia'];
const CODAS = ['', '', '', 'n', 'r', 's', 'x', 'k'];
const TLDS = [
  ['ru', 34], ['com', 24], ['net', 6], ['org', 4], ['info', 4], ['xn--p1ai', 3], ['xyz', 3], ['online', 3],
  ['top', 3], ['su', 2], ['biz', 2], ['io', 2], ['me', 2], ['cc', 2], ['pro', 2], ['club', 2], ['site', 2],
] as const;
const SUBDOMAINS = [['', 72], ['www.', 20], ['m.', 3], ['mirror.', 3], ['ru.', 2]] as const;
const PATH_WORDS = ['video', 'news', 'forum', 'watch', 'files', 'casino', 'shop', 'page', 'read', 'download'];
const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-';

function word(random: SeededRandom, syllables: number): string {
  let text = '';
  for (let i = 0; i < syllables; i++) text += random.pick(ONSETS) + random.pick(VOWELS) + random.pick(CODAS);
  return text;
}

/** A registrable name such as "trouvaz-kelo.ru". */
export function syntheticSite(random: SeededRandom): string {
  let label = word(random, 2 + random.below(2));
  if (random.next() < 0.3) label += `-${word(random, 1 + random.below(2))}`;
  if (random.next() < 0.15) label += random.below(1000);
  return `${label}.${random.weighted(TLDS)}`;
}

function token(random: SeededRandom, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += ALPHANUMERIC[random.below(ALPHANUMERIC.length)];
  return text;
}

function syntheticUrl(random: SeededRandom, host: string): string {
  const scheme = random.next() < 0.55 ? 'http' : 'https';
  if (random.next() < 0.45) return `${scheme}://${host}/`;
  const path = random.weighted([
    [() => `/${random.pick(PATH_WORDS)}/${token(random, 11)}`, 4],
    [() => `/${random.pick(PATH_WORDS)}/${word(random, 3)}-${word(random, 2)}-${random.below(100000)}.html`, 3],
    [() => `/forum/showthread.php?t=${random.below(1_000_000)}`, 1],
    [() => `/?p=${random.below(100000)}`, 1],
    [() => `/${word(random, 2)}`, 1],
  ] as const);
  return `${scheme}://${host}${path()}`;
}

const AUTHORITIES = [['Роскомнадзор', 40], ['Генпрокуратура', 25], ['ФНС', 20], ['суд', 10], ['МВД', 5]] as const;

function syntheticDecision(random: SeededRandom): ListRecord {
  const authority = random.weighted(AUTHORITIES);
  const year = 2012 + random.below(13);
  const month = String(1 + random.below(12)).padStart(2, '0');
  const day = String(1 + random.below(28)).padStart(2, '0');
  const n = 1 + random.below(9999);
  const decision = {
    Роскомнадзор: `${n}-РКН/${year}`,
    Генпрокуратура: `27-31-${year}/Ид${n}-${year % 100}`,
    ФНС: `2-6-27/${year}-${month}-${day}-${n}-АИ`,
    суд: `2-${n}/${year}`,
    МВД: `${n}/${year % 100}-МВД`,
  }[authority];
  return { list: SYNTHETIC_LIST, authority, decision, date: `${year}-${month}-${day}` };
}

/** A public-looking IPv4 address (not 0/8, 10/8, 127/8 or multicast and above). */
function publicIpv4(random: SeededRandom): number {
  for (;;) {
    const value = random.uint32();
    const first = value >>> 24;
    if (first !== 0 && first !== 10 && first !== 127 && first < 224) return value;
  }
}

const IPV4_PREFIXES = [[24, 45], [23, 10], [22, 15], [21, 5], [20, 10], [19, 3], [18, 3], [16, 4], [29, 5]] as const;

function ipv4Range(random: SeededRandom, inside: [number, number] | null): [number, number] {
  if (inside && inside[1] < 30) {
    const prefix = inside[1] + 1 + random.below(30 - inside[1]);
    const offset = random.uint32() & ~wordMask(inside[1]);
    return [((inside[0] | offset) & wordMask(prefix)) >>> 0, prefix];
  }
  const prefix = random.weighted(IPV4_PREFIXES);
  return [(publicIpv4(random) & wordMask(prefix)) >>> 0, prefix];
}

function ipv6Entry(random: SeededRandom): string {
  const words = new Uint32Array([(0x2a000000 | random.below(0x100000)) >>> 0, random.uint32(), random.uint32(), random.uint32()]);
  const prefix = random.next() < 0.5 ? 128 : random.pick([32, 36, 40, 44, 48, 56, 64]);
  for (let i = 0; i < 4; i++) words[i] = (words[i]! & wordMask(prefix - 32 * i)) >>> 0;
  return formatAddressEntry(words, 0, 6, prefix);
}

/** The records of a synthetic registry, in the form the registry parser yields them. */
export function syntheticRegistry(shape: SyntheticRegistryShape): SourceRecord[] {
  const random = new SeededRandom(shape.seed);
  const ipv4Lines = shape.ipv4Ranges;
  const lines = shape.domains + ipv4Lines + shape.ipv6Entries;
  const decisions = Array.from({ length: Math.ceil(lines / 2.2) }, () => syntheticDecision(random));
  const wildcardEvery = Math.round(1 / shape.wildcardShare);
  const names = new Set<string>();
  const sources: SourceRecord[] = [];
  while (sources.length < shape.domains) {
    const wildcard = sources.length % wildcardEvery === 0;
    const name = (wildcard ? '' : random.weighted(SUBDOMAINS)) + syntheticSite(random);
    if (names.has(name)) continue;
    names.add(name);
    sources.push({
      record: random.pick(decisions),
      domains: wildcard ? [] : [name],
      wildcards: wildcard ? [name] : [],
      urls: [],
      addresses: [],
    });
  }
  const urls = new Set<string>();
  while (urls.size < shape.urls) {
    const line = urls.size < shape.domains * 0.7 ? urls.size : random.below(shape.domains);
    const source = sources[line]!;
    const host = source.domains[0] ?? `www.${source.wildcards[0]}`;
    const url = syntheticUrl(random, host);
    if (!urls.has(url)) source.urls.push(url);
    urls.add(url);
  }
  const ranges: [number, number][] = [];
  for (let i = 0; i < shape.ipv4Ranges; i++) {
    const range = ipv4Range(random, ranges.length && random.next() < 0.25 ? random.pick(ranges) : null);
    ranges.push(range);
    sources.push({ record: random.pick(decisions), domains: [], wildcards: [], urls: [], addresses: [formatIpv4Entry(...range)] });
  }
  const addresses = new Set<number>();
  while (addresses.size < shape.ipv4Addresses) {
    addresses.add(ranges.length && random.next() < 0.05 ? insideRange(random, random.pick(ranges)) : publicIpv4(random));
  }
  // Spread over the domain lines, as the registry lists the addresses a domain resolved to.
  [...addresses].forEach((address, i) => sources[(i * 7) % shape.domains]!.addresses.push(formatIpv4Entry(address, 32)));
  for (let i = 0; i < shape.ipv6Entries; i++) {
    sources.push({ record: random.pick(decisions), domains: [], wildcards: [], urls: [], addresses: [ipv6Entry(random)] });
  }
  return sources;
}

function insideRange(random: SeededRandom, [start, prefix]: [number, number]): number {
  return (start | (random.uint32() & ~wordMask(prefix))) >>> 0;
}

function formatIpv4Entry(start: number, prefix: number): string {
  return formatAddressEntry(Uint32Array.of(start), 0, 4, prefix);
}

/** Windows-1251 bytes of text that is ASCII or Russian (all a registry dump holds). */
function windows1251(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes[i] = code;
    else if (code >= 0x410 && code <= 0x44f) bytes[i] = code - 0x350;
    else if (code === 0x401 || code === 0x451) bytes[i] = code === 0x401 ? 0xa8 : 0xb8;
    else throw new Error(`no Windows-1251 byte for U+${code.toString(16)}`);
  }
  return bytes;
}

/** The records as a registry dump ("rkn" format) with its "Updated:" header. */
export function registryDump(sources: SourceRecord[], updated: string): Uint8Array {
  const lines = [`Updated: ${updated} 12:00:00 +0000`];
  for (const { record, domains, wildcards, urls, addresses } of sources) {
    const domain = domains[0] ?? (wildcards[0] ? `*.${wildcards[0]}` : '');
    lines.push([addresses.join(' | '), domain, urls.join(' | '), record.authority, record.decision, record.date].join(';'));
  }
  return windows1251(`${lines.join('\n')}\n`);
}
