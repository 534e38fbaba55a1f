// A finding's evidence: the raw facts and every list record behind the hits, flattened.
import type { Evidence, HostFacts } from '@blocklens/vocabulary';
import type { ListHit } from '../blocklist/format/types';
import type { HostHits } from './list-hits';

/** One item per record: the same entry may be named by several decisions. */
function listEvidence({ type, entry, records }: ListHit): Evidence[] {
  return records.map((record) => ({ type, entry, ...record }));
}

/** The host's address, then every other address a resolver gave, each once per source. */
function addressEvidence(facts: HostFacts): Evidence[] {
  const known = [
    ...(facts.address ? [facts.address] : []),
    ...(facts.lookups ?? []).flatMap((lookup) => lookup.addresses.map((address) => ({ address, source: lookup.source }))),
  ];
  const seen = new Set<string>();
  return known.flatMap((fact): Evidence[] => {
    const key = `${fact.source} ${fact.address}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ type: 'address', ...fact }];
  });
}

export function evidenceOf(facts: HostFacts, hits: HostHits): Evidence[] {
  return [
    ...facts.errors.map((error): Evidence => ({ type: 'error', error })),
    ...facts.statuses.map((status): Evidence => ({ type: 'status', status })),
    ...facts.redirects.map((host): Evidence => ({ type: 'redirect', host })),
    ...[...hits.host, ...hits.url, ...hits.address].flatMap(listEvidence),
    ...addressEvidence(facts),
    ...(hits.network ? [{ type: 'network' as const, ...hits.network }] : []),
  ];
}
