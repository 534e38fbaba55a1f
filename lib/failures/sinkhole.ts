// Whether a public name's DNS answer betrays tampering: a known block-page address, or an address
// no public site can have (a bogon). Addresses are public facts from OONI's DNS fingerprints.
import { parseAddressQuery, parseIpv4, wordMask } from '../ip/address-bits';

/** Block-page and poisoned answers, mostly Russian; filtering products people opt into are left out. */
const KNOWN_ANSWERS = [
  // Russia
  '5.3.3.17',
  '37.44.40.254',
  '46.175.31.250',
  '62.33.207.196',
  '62.33.207.197',
  '81.200.2.238',
  '83.69.208.124',
  '85.142.29.248',
  '87.241.223.133',
  '95.167.13.50',
  '95.167.13.51',
  '159.255.26.69',
  '171.25.175.70',
  '185.37.129.10',
  '188.19.132.154',
  '188.19.132.155',
  '188.186.146.207',
  '188.186.146.208',
  '188.186.154.79',
  '188.186.154.88',
  '195.128.72.3',
  '212.1.226.59',
  '217.148.54.171',
  // Belarus, Turkey, Germany, Italy
  '134.17.0.7',
  '195.175.254.2',
  '167.233.14.14',
  '83.224.65.74',
  '217.175.53.72',
  // China's poisoned answers
  '8.7.198.45',
  '37.61.54.158',
  '46.82.174.68',
  '59.24.3.173',
  '78.16.49.15',
  '93.46.8.89',
  '159.106.121.75',
  '203.98.7.65',
  // A conventional fake answer.
  '1.2.3.4',
];

/** [first address, prefix length]. 198.18.0.0/15 is left out: local "fake IP" proxies answer from it. */
const IPV4_BOGONS: readonly (readonly [string, number])[] = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];

// Every response with an address is checked (observe-request.ts), so the tables are numbers, made
// once, and an answer is parsed without allocating.
const KNOWN_VALUES = new Set(KNOWN_ANSWERS.map((address) => parseIpv4(address)));
const BOGON_RANGES = IPV4_BOGONS.map(([first, bits]) => ({ first: parseIpv4(first), mask: wordMask(bits) }));
const words = new Uint32Array(4);

function isIpv4Sinkhole(value: number): boolean {
  return KNOWN_VALUES.has(value) || BOGON_RANGES.some(({ first, mask }) => ((value & mask) >>> 0) === first);
}

/** ::, ::1, fc00::/7 (unique local) and fe80::/10 (link-local); mapped IPv4 is parsed as IPv4. */
function isIpv6Sinkhole(address: Uint32Array): boolean {
  if (address[0] === 0 && address[1] === 0 && address[2] === 0 && address[3]! <= 1) return true;
  const first = address[0]! >>> 16;
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80;
}

/** True for a known block-page or poisoned answer: proof of tampering even when a page answered from it. */
export function isBlockPageAnswer(address: string): boolean {
  return parseAddressQuery(address.trim(), words) === 4 && KNOWN_VALUES.has(words[0]!);
}

/** True for an answer that a public name should never get. Apply only to public names. */
export function isSinkholeAnswer(address: string): boolean {
  const family = parseAddressQuery(address.trim(), words);
  if (family === 4) return isIpv4Sinkhole(words[0]!);
  return family === 6 && isIpv6Sinkhole(words);
}

/** Names that never resolve on the public internet: reserved, local-network and special-use ones. */
const PRIVATE_SUFFIXES = [
  'localhost',
  'localdomain',
  'local',
  'lan',
  'home',
  'corp',
  'internal',
  'intranet',
  'private',
  'arpa',
  'test',
  'example',
  'invalid',
  'onion',
  'alt',
];

/** A top-level label that can be delegated: letters, or an IDNA "xn--" label. Rules out IP literals. */
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * Whether a host is a public DNS name, so that a bogon answer for it means tampering. Deliberately
 * small (no public-suffix data in the worker): reserved and local names and IP literals are not.
 */
export function isPublicHostName(host: string): boolean {
  const name = host.trim().toLowerCase().replace(/\.$/, '');
  const lastDot = name.lastIndexOf('.');
  if (lastDot <= 0 || !TLD.test(name.slice(lastDot + 1))) return false;
  return !PRIVATE_SUFFIXES.some((suffix) => name === suffix || name.endsWith(`.${suffix}`));
}
