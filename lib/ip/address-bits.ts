// Addresses as numbers for the interval search: IPv4 as one unsigned 32-bit word, IPv6 as four
// (most significant first). Parsing allocates nothing, since it runs on every address lookup.

import { normaliseAddress } from './ip-address';

const DOT = 46;
const COLON = 58;

/** "1.2.3.4" (text[from, to)) to its unsigned value, or -1 unless it is a strict dotted quad. */
export function parseIpv4(text: string, from = 0, to = text.length): number {
  let value = 0;
  let octet = 0;
  let digits = 0;
  let dots = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === DOT) {
      if (digits === 0 || ++dots > 3) return -1;
      value = value * 256 + octet;
      octet = 0;
      digits = 0;
    } else if (code >= 48 && code <= 57) {
      // A leading zero is refused: some tools read "010" as octal.
      if (digits > 0 && octet === 0) return -1;
      octet = octet * 10 + code - 48;
      if (octet > 255) return -1;
      digits++;
    } else return -1;
  }
  return dots === 3 && digits > 0 ? value * 256 + octet : -1;
}

function hexDigit(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  const lower = code | 0x20;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

const groups = new Uint16Array(8);

/**
 * "2001:db8::1", "::ffff:1.2.3.4" (text[from, to)) into out[at, at + 4); false when malformed.
 */
export function parseIpv6(text: string, out: Uint32Array, at = 0, from = 0, to = text.length): boolean {
  let count = 0;
  let gap = -1;
  let i = from;
  if (to - from >= 2 && text.charCodeAt(i) === COLON && text.charCodeAt(i + 1) === COLON) {
    gap = 0;
    i += 2;
  }
  while (i < to) {
    if (count === 8) return false;
    let j = i;
    let value = 0;
    while (j < to && j - i < 5) {
      const digit = hexDigit(text.charCodeAt(j));
      if (digit < 0) break;
      value = value * 16 + digit;
      j++;
    }
    if (j < to && text.charCodeAt(j) === DOT) {
      const ipv4 = count <= 6 ? parseIpv4(text, i, to) : -1;
      if (ipv4 < 0) return false;
      groups[count++] = ipv4 >>> 16;
      groups[count++] = ipv4 & 0xffff;
      break;
    }
    if (j === i || j - i > 4) return false;
    groups[count++] = value;
    if (j === to) break;
    if (text.charCodeAt(j) !== COLON || ++j === to) return false;
    if (text.charCodeAt(j) === COLON) {
      if (gap >= 0) return false;
      gap = count;
      j++;
    }
    i = j;
  }
  if (gap < 0 ? count !== 8 : count > 7) return false;
  const zeros = 8 - count;
  for (let word = 0; word < 4; word++) {
    const high = groupAt(2 * word, gap, zeros);
    const low = groupAt(2 * word + 1, gap, zeros);
    out[at + word] = ((high << 16) | low) >>> 0;
  }
  return true;
}

/** Group `index` of the expanded address, given the parsed groups and where "::" stood. */
function groupAt(index: number, gap: number, zeros: number): number {
  if (gap < 0 || index < gap) return groups[index]!;
  return index < gap + zeros ? 0 : groups[index - zeros]!;
}

/** True for ::ffff:a.b.c.d, which is the IPv4 address a.b.c.d. */
export function isIpv4Mapped(words: Uint32Array, at = 0): boolean {
  return words[at] === 0 && words[at + 1] === 0 && words[at + 2] === 0xffff;
}

/** The mask of the first `bits` bits of a 32-bit word (bits clamped to 0..32). */
export function wordMask(bits: number): number {
  if (bits <= 0) return 0;
  return bits >= 32 ? 0xffff_ffff : (0xffff_ffff << (32 - bits)) >>> 0;
}

export function formatIpv4(value: number): string {
  return `${value >>> 24}.${(value >>> 16) & 255}.${(value >>> 8) & 255}.${value & 255}`;
}

/** A listed address or range as written in canonical form: "1.2.3.4", "10.0.0.0/8", "2001:db8::/32". */
export function formatAddressEntry(words: Uint32Array, at: number, family: 4 | 6, prefix: number): string {
  if (family === 4) return prefix === 32 ? formatIpv4(words[at]!) : `${formatIpv4(words[at]!)}/${prefix}`;
  const hex: string[] = [];
  for (let word = 0; word < 4; word++) {
    const value = words[at + word]!;
    hex.push((value >>> 16).toString(16), (value & 0xffff).toString(16));
  }
  const canonical = normaliseAddress(`${hex.join(':')}/${prefix}`);
  if (!canonical.ok) throw new Error(`unformattable IPv6 entry ${hex.join(':')}/${prefix}`);
  return canonical.value;
}

/**
 * An address being looked up ("1.2.3.4", "[2001:db8::1]", "fe80::1%eth0") into out: 4 with the
 * value in out[0], 6 with out[0..3], or 0 when it is no address. IPv4-mapped IPv6 counts as IPv4.
 */
export function parseAddressQuery(text: string, out: Uint32Array): 0 | 4 | 6 {
  let from = 0;
  let to = text.length;
  if (text.charCodeAt(0) === 91 && text.charCodeAt(to - 1) === 93) {
    from = 1;
    to--;
  }
  const zone = text.indexOf('%', from);
  if (zone >= 0 && zone < to) to = zone;
  if (text.indexOf(':', from) < 0) {
    const value = parseIpv4(text, from, to);
    if (value < 0) return 0;
    out[0] = value;
    return 4;
  }
  if (!parseIpv6(text, out, 0, from, to)) return 0;
  if (!isIpv4Mapped(out)) return 6;
  out[0] = out[3]!;
  return 4;
}

/**
 * A canonical list entry ("1.2.3.4", "10.0.0.0/8", "2001:db8::/32") into out, as for
 * parseAddressQuery; with the prefix length, or null when malformed. A mapped IPv6 range of /96 or
 * longer becomes the IPv4 range it stands for.
 */
export function parseAddressEntry(text: string, out: Uint32Array): { family: 4 | 6; prefix: number } | null {
  const slash = text.indexOf('/');
  const end = slash < 0 ? text.length : slash;
  const prefixText = slash < 0 ? '' : text.slice(slash + 1);
  if (slash >= 0 && !/^\d{1,3}$/.test(prefixText)) return null;
  if (text.indexOf(':') < 0) {
    const value = parseIpv4(text, 0, end);
    const prefix = slash < 0 ? 32 : Number(prefixText);
    if (value < 0 || prefix > 32) return null;
    out[0] = value;
    return { family: 4, prefix };
  }
  const prefix = slash < 0 ? 128 : Number(prefixText);
  if (prefix > 128 || !parseIpv6(text, out, 0, 0, end)) return null;
  if (prefix < 96 || !isIpv4Mapped(out)) return { family: 6, prefix };
  out[0] = out[3]!;
  return { family: 4, prefix: prefix - 96 };
}

/**
 * A list entry ("10.1.2.3/8", "::ffff:192.0.2.0/120") in the form a snapshot stores it: host bits
 * cleared, canonical text ("10.0.0.0/8", "192.0.2.0/24"); null when malformed.
 */
export function storedAddressEntry(text: string): string | null {
  const words = new Uint32Array(4);
  const entry = parseAddressEntry(text, words);
  if (entry === null) return null;
  for (let word = 0; word < (entry.family === 4 ? 1 : 4); word++) words[word] = (words[word]! & wordMask(entry.prefix - 32 * word)) >>> 0;
  return formatAddressEntry(words, 0, entry.family, entry.prefix);
}
