// The headline verdict for the tab; carries the page's `data-verdict` marker (vocabulary.md).
import type { Cause, Finding } from '@blocklens/vocabulary';
import type { Translate } from '../../lib/explain/translate';
import { summarisePage } from '../../lib/popup-model/page-summary';

const PAGE_HEADLINES: Record<Cause, string> = {
  listed: 'popup_verdict_page_listed',
  collateral: 'popup_verdict_page_collateral',
  suspected: 'popup_verdict_page_suspected',
  'site-problem': 'popup_verdict_page_site_problem',
  local: 'popup_verdict_page_local',
  unknown: 'popup_verdict_page_unknown',
};

const PARTS_HEADLINES: Record<Cause, string> = {
  listed: 'popup_verdict_parts_listed',
  collateral: 'popup_verdict_parts_collateral',
  suspected: 'popup_verdict_parts_suspected',
  'site-problem': 'popup_verdict_parts_site_problem',
  local: 'popup_verdict_parts_local',
  unknown: 'popup_verdict_parts_unknown',
};

export function VerdictSummary({ findings, t }: { findings: readonly Finding[]; t: Translate }) {
  const { verdict, headline } = summarisePage(findings);
  const tone = headline.scope === 'clear' ? 'clear' : headline.cause;
  const text =
    headline.scope === 'page'
      ? headline.parent !== undefined
        ? t('popup_verdict_page_listed_parent', [headline.host, headline.parent])
        : headline.network !== undefined
          ? t('popup_verdict_page_collateral_network', [headline.host, headline.network])
          : t(PAGE_HEADLINES[headline.cause], [headline.host])
      : headline.scope === 'parts'
        ? headline.network !== undefined
          ? t('popup_verdict_parts_collateral_network', [headline.network])
          : t(PARTS_HEADLINES[headline.cause])
        : t('popup_verdict_clear');
  return (
    <section class={`verdict tone-${tone}`} data-verdict={verdict} aria-live="polite">
      <h1 class="verdict-text">{text}</h1>
    </section>
  );
}
