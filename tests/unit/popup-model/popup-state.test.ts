import { describe, expect, it } from 'vitest';
import { BLOCKLIST_STATUS_KEY, type BlocklistStatus } from '../../../lib/blocklist/owner/blocklist-status';
import { hostFindingKey, storedTabOf, tabFindingsKey, type TabFindings } from '../../../lib/findings/tab-findings';
import { NETWORK_MODE_KEY, type NetworkModeRecord } from '../../../lib/network-mode/network-mode-record';
import {
  popupFindingKeys,
  popupStateFrom,
  popupStorageKeys,
  popupWatches,
  requestedTabId,
} from '../../../lib/popup-model/popup-state';
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
  const NOW = 1_700_000_000_000;
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
      counts: { domains: 1, wildcards: 0, urls: 0, ipv4: 0, ipv6: 0, records: 1, networks: 0 },
    },
  };

  const stored = {
    [tabFindingsKey(7)]: storedTabOf(tab),
    [hostFindingKey(7, 'page.example')]: tab.findings[0],
    [BLOCKLIST_STATUS_KEY]: ready,
  };

  it('reads the tab\'s index, the list status and the network mode, then the findings the index names', () => {
    expect(popupStorageKeys(7)).toEqual([tabFindingsKey(7), BLOCKLIST_STATUS_KEY, NETWORK_MODE_KEY]);
    expect(popupFindingKeys(stored, 7)).toEqual([hostFindingKey(7, 'page.example')]);
    expect(popupFindingKeys({}, 7)).toEqual([]);
  });

  it('follows changes of the tab\'s index, its findings, the list and the network mode, not of other tabs', () => {
    expect(popupWatches(7, tabFindingsKey(7))).toBe(true);
    expect(popupWatches(7, hostFindingKey(7, 'cdn.example'))).toBe(true);
    expect(popupWatches(7, BLOCKLIST_STATUS_KEY)).toBe(true);
    expect(popupWatches(7, NETWORK_MODE_KEY)).toBe(true);
    expect(popupWatches(7, tabFindingsKey(70))).toBe(false);
    expect(popupWatches(7, hostFindingKey(70, 'cdn.example'))).toBe(false);
    expect(popupWatches(7, 'crowd')).toBe(false);
  });

  it('shows the stored findings and list', () => {
    expect(popupStateFrom(stored, 7, 'https://elsewhere.example/', NOW)).toEqual({
      phase: 'ready',
      pageHost: 'page.example',
      findings: tab.findings,
      blocklist: ready,
      networkMode: 'unrestricted',
    });
  });

  it('shows the allow-list verdict until it lapses', () => {
    const record: NetworkModeRecord = {
      hung: [],
      loaded: [],
      allowList: { hungSites: ['a.example', 'b.example', 'c.example', 'd.example'], loadedSites: ['ok.example'], until: NOW + 1000 },
    };
    const values = { ...stored, [NETWORK_MODE_KEY]: record };
    expect(popupStateFrom(values, 7, '', NOW)).toMatchObject({ networkMode: 'allow-list' });
    expect(popupStateFrom(values, 7, '', NOW + 1000)).toMatchObject({ networkMode: 'unrestricted' });
    expect(popupStateFrom({ ...stored, [NETWORK_MODE_KEY]: { ...record, allowList: null } }, 7, '', NOW)).toMatchObject({ networkMode: 'unrestricted' });
    expect(popupStateFrom({ ...stored, [NETWORK_MODE_KEY]: 'garbage' }, 7, '', NOW)).toMatchObject({ networkMode: 'unrestricted' });
  });

  it('says how many failing hosts the tab did not keep', () => {
    const dropped = { hosts: 100, requests: 140 };
    const values = { ...stored, [tabFindingsKey(7)]: storedTabOf({ ...tab, dropped }) };
    expect(popupStateFrom(values, 7, '', NOW)).toMatchObject({ findings: tab.findings, dropped });
  });

  it('leaves out a finding the index names before it is written', () => {
    const values = { ...stored, [tabFindingsKey(7)]: { ...storedTabOf(tab), hosts: ['page.example', 'late.example'] } };
    expect(popupStateFrom(values, 7, '', NOW)).toMatchObject({ findings: tab.findings });
  });

  it('has no findings for a tab without a record, and takes its host from the tab URL', () => {
    expect(popupStateFrom({}, 7, 'https://quiet.example/path', NOW)).toEqual({
      phase: 'ready',
      pageHost: 'quiet.example',
      findings: [],
      blocklist: { state: 'loading' },
      networkMode: 'unrestricted',
    });
    expect(popupStateFrom({}, 7, 'chrome://newtab/', NOW)).toMatchObject({ pageHost: '' });
  });
});
