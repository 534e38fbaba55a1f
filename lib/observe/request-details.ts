// The parts of webRequest event details Blocklens reads, declared here so lib/ needs no browser types.

export interface RequestDetails {
  requestId: string;
  /** -1 for requests that belong to no tab (the extension's own, service workers). */
  tabId: number;
  url: string;
  /** webRequest resource type: "main_frame", "sub_frame", "image", "xmlhttprequest", … */
  type: string;
  /** The server address, when the browser knows it (Chromium: null on resets, refusals, DNS failures). */
  ip?: string | null;
  timeStamp: number;
}

export interface ErrorDetails extends RequestDetails {
  error: string;
}

export interface CompletedDetails extends RequestDetails {
  statusCode: number;
}

export interface RedirectDetails extends RequestDetails {
  statusCode: number;
  redirectUrl: string;
}

export interface ResponseStartedDetails extends CompletedDetails {
  /** Present when the listener asked for them ("responseHeaders"). */
  responseHeaders?: readonly { name: string; value?: string }[];
}
