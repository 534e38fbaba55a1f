// Folds what resolvers said about a host into its facts: the latest answer of each source, and an
// address for a host that had none, preferring one the list names.
import type { AddressFact, AddressLookup, HostFacts } from '@blocklens/vocabulary';

function learntAddress(lookups: readonly AddressLookup[], isListed: (address: string) => boolean): AddressFact | null {
  const candidates = lookups.flatMap((lookup) =>
    lookup.addresses.map((address): AddressFact => ({ address, source: lookup.source })),
  );
  return candidates.find((candidate) => isListed(candidate.address)) ?? candidates[0] ?? null;
}

/**
 * `lookups` in order of trust: the browser's resolver before DNS-over-HTTPS, since it is what the
 * browser connected to. An address seen on a response always stays: it is what was really used.
 */
export function mergeLookups(
  facts: HostFacts,
  lookups: readonly AddressLookup[],
  isListed: (address: string) => boolean,
): HostFacts {
  const sources = new Set(lookups.map((lookup) => lookup.source));
  return {
    ...facts,
    lookups: [...(facts.lookups ?? []).filter((lookup) => !sources.has(lookup.source)), ...lookups],
    address: facts.address ?? learntAddress(lookups, isListed),
  };
}
