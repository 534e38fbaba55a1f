// The popup's headline for a tab: what happened to the page itself, else to its parts.
import type { Cause, Finding, Verdict } from '@blocklens/vocabulary';
import { listedParentOf } from '../explain/list-hits';
import { worstCause } from '../findings/worst-cause';

export type Headline =
  /**
   * The page's own document failed; `host` is its worst main-frame host. `parent` is set when that
   * host is listed only through the exact entry of this parent domain (list-hits.ts). `network` is
   * set when that host is collateral damage of its hosting network being cut as a whole.
   */
  | { scope: 'page'; cause: Cause; host: string; parent?: string; network?: string }
  /**
   * The page loaded (as far as Blocklens saw) but some of its parts failed. `network` is set when
   * every part of the worst cause is collateral damage of that one hosting network being cut.
   */
  | { scope: 'parts'; cause: Cause; network?: string }
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
    const network = cutNetworkOf([worst]);
    return {
      verdict,
      headline: {
        scope: 'page',
        cause: verdict,
        host: worst.host,
        ...(parent !== null ? { parent } : {}),
        ...(network !== null ? { network } : {}),
      },
    };
  }
  const parts = worstCause(findings);
  if (parts === 'none') return { verdict, headline: { scope: 'clear' } };
  const network = cutNetworkOf(findings.filter((f) => f.cause === parts));
  return { verdict, headline: { scope: 'parts', cause: parts, ...(network !== null ? { network } : {}) } };
}

/** The one hosting network whose cut explains every one of these findings (rules network-*), or null. */
function cutNetworkOf(findings: readonly Finding[]): string | null {
  const names = new Set(
    findings.map((f) =>
      f.cause === 'collateral' && f.mechanism === 'throttle'
        ? (f.evidence.find((item) => item.type === 'network')?.name ?? null)
        : null,
    ),
  );
  const [name] = names;
  return names.size === 1 && name !== undefined && name !== null ? name : null;
}
