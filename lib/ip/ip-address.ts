// Validates IPv4/IPv6 addresses and CIDR ranges from list sources and writes them in one canonical form.

import { accepted, quoted, refused, type Checked } from '../validation/checked';

const DECIMAL = /^(0|[1-9][0-9]{0,2})$/;
// Leading zeros are refused: some tools read them as octal.
const IPV4 = /^(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})$/;
const IPV6_GROUP = /^[0-9a-f]{1,4}$/;

/** Four octets, or null unless the text is a strict dotted quad. */
function ipv4Octets(text: string): number[] | null {
  const match = IPV4.exec(text);
  if (!match) return null;
  const octets = [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4])];
  return octets.every((octet) => octet <= 255) ? octets : null;
}

/** Eight 16-bit groups, or null when malformed; accepts "::" and a dotted IPv4 tail. */
function ipv6Groups(text: string): number[] | null {
  let body = text.toLowerCase();
  const lastColon = body.lastIndexOf(':');
  if (body.includes('.', lastColon)) {
    const octets = ipv4Octets(body.slice(lastColon + 1));
    if (!octets) return null;
    const [a, b, c, d] = octets as [number, number, number, number];
    body = `${body.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = body.split('::');
  if (halves.length > 2) return null;
  const groupsOf = (half: string): number[] | null => {
    if (half === '') return [];
    const groups = half.split(':');
    return groups.every((group) => IPV6_GROUP.test(group)) ? groups.map((group) => parseInt(group, 16)) : null;
  };
  const head = groupsOf(halves[0]!);
  const rest = halves.length === 2 ? groupsOf(halves[1]!) : [];
  if (!head || !rest) return null;
  const missing = 8 - head.length - rest.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  return [...head, ...new Array<number>(missing).fill(0), ...rest];
}

/** RFC 5952 text: lower case, no leading zeros, the longest run of two or more zero groups as "::". */
function formatIpv6(groups: number[]): string {
  let bestStart = -1;
  let bestLength = 1;
  for (let start = 0; start < 8; ) {
    let end = start;
    while (end < 8 && groups[end] === 0) end++;
    if (end - start > bestLength) {
      bestStart = start;
      bestLength = end - start;
    }
    start = end === start ? start + 1 : end;
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

/** Clears the bits after the prefix, given the address as fixed-width units of unitBits each. */
function maskUnits(units: number[], unitBits: number, prefix: number): number[] {
  return units.map((unit, index) => {
    const kept = Math.min(Math.max(prefix - index * unitBits, 0), unitBits);
    const mask = kept === 0 ? 0 : ((0xffff_ffff << (unitBits - kept)) >>> 0) & ((1 << unitBits) - 1);
    return unit & mask;
  });
}

/**
 * One address ("1.2.3.4", "2001:db8::1") or CIDR range ("10.0.0.0/8") in canonical form.
 * A range's host bits are cleared, and a full-length prefix (/32, /128) is written as the plain address.
 */
export function normaliseAddress(text: string): Checked<string> {
  const slash = text.indexOf('/');
  const address = slash < 0 ? text : text.slice(0, slash);
  const prefixText = slash < 0 ? null : text.slice(slash + 1);
  const isIpv6 = address.includes(':');
  const bits = isIpv6 ? 128 : 32;
  if (prefixText !== null && (!DECIMAL.test(prefixText) || Number(prefixText) > bits)) {
    return refused(`bad range prefix ${quoted(text)}`);
  }
  const prefix = prefixText === null ? bits : Number(prefixText);
  if (isIpv6) {
    const groups = ipv6Groups(address);
    if (!groups) return refused(`bad IPv6 address ${quoted(text)}`);
    const canonical = formatIpv6(maskUnits(groups, 16, prefix));
    return accepted(prefix === bits ? canonical : `${canonical}/${prefix}`);
  }
  const octets = ipv4Octets(address);
  if (!octets) return refused(`bad IPv4 address ${quoted(text)}`);
  const canonical = maskUnits(octets, 8, prefix).join('.');
  return accepted(prefix === bits ? canonical : `${canonical}/${prefix}`);
}

/** True when the text has the shape of an address or range (digits and dots, or a colon), valid or not. */
export function looksLikeAddress(text: string): boolean {
  return text.includes(':') || /^[0-9./]+$/.test(text);
}
