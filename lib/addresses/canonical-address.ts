// Addresses that resolvers hand back, checked and written the way the list and the findings write them.
import { normaliseAddress } from '../ip/ip-address';

/** The RFC 5952 / dotted-quad form of a single address, or null for anything else (a range, a name). */
export function canonicalAddress(text: string): string | null {
  if (text.includes('/')) return null;
  const checked = normaliseAddress(text.trim().toLowerCase());
  return checked.ok ? checked.value : null;
}
