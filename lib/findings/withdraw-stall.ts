// A transfer judged stalled that completed after all: slow, not frozen. Its stall is taken out of the
// host's kinds and count; what else it brought (an example URL, the last time seen, the main-frame
// mark) stays, as those facts are merged and not kept per observation.
import type { HostFacts } from '@blocklens/vocabulary';

/** The host's facts without one stall; null when that stall was all there was. */
export function withoutOneStall<T extends HostFacts>(facts: T): T | null {
  const stalls = facts.kinds['http-stall'] ?? 0;
  if (stalls === 0) return facts;
  if (facts.count <= 1) return null;
  const kinds = { ...facts.kinds };
  if (stalls > 1) kinds['http-stall'] = stalls - 1;
  else delete kinds['http-stall'];
  return { ...facts, kinds, count: facts.count - 1 };
}
