// The order and grouping of a tab's findings in the popup: what a person should read first.
import type { Cause, Finding } from '@blocklens/vocabulary';
import { compareCauses } from '../findings/worst-cause';

/** Causes that mean "blocked"; hosts with other causes are collapsed on a busy page. */
const PROMINENT_CAUSES: readonly Cause[] = ['listed', 'collateral', 'suspected'];

/** Main frame first, then the worst cause, then the most failed requests; ties by host name. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    Number(b.mainFrame) - Number(a.mainFrame) ||
    compareCauses(a.cause, b.cause) ||
    b.count - a.count ||
    a.host.localeCompare(b.host)
  );
}

export interface ArrangedFindings {
  /** Shown from the start: the page's own hosts and every host that looks blocked. */
  prominent: Finding[];
  /** Hosts that failed for other reasons, behind a toggle. */
  rest: Finding[];
}

export function arrangeFindings(findings: readonly Finding[]): ArrangedFindings {
  const ordered = [...findings].sort(compareFindings);
  const isProminent = (f: Finding) => f.mainFrame || PROMINENT_CAUSES.includes(f.cause);
  return { prominent: ordered.filter(isProminent), rest: ordered.filter((f) => !isProminent(f)) };
}
