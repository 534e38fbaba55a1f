// What the worker keeps for one tab in storage.session, and where: the popup reads the same records.
// A tab is stored as an index (`tab:N`: the page and its hosts in display order) and one record per
// host (`tab:N:host`), so a failure rewrites its host's record, not the whole tab.
import type { Finding } from '@blocklens/vocabulary';

/** Failures a tab did not keep: past its bound of hosts, or given up when storage ran short. */
export interface DroppedFailures {
  /** Hosts whose finding was not kept (each counted once while the worker runs). */
  hosts: number;
  /** Failed requests of those hosts. */
  requests: number;
}

export interface TabFindings {
  tabId: number;
  /** The top-level page the findings belong to, as keptUrl() keeps it (shown in the popup, never reported). */
  pageUrl: string;
  pageHost: string;
  /** The request id of the top-level navigation; a new one starts the tab afresh. */
  navigationId: string;
  /** One finding per host, main frame first, then by first failure. */
  findings: Finding[];
  dropped?: DroppedFailures;
  /** Who answered the top-level document, once its response started (absent until then). */
  page?: PageAnswer;
}

/** The top-level document's answer, as far as the findings need it (page-answer.ts). */
export interface PageAnswer {
  /** The host that answered the document. */
  host: string;
  /** It answered from a private or loopback address (a bogon, failures/sinkhole.ts). */
  bogon: boolean;
  /** The page loaded: its status is no failure, and it is no block page. */
  loaded: boolean;
}

/** What is stored under tabFindingsKey(): the tab without its findings, and the hosts that have one. */
export interface StoredTab extends Omit<TabFindings, 'findings'> {
  /** In display order; each has its finding under hostFindingKey(). */
  hosts: string[];
}

export const tabFindingsKey = (tabId: number): string => `tab:${tabId}`;
export const hostFindingKey = (tabId: number, host: string): string => `tab:${tabId}:${host}`;

/** Whether `key` holds part of the tab: its index or one of its findings. */
export function isTabKey(tabId: number, key: string): boolean {
  return key === tabFindingsKey(tabId) || key.startsWith(`${tabFindingsKey(tabId)}:`);
}

/** The keys of the findings a stored index names. */
export function findingKeysOf(tab: StoredTab): string[] {
  return tab.hosts.map((host) => hostFindingKey(tab.tabId, host));
}

export function storedTabOf({ findings, ...tab }: TabFindings): StoredTab {
  return { ...tab, hosts: findings.map((finding) => finding.host) };
}

/**
 * The tab as stored, from `values` holding its index and the findings that index names (a finding
 * not there, as between two writes, is left out); undefined without an index.
 */
export function tabFindingsFrom(values: Record<string, unknown>, tabId: number): TabFindings | undefined {
  const stored = values[tabFindingsKey(tabId)] as StoredTab | undefined;
  // A record of another layout (storage.session outlives nothing but a worker restart) is no tab.
  if (!stored || !Array.isArray(stored.hosts)) return undefined;
  const { hosts, ...tab } = stored;
  const findings = hosts.flatMap((host) => {
    const finding = values[hostFindingKey(tabId, host)] as Finding | undefined;
    return finding ? [finding] : [];
  });
  return { ...tab, findings };
}
