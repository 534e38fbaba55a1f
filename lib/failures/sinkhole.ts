// Whether a public name's DNS answer betrays tampering: a known block-page address, or an address
// no public site can have (a bogon). Addresses are public facts from OONI's DNS fingerprints.

/** Block-page and poisoned answers, mostly Russian; filtering products people opt into are left out. */
const KNOWN_ANSWERS = new Set([
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
]);

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

const DOTTED_QUAD = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function ipv4Number(address: string): number | null {
  const match = DOTTED_QUAD.exec(address);
  if (!match) return null;
  const octets = match.slice(1).map(Number);
  if (octets.some((octet) => octet > 255)) return null;
  return octets.reduce((value, octet) => value * 256 + octet, 0);
}

function inIpv4Range(value: number, [base, bits]: readonly [string, number]): boolean {
  const size = 2 ** (32 - bits);
  return Math.floor(value / size) === Math.floor(ipv4Number(base)! / size);
}

/** RFC 5952 form through the URL parser, or null when the text is no IPv6 address. */
function canonicalIpv6(address: string): string | null {
  try {
    return new URL(`http://[${address.replace(/^\[|\]$/g, '')}]/`).hostname.slice(1, -1);
  } catch {
    return null;
  }
}

function isIpv4Sinkhole(address: string): boolean {
  const value = ipv4Number(address);
  if (value === null) return false;
  return KNOWN_ANSWERS.has(address) || IPV4_BOGONS.some((range) => inIpv4Range(value, range));
}

function isIpv6Sinkhole(address: string): boolean {
  const canonical = canonicalIpv6(address);
  if (canonical === null) return false;
  if (canonical === '::' || canonical === '::1') return true;
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(canonical);
  if (mapped) {
    const value = parseInt(mapped[1]!, 16) * 65536 + parseInt(mapped[2]!, 16);
    return isIpv4Sinkhole([24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.'));
  }
  const first = canonical.startsWith('::') ? 0 : parseInt(canonical.split(':')[0]!, 16);
  const uniqueLocal = (first & 0xfe00) === 0xfc00; // fc00::/7
  const linkLocal = (first & 0xffc0) === 0xfe80; // fe80::/10
  return uniqueLocal || linkLocal;
}

/** True for an answer that a public name should never get. Apply only to public names. */
export function isSinkholeAnswer(address: string): boolean {
  const text = address.trim();
  return text.includes(':') ? isIpv6Sinkhole(text) : isIpv4Sinkhole(text);
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
