// A bare extension that reports every webRequest event to a loopback log: what Chromium and Firefox
// tell an extension about a request, before Blocklens reads anything into it. The transfer-events
// tests measure with it how each browser reports a transfer broken after the response started.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RequestEvent {
  /** The order the probe saw the events in. */
  seq: number;
  event: string;
  requestId: string;
  url: string;
  type: string;
  tabId: number;
  timeStamp: number;
  error?: string;
  statusCode?: number;
  contentType?: string;
}

const EVENTS = [
  'onBeforeRequest',
  'onSendHeaders',
  'onHeadersReceived',
  'onResponseStarted',
  'onBeforeRedirect',
  'onCompleted',
  'onErrorOccurred',
];

/** The probe's worker (Chromium) or event page (Firefox): one listener per event, every URL. */
function backgroundScript(logUrl: string): string {
  return `const api = globalThis.browser ?? globalThis.chrome;
let seq = 0;
let pending = [];
// Posted in batches: one connection to the log at a time, whatever the page does.
setInterval(() => {
  if (pending.length === 0) return;
  const batch = pending;
  pending = [];
  fetch(${JSON.stringify(logUrl)}, { method: 'POST', body: JSON.stringify(batch) }).catch(() => {});
}, 200);
const withHeaders = ['onHeadersReceived', 'onResponseStarted'];
for (const event of ${JSON.stringify(EVENTS)}) {
  const listener = (d) => {
    if (d.url.startsWith(${JSON.stringify(logUrl)})) return;
    const contentType = d.responseHeaders?.find((h) => h.name.toLowerCase() === 'content-type')?.value;
    pending.push({ seq: ++seq, event, requestId: d.requestId, url: d.url, type: d.type, tabId: d.tabId,
      timeStamp: d.timeStamp, error: d.error, statusCode: d.statusCode, contentType });
  };
  // Firefox refuses a third argument, even undefined, for events that take none (onErrorOccurred).
  if (withHeaders.includes(event)) api.webRequest[event].addListener(listener, { urls: ['<all_urls>'] }, ['responseHeaders']);
  else api.webRequest[event].addListener(listener, { urls: ['<all_urls>'] });
}
`;
}

/** The loopback server the probe posts its events to. */
export class EventLog {
  readonly events: RequestEvent[] = [];

  private constructor(private readonly server: Server) {}

  static async start(): Promise<EventLog> {
    let log: EventLog | undefined;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        log?.events.push(...(JSON.parse(Buffer.concat(chunks).toString('utf8')) as RequestEvent[]));
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    log = new EventLog(server);
    return log;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/log`;
  }

  /** The events of every request to `url`, each request's in the order the probe saw them. */
  requestsTo(url: string): RequestEvent[][] {
    const byRequest = new Map<string, RequestEvent[]>();
    for (const event of [...this.events].sort((a, b) => a.seq - b.seq)) {
      if (event.url !== url) continue;
      byRequest.set(event.requestId, [...(byRequest.get(event.requestId) ?? []), event]);
    }
    return [...byRequest.values()];
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Writes the probe into a fresh folder that both browsers load (Firefox reads `scripts`, Chromium the worker). */
export async function writeEventProbe(logUrl: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'blocklens-event-probe-'));
  const manifest = {
    manifest_version: 3,
    name: 'Blocklens event probe',
    version: '1.0',
    permissions: ['webRequest'],
    host_permissions: ['<all_urls>'],
    background: { service_worker: 'background.js', scripts: ['background.js'] },
    browser_specific_settings: { gecko: { id: 'event-probe@blocklens.test' } },
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(dir, 'background.js'), backgroundScript(logUrl));
  return dir;
}

/**
 * A request's events as one line: "onBeforeRequest > … > onErrorOccurred(net::ERR_CONNECTION_RESET)
 * +312ms", the time counted from the response's start (or the request's, when it never started).
 */
export function eventLine(events: readonly RequestEvent[]): string {
  const started = events.find((e) => e.event === 'onResponseStarted') ?? events[0];
  const names = events.map((e) => (e.error ? `${e.event}(${e.error})` : e.event));
  const last = events.at(-1);
  const elapsed = started && last ? Math.round(last.timeStamp - started.timeStamp) : 0;
  return `${names.join(' > ')} +${elapsed}ms`;
}
