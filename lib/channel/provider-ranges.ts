// A hosting provider's published address ranges, in whichever of the usual shapes the provider
// publishes them: one range a line (Cloudflare's ips-v4, BGP route lists), a geofeed (RFC 8805 CSV:
// the range is the first field, as in DigitalOcean's and Linode's), or JSON (AWS ip-ranges.json,
// Google's cloud.json, Oracle's public_ip_ranges.json: every string in it that is a CIDR range).
// Strict: a line that is not a range fails the conversion, so a page that changed its format never
// turns into an empty or half network. Ranges no public host can be in (documentation, private,
// loopback: bogons) are left out, as some geofeeds carry them. Node only: the networks converter runs it.
import { isBlockPageAnswer, isSinkholeAnswer } from '../failures/sinkhole';
import { storedAddressEntry } from '../ip/address-bits';
import { quoted } from '../validation/checked';

const COMMENT = /^\s*(#|$)/;

export interface ProviderRanges {
  /** In the form a snapshot stores them, without repeats. */
  ranges: string[];
  /** Ranges left out because they start at a bogon address. */
  bogons: string[];
}

/** The ranges in `text`; `source` names it in errors. */
export function providerRanges(text: string, source: string): ProviderRanges {
  const start = text.trimStart();
  const found = start.startsWith('{') || start.startsWith('[') ? rangesInJson(text, source) : rangesInLines(text, source);
  const unique = [...new Set(found)];
  const ranges = unique.filter((range) => !isBogonRange(range));
  if (ranges.length === 0) throw new Error(`${source}: no address range in it`);
  return { ranges, bogons: unique.filter(isBogonRange) };
}

function isBogonRange(range: string): boolean {
  const first = range.split('/')[0]!;
  return isSinkholeAnswer(first) && !isBlockPageAnswer(first);
}

function rangesInLines(text: string, source: string): string[] {
  const ranges: string[] = [];
  text.split('\n').forEach((line, index) => {
    if (COMMENT.test(line)) return;
    const field = line.split(',')[0]!.trim();
    const range = field.includes('/') ? storedAddressEntry(field) : null;
    if (range === null) throw new Error(`${source}: line ${index + 1}: expected a CIDR range first, not ${quoted(field)}`);
    ranges.push(range);
  });
  return ranges;
}

function rangesInJson(text: string, source: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`${source}: looks like JSON but does not parse`);
  }
  const ranges: string[] = [];
  const visit = (node: unknown): void => {
    if (typeof node === 'string') {
      const range = node.includes('/') ? storedAddressEntry(node.trim()) : null;
      if (range !== null) ranges.push(range);
    } else if (Array.isArray(node)) node.forEach(visit);
    else if (typeof node === 'object' && node !== null) Object.values(node).forEach(visit);
  };
  visit(value);
  return ranges;
}
