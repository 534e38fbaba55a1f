// Ranks causes by how bad they are for the person (vocabulary.ts CAUSES order, worst first).
import { CAUSES, type Cause, type Verdict } from '@blocklens/vocabulary';

/** Negative when `a` is worse than `b`: sorts worst first. */
export function compareCauses(a: Cause, b: Cause): number {
  return CAUSES.indexOf(a) - CAUSES.indexOf(b);
}

/** The worst cause among `findings`, or `none` when there are none. */
export function worstCause(findings: readonly { cause: Cause }[]): Verdict {
  return CAUSES.find((cause) => findings.some((f) => f.cause === cause)) ?? 'none';
}
