import { describe, expect, it } from 'vitest';
import { BLOCKLIST_STATUS_KEY, type BlocklistStatus } from '../../../lib/blocklist/owner/blocklist-status';
import { tabFindingsKey, type TabFindings } from '../../../lib/findings/tab-findings';
import { popupStateFrom, popupStorageKeys, requestedTabId } from '../../../lib/popup-model/popup-state';
import { finding } from '../helpers/finding';

describe('requestedTabId', () => {
  it('reads ?tabId=N', () => {
    expect(requestedTabId('?tabId=42')).toBe(42);
    expect(requestedTabId('?x=1&tabId=0')).toBe(0);
  });

  it('is null when absent or not a tab id', () => {
    expect(requestedTabId('')).toBeNull();
    expect(requestedTabId('?tabId=')).toBeNull();
    expect(requestedTabId('?tabId=-1')).toBeNull();
    expect(requestedTabId('?tabId=7abc')).toBeNull();
  });
});

describe('popupStateFrom', () => {
  const tab: TabFindings = {
    tabId: 7,
    pageUrl: 'https://page.example/a',
    pageHost: 'page.example',
    navigationId: '1',
    findings: [finding({ host: 'page.example', mainFrame: true })],
  };
  const ready: BlocklistStatus = {
    state: 'ready',
    info: {
      name: 'test',
      date: '2024-01-02',
      lists: [],
      built: '2024-01-03T00:00:00Z',
      counts: { domains: 1, wildcards: 0, urls: 0, ipv4: 0, ipv6: 0, records: 1 },
    },
  };

  it('watches the tab record and the blocklist status', () => {
    expect(popupStorageKeys(7)).toEqual([tabFindingsKey(7), BLOCKLIST_STATUS_KEY]);
  });

  it('shows the stored findings and list', () => {
    const values = { [tabFindingsKey(7)]: tab, [BLOCKLIST_STATUS_KEY]: ready };
    expect(popupStateFrom(values, 7, 'https://elsewhere.example/')).toEqual({
      phase: 'ready',
      pageHost: 'page.example',
      findings: tab.findings,
      blocklist: ready,
    });
  });

  it('has no findings for a tab without a record, and takes its host from the tab URL', () => {
    expect(popupStateFrom({}, 7, 'https://quiet.example/path')).toEqual({
      phase: 'ready',
      pageHost: 'quiet.example',
      findings: [],
      blocklist: { state: 'loading' },
    });
    expect(popupStateFrom({}, 7, 'chrome://newtab/')).toMatchObject({ pageHost: '' });
  });
});
