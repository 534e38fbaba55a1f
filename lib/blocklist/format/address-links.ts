// How a snapshot packs the links of its address entries (lookup/address-forest.ts reads them,
// address-forest-builder.ts writes them).
import { bitWidth } from './bit-writer';

export const MAX_ADDRESS_ENTRIES = 0xff_ffff;

/**
 * How an entry's link is packed: its parent's index above its prefix length, in as few bits as
 * the family and the entry count need (25 for a few hundred thousand IPv4 entries). A parent of
 * all ones means a root.
 */
export function linkLayout(family: 4 | 6, count: number) {
  const prefixBits = family === 4 ? 6 : 8;
  const parentBits = bitWidth(count);
  return { prefixBits, width: prefixBits + parentBits, noParent: 2 ** parentBits - 1 };
}
