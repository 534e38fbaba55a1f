// What DNS-over-HTTPS said about a host, as far as telling DNS tampering from a dead name needs it:
// the person's resolver is reached over HTTPS, out of the local network's reach.
import type { FailureKind, HostFacts } from '@blocklens/vocabulary';
import { isSinkholeAnswer } from '../failures/sinkhole';

export type DohAnswer = 'public' | 'nxdomain';

/** `public`: at least one address a public site can have; null when DoH was not asked or said neither. */
export function dohAnswerOf(facts: HostFacts): DohAnswer | null {
  const doh = facts.lookups?.find((lookup) => lookup.source === 'doh');
  if (!doh) return null;
  if (doh.nxdomain) return 'nxdomain';
  return doh.addresses.some((address) => !isSinkholeAnswer(address)) ? 'public' : null;
}

/** A "no such name" that DNS-over-HTTPS contradicts with a public address was a false DNS answer. */
export function kindGivenDoh(kind: FailureKind, doh: DohAnswer | null): FailureKind {
  return kind === 'dns-nxdomain' && doh === 'public' ? 'dns-sinkhole' : kind;
}
