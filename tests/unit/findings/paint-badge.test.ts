import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../../lib/findings/badge';
import { paintBadge } from '../../../lib/findings/paint-badge';
import type { TabFindings } from '../../../lib/findings/tab-findings';
import { finding } from '../helpers/finding';
import { messagesTranslate } from '../helpers/messages-translate';

/** An action API that keeps what it was told, per call kind; `withTextColor` as in Chrome 110+ and Firefox. */
function recordingAction(withTextColor: boolean) {
  const calls: Record<string, unknown[]> = {};
  const record = (name: string) => async (details: unknown) => void (calls[name] ??= []).push(details);
  const action = {
    setBadgeText: record('text'),
    setBadgeBackgroundColor: record('background'),
    setTitle: record('title'),
    ...(withTextColor ? { setBadgeTextColor: record('textColor') } : {}),
  };
  return { action, calls };
}

const tab: TabFindings = {
  tabId: 7,
  pageUrl: 'https://blocked.example/',
  pageHost: 'blocked.example',
  navigationId: '1',
  findings: [finding({ cause: 'listed' })],
};

describe('paintBadge', () => {
  it('sets the count, both colours and the title on the tab', async () => {
    const { action, calls } = recordingAction(true);
    await paintBadge(action, messagesTranslate('en'), 7, tab);
    const badge = badgeFor(tab.findings);
    expect(calls.text).toEqual([{ tabId: 7, text: '1' }]);
    expect(calls.background).toEqual([{ tabId: 7, color: badge.color }]);
    expect(calls.textColor).toEqual([{ tabId: 7, color: badge.textColor }]);
    expect(calls.title).toEqual([{ tabId: 7, title: messagesTranslate('en')('badge_title_blocked', ['1']) }]);
  });

  it('leaves the text colour to browsers without setBadgeTextColor', async () => {
    const { action, calls } = recordingAction(false);
    await paintBadge(action, messagesTranslate('en'), 7, tab);
    expect(calls.text).toEqual([{ tabId: 7, text: '1' }]);
    expect(calls.textColor).toBeUndefined();
  });
});
