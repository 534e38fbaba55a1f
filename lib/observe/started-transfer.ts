// A request whose response has started: the server answered (headers received) and the body is on
// its way. What Blocklens needs of it to tell a cut (a later error) and a stall (no end in time).
import type { ResponseStartedDetails } from './request-details';

/** A response started this long ago and not finished is a stall (vocabulary.md, `http-stall`). */
export const STALL_AFTER_MS = 20_000;

export interface StartedTransfer {
  tabId: number;
  /** As the browser reported it, or only as keptUrl() keeps it once it was written to storage. */
  url: string;
  /** The webRequest resource type. */
  type: string;
  /** The server address the browser reported, if any. */
  ip?: string;
  /** When the response started (webRequest's timeStamp, ms since the epoch). */
  startedAt: number;
  /** Whether it can stall: false for transfers long by nature (media, WebSocket, event streams). */
  watched: boolean;
  /** A stall was judged for it: it is not judged twice, and is taken back if the transfer completes. */
  judged?: true;
}

/**
 * Transfers that are long by nature and never a stall: audio and video (fetched in ranges, paused
 * at will) and WebSocket connections. Firefox names them as Chromium does.
 */
const LONG_BY_NATURE: ReadonlySet<string> = new Set(['media', 'websocket']);

/** A stream of server events (EventSource, or a fetch() that reads one) stays open by design. */
function isEventStream(details: ResponseStartedDetails): boolean {
  const headers = details.responseHeaders;
  if (headers === undefined) return false;
  for (const header of headers) {
    if (header.name.length === 12 && header.name.toLowerCase() === 'content-type') {
      return header.value?.trimStart().toLowerCase().startsWith('text/event-stream') === true;
    }
  }
  return false;
}

/** A tab's response that started, or null for requests of no tab (the extension's own, service workers). */
export function startedTransfer(details: ResponseStartedDetails): StartedTransfer | null {
  if (details.tabId < 0) return null;
  return {
    tabId: details.tabId,
    url: details.url,
    type: details.type,
    ...(details.ip ? { ip: details.ip } : {}),
    startedAt: details.timeStamp,
    watched: !LONG_BY_NATURE.has(details.type) && !isEventStream(details),
  };
}
