// A loopback front for the collector that a test switches between passing requests through and the
// ways a collector fails: refusing connections, answering an error status, losing its answer. It
// keeps every exchange, so a test sees exactly what reached it and what went back.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ProxyMode =
  | { type: 'pass' }
  /** Nothing listens on the port: the browser's connections are refused. */
  | { type: 'refuse' }
  /** Answers the status itself, without asking the collector. */
  | { type: 'status'; status: number; retryAfter?: string }
  /** Passes the request on, then closes the connection without the collector's answer. */
  | { type: 'lose-answer' };

export interface Exchange {
  /** When the request arrived (ms since the epoch). */
  at: number;
  method: string;
  path: string;
  body: string;
  /** The status the browser got, or null when the answer was withheld. */
  status: number | null;
  /** The collector's answer when it was asked, whether or not the browser got it. */
  upstream: { status: number; body: string } | null;
}

// Hop-by-hop and length headers are the proxy's own business; everything else passes unchanged.
const OWN_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding']);

export class FaultProxy {
  readonly exchanges: Exchange[] = [];
  private mode: ProxyMode = { type: 'pass' };
  private server: Server | null = null;
  /** Chosen by the system at start, then kept: the extension is told this address once. */
  private port = 0;

  private constructor(private readonly target: string) {}

  /** Listens on 127.0.0.1 in front of `target` (the collector's base URL), passing requests through. */
  static async start(target: string): Promise<FaultProxy> {
    const proxy = new FaultProxy(target);
    proxy.port = await proxy.listen(0);
    return proxy;
  }

  /** The base URL to give the extension as its collector. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Takes effect for the next connection: every answer closes its connection. */
  async set(mode: ProxyMode): Promise<void> {
    this.mode = mode;
    if (mode.type === 'refuse') await this.unlisten();
    else if (this.server === null) await this.listen(this.port);
  }

  async close(): Promise<void> {
    await this.unlisten();
  }

  private listen(port: number): Promise<number> {
    const server = createServer((request, response) => void this.answer(request, response));
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
    });
  }

  private async unlisten(): Promise<void> {
    const server = this.server;
    if (server === null) return;
    this.server = null;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const exchange: Exchange = {
      at: Date.now(),
      method: request.method ?? 'GET',
      path: request.url ?? '/',
      body: Buffer.concat(chunks).toString('utf8'),
      status: null,
      upstream: null,
    };
    this.exchanges.push(exchange);
    const mode = this.mode;
    if (mode.type === 'status') {
      exchange.status = mode.status;
      const retryAfter = mode.retryAfter === undefined ? {} : { 'retry-after': mode.retryAfter };
      response.writeHead(mode.status, { connection: 'close', 'content-type': 'application/json', ...retryAfter });
      response.end(JSON.stringify({ error: `fault proxy: ${mode.status}` }));
      return;
    }
    const upstream = await fetch(new URL(exchange.path, this.target), {
      method: exchange.method,
      headers: forwardedHeaders(request),
      body: exchange.method === 'GET' || exchange.method === 'HEAD' ? undefined : exchange.body,
    });
    const body = await upstream.text();
    exchange.upstream = { status: upstream.status, body };
    if (mode.type === 'lose-answer') {
      request.socket.destroy();
      return;
    }
    exchange.status = upstream.status;
    const headers: Record<string, string> = { connection: 'close' };
    upstream.headers.forEach((value, name) => {
      if (!OWN_HEADERS.has(name)) headers[name] = value;
    });
    response.writeHead(upstream.status, headers);
    response.end(body);
  }
}

/** What the collector needs to see of the browser's request: its content type and origin (for CORS). */
function forwardedHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of ['content-type', 'origin']) {
    const value = request.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  return headers;
}
