// Shows a tab's badge in the toolbar; the action API is passed in.
import type { Translate } from '../explain/translate';
import { badgeFor } from './badge';
import type { TabFindings } from './tab-findings';

interface ActionLike {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  /** Chrome 110+ and Firefox; older browsers pick the text colour themselves. */
  setBadgeTextColor?(details: { tabId: number; color: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
}

export async function paintBadge(action: ActionLike, t: Translate, tabId: number, tab: TabFindings): Promise<void> {
  const badge = badgeFor(tab.findings);
  const title =
    badge.blockedHosts === 0 ? t('extName') : t('badge_title_blocked', [String(badge.blockedHosts)]);
  await Promise.all([
    action.setBadgeText({ tabId, text: badge.text }),
    action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    action.setBadgeTextColor?.({ tabId, color: badge.textColor }),
    action.setTitle({ tabId, title }),
  ]);
}
