// Parses a hosting-networks source (`networks:PATH`): UTF-8, one range a line,
// "CIDR,Network name[,YYYY-MM-DD]", "#" comments and blank lines. The date is the day since which
// transfers to that network are known to be cut or throttled. Ranges are IPv4 or IPv6, written
// without host bits.

import type { SourceNetwork } from '../format/types';
import { storedAddressEntry } from '../../ip/address-bits';
import { quoted } from '../../validation/checked';
import { decodeLines } from './decode-lines';
import { normaliseDate } from './list-date';
import type { ParseTally } from './parse-tally';

const COMMENT = /(?:^|\s)#.*$/;
const NAME_LENGTH = 100;
/**
 * The widest range a network may have: no provider announces more than a /8 (IPv4) or a /16 (IPv6),
 * and a slip such as "0.0.0.0/0" would put every address on one network cut as a whole.
 */
const WIDEST_PREFIX = { 4: 8, 6: 16 } as const;
const CONTROL = /\p{Cc}/u;

export async function* parseNetworks(
  chunks: AsyncIterable<Uint8Array>,
  _list: string,
  tally: ParseTally,
): AsyncGenerator<SourceNetwork> {
  for await (const line of decodeLines(chunks, 'utf-8')) {
    const text = line.text.replace(COMMENT, '').trim();
    if (text === '') {
      tally.skip();
      continue;
    }
    const read = readNetwork(text);
    if (typeof read === 'string') {
      tally.reject(line.number, [read]);
      continue;
    }
    tally.acceptNetwork();
    yield read;
  }
  tally.finish();
}

function isCalendarDate(text: string): boolean {
  const date = normaliseDate(text);
  return date.ok && date.value === text;
}

/** One line to a network, or the reason it was refused. */
function readNetwork(text: string): SourceNetwork | string {
  const fields = text.split(',').map((field) => field.trim());
  if (fields.length < 2 || fields.length > 3) return 'expected "CIDR,Network name" or "CIDR,Network name,YYYY-MM-DD"';
  const [range, name, since = ''] = fields as [string, string, string?];
  const slash = range.indexOf('/');
  if (slash < 0) return `expected a CIDR range, not ${quoted(range)}`;
  const stored = storedAddressEntry(range);
  if (stored === null) return `bad range ${quoted(range)}`;
  // The stored form of a single address ("1.2.3.4/32") has no prefix.
  const start = stored.includes('/') ? stored.slice(0, stored.indexOf('/')) : stored;
  if (storedAddressEntry(range.slice(0, slash)) !== start) {
    return `range ${quoted(range)} has host bits set (the range is ${stored})`;
  }
  // The stored prefix: an IPv4-mapped range ("::ffff:0.0.0.0/96") is stored as the IPv4 range it is.
  const widest = WIDEST_PREFIX[start.includes(':') ? 6 : 4];
  if (stored.includes('/') && Number(stored.slice(stored.indexOf('/') + 1)) < widest) {
    return `range ${quoted(range)} is wider than a /${widest}`;
  }
  if (name === '') return 'no network name';
  if (name.length > NAME_LENGTH || CONTROL.test(name)) return `bad network name ${quoted(name)}`;
  if (fields.length === 3 && since === '') return 'empty date (leave the field out when the network is not known to be cut)';
  if (since !== '' && !isCalendarDate(since)) return `bad date ${quoted(since)} (expected YYYY-MM-DD)`;
  return { network: { range: stored, name, since } };
}
