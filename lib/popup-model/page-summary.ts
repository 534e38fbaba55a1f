// The popup's headline for a tab: what happened to the page itself, else to its parts.
import type { Cause, Finding, Verdict } from '@blocklens/vocabulary';
import { listedParentOf } from '../explain/list-hits';
import { worstCause } from '../findings/worst-cause';

export type Headline =
  /**
   * The page's own document failed; `host` is its worst main-frame host. `parent` is set when that
   * host is listed only through the exact entry of this parent domain (list-hits.ts).
   */
  | { scope: 'page'; cause: Cause; host: string; parent?: string }
  /** The page loaded (as far as Blocklens saw) but some of its parts failed. */
  | { scope: 'parts'; cause: Cause }
  | { scope: 'clear' };

export interface PageSummary {
  /** The `data-verdict` marker: the worst cause of the main frame's findings, or `none`. */
  verdict: Verdict;
  headline: Headline;
}

export function summarisePage(findings: readonly Finding[]): PageSummary {
  const mainFrame = findings.filter((f) => f.mainFrame);
  const verdict = worstCause(mainFrame);
  if (verdict !== 'none') {
    const worst = mainFrame
      .filter((f) => f.cause === verdict)
      .reduce((a, b) => (b.count > a.count ? b : a));
    const parent = verdict === 'listed' ? listedParentOf(worst) : null;
    return {
      verdict,
      headline: { scope: 'page', cause: verdict, host: worst.host, ...(parent !== null ? { parent } : {}) },
    };
  }
  const parts = worstCause(findings);
  return { verdict, headline: parts === 'none' ? { scope: 'clear' } : { scope: 'parts', cause: parts } };
}
