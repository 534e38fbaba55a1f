// One failed request reduced to the facts the findings need.
import type { FailureKind } from '@blocklens/vocabulary';

export interface Observation {
  tabId: number;
  host: string;
  url: string;
  mainFrame: boolean;
  kind: FailureKind;
  /** The raw browser error, for error events. */
  error?: string;
  /** The HTTP status, for failing responses. */
  status?: number;
  /** The block-page host a redirect went to. */
  redirectHost?: string;
  /** The server address the browser reported for this very request. */
  ip?: string;
  time: number;
}

/** The top-level document's response, as it started: who answered the page, and whether it loaded. */
export interface PageResponse {
  tabId: number;
  host: string;
  url: string;
  status: number;
  /** The server address the browser reported for the document. */
  ip?: string;
  /**
   * The page loaded: a status that is no failure (kind-from-status.ts), neither from a known block-page
   * address nor a block page's own URL.
   */
  loaded: boolean;
  time: number;
}
