// Folds one failed request into what is known about its host on its tab.
import type { AddressFact, HostFacts } from '@blocklens/vocabulary';
import type { Observation } from '../observe/observation';

/** Raw strings kept per host: enough to show, bounded so a noisy page cannot grow storage. */
const MAX_DISTINCT = 5;

function withDistinct<T>(values: T[], value: T | undefined): T[] {
  if (value === undefined || values.includes(value) || values.length >= MAX_DISTINCT) return values;
  return [...values, value];
}

/**
 * `known` is the host's address from elsewhere (an earlier response); the request's own address
 * wins because it is what this very connection used.
 */
export function mergeObservation(
  facts: HostFacts | undefined,
  observation: Observation,
  known: AddressFact | null,
): HostFacts {
  const { recheck, ...base }: HostFacts = facts ?? {
    host: observation.host,
    mainFrame: false,
    url: observation.url,
    kinds: {},
    errors: [],
    statuses: [],
    redirects: [],
    address: null,
    count: 0,
    firstSeen: observation.time,
    lastSeen: observation.time,
  };
  const address: AddressFact | null = observation.ip
    ? { address: observation.ip, source: 'response' }
    : (known ?? base.address);
  return {
    ...base,
    // A failure after "check again" found the host loading makes that finding stale.
    ...(recheck && recheck.at > observation.time ? { recheck } : {}),
    mainFrame: base.mainFrame || observation.mainFrame,
    url: observation.mainFrame ? observation.url : base.url,
    kinds: { ...base.kinds, [observation.kind]: (base.kinds[observation.kind] ?? 0) + 1 },
    errors: withDistinct(base.errors, observation.error),
    statuses: withDistinct(base.statuses, observation.status),
    redirects: withDistinct(base.redirects, observation.redirectHost),
    address,
    count: base.count + 1,
    lastSeen: Math.max(base.lastSeen, observation.time),
  };
}
