// A finding's evidence: the raw facts and every list record behind the hits, flattened.
import type { ListHit } from '../blocklist/types';
import type { Evidence, HostFacts } from '../findings/vocabulary';
import type { HostHits } from './list-hits';

/** One item per record: the same entry may be named by several decisions. */
function listEvidence({ type, entry, records }: ListHit): Evidence[] {
  return records.map((record) => ({ type, entry, ...record }));
}

export function evidenceOf(facts: HostFacts, hits: HostHits): Evidence[] {
  return [
    ...facts.errors.map((error): Evidence => ({ type: 'error', error })),
    ...facts.statuses.map((status): Evidence => ({ type: 'status', status })),
    ...facts.redirects.map((host): Evidence => ({ type: 'redirect', host })),
    ...[...hits.host, ...hits.url, ...hits.address].flatMap(listEvidence),
    ...(facts.address ? [{ type: 'address' as const, ...facts.address }] : []),
  ];
}
