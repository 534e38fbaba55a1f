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
