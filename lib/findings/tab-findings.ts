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

export const tabFindingsKey = (tabId: number): string => `tab:${tabId}`;
