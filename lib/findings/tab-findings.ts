// What the worker keeps for one tab in storage.session, and where: the popup reads the same record.
import type { Finding } from '@blocklens/vocabulary';

export interface TabFindings {
  tabId: number;
  /** The top-level page the findings belong to (shown in the popup, never reported). */
  pageUrl: string;
  pageHost: string;
  /** The request id of the top-level navigation; a new one starts the tab afresh. */
  navigationId: string;
  /** One finding per host, main frame first, then by first failure. */
  findings: Finding[];
}

export const tabFindingsKey = (tabId: number): string => `tab:${tabId}`;
