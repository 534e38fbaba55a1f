// A loopback HTTP server whose behaviour a test switches between a working site and the ways a
// blocked (or broken) site fails. Every answer closes the connection, so a switch takes effect on
// the very next request.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Behaviour =
  /** 200: a registered page for the path, a 1x1 PNG for `*.png`, or a small HTML page. */
  | { type: 'ok' }
  /** Accept, read the request, then reset: Chromium reports net::ERR_CONNECTION_RESET. */
  | { type: 'reset' }
  /** Read the request and close without a byte: net::ERR_EMPTY_RESPONSE. */
  | { type: 'empty' }
  | { type: 'status'; status: number }
  | { type: 'redirect'; location: string }
  /**
   * 200 with the headers and the first CUT_AFTER bytes of a longer body (its type by the path's
   * ending), then the transfer breaks as Russia's TSPU breaks it: the connection reset, closed, or
   * left silent (held open, nothing more sent). The length is announced unless `chunked`.
   */
  | { type: 'cut'; then: 'reset' | 'close' | 'silent'; chunked?: boolean };

/** Bytes of body sent before a cut: the ~16 KB after which TSPU breaks transfers since 2025-06. */
export const CUT_AFTER = 16 * 1024;
/** The length a cut body announces: four times what arrives. */
const CUT_BODY_LENGTH = 4 * CUT_AFTER;
/** Time for the browser to read what was sent before the reset (an RST may drop unread data). */
const READ_BEFORE_RESET_MS = 150;

// The smallest valid PNG: one transparent pixel.
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

export class TestServer {
  behaviour: Behaviour = { type: 'ok' };
  /** Requests received, by path (including the query). */
  readonly requests: string[] = [];
  private readonly pages = new Map<string, string>();
  private readonly statuses = new Map<string, number>();
  private readonly slow = new Map<string, number>();
  private readonly server: Server;

  private constructor(readonly address: string) {
    // Node refuses a request line over 16 KB with 431; the hostile-page scenarios send longer paths.
    this.server = createServer({ maxHeaderSize: 64 * 1024 }, (req, res) => this.answer(req, res));
  }

  /** Listens on `address` (inside 127.0.0.0/8) on a port the system picks. */
  static async start(address: string): Promise<TestServer> {
    const server = new TestServer(address);
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.server.listen(0, address, () => resolve());
    });
    return server;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** The URL of `path` on this server under a test host name. */
  url(host: string, path = '/'): string {
    return `http://${host}:${this.port}${path}`;
  }

  set(behaviour: Behaviour): this {
    this.behaviour = behaviour;
    return this;
  }

  /** Serves `html` at `path` while the behaviour is `ok`. */
  page(path: string, html: string): this {
    this.pages.set(path, html);
    return this;
  }

  /** Answers `status` (with a small HTML page) at `path` while the behaviour is `ok`. */
  statusAt(path: string, status: number): this {
    this.statuses.set(path, status);
    return this;
  }

  /**
   * Answers `path` slowly while the behaviour is `ok`: the headers and the first CUT_AFTER bytes at
   * once, the rest `ms` later, and then the transfer completes (slow, not frozen).
   */
  slowAt(path: string, ms: number): this {
    this.slow.set(path, ms);
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private cut(req: IncomingMessage, res: ServerResponse, cut: Extract<Behaviour, { type: 'cut' }>): void {
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    const length = cut.chunked ? {} : { 'Content-Length': String(CUT_BODY_LENGTH) };
    res.writeHead(200, { 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*', 'Content-Type': contentTypeOf(pathname), ...length });
    res.write(bodyStart(pathname), () => {
      if (cut.then === 'silent') return;
      setTimeout(() => (cut.then === 'reset' ? req.socket.resetAndDestroy() : req.socket.end()), READ_BEFORE_RESET_MS);
    });
  }

  private answer(req: IncomingMessage, res: ServerResponse): void {
    const path = req.url ?? '/';
    this.requests.push(path);
    // Pages fetch() from other test hosts: without CORS the browser would hide the answer from them.
    const headers = { Connection: 'close', 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' };
    const behaviour = this.behaviour;
    switch (behaviour.type) {
      case 'reset':
        req.socket.resetAndDestroy();
        return;
      case 'empty':
        req.socket.destroy();
        return;
      case 'status':
        res.writeHead(behaviour.status, { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><title>${behaviour.status}</title><p>Status ${behaviour.status}</p>`);
        return;
      case 'redirect':
        res.writeHead(302, { ...headers, Location: behaviour.location });
        res.end();
        return;
      case 'cut':
        this.cut(req, res, behaviour);
        return;
      case 'ok': {
        const pathname = path.split('?')[0] ?? '/';
        const slowMs = this.slow.get(pathname);
        if (slowMs !== undefined) {
          const start = bodyStart(pathname);
          res.writeHead(200, { ...headers, 'Content-Type': contentTypeOf(pathname), 'Content-Length': String(2 * start.length) });
          res.write(start);
          setTimeout(() => res.end(Buffer.alloc(start.length)), slowMs);
          return;
        }
        const status = this.statuses.get(pathname);
        if (status !== undefined) {
          res.writeHead(status, { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
          res.end(`<!doctype html><title>${status}</title><p>Status ${status}</p>`);
          return;
        }
        if (pathname.endsWith('.png')) {
          res.writeHead(200, { ...headers, 'Content-Type': 'image/png' });
          res.end(PIXEL);
          return;
        }
        const html = this.pages.get(pathname) ?? `<!doctype html><title>ok</title><p>ok ${pathname}</p>`;
        res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
        res.end(html);
      }
    }
  }
}

/** The Content-Type the test sites give a path: by its ending, HTML for anything else. */
export function contentTypeOf(pathname: string): string {
  if (pathname.endsWith('.png')) return 'image/png';
  if (pathname.endsWith('.js')) return 'text/javascript';
  if (pathname.endsWith('.json')) return 'application/json';
  return 'text/html; charset=utf-8';
}

/**
 * CUT_AFTER bytes that begin a body of the path's type, valid as far as they go: a page, a script or
 * data still loading, or a PNG (the pixel's signature and header) inside a long ancillary chunk.
 */
function bodyStart(pathname: string): Buffer {
  if (pathname.endsWith('.png')) {
    const header = PIXEL.subarray(0, 33);
    const chunk = Buffer.alloc(8);
    chunk.writeUInt32BE(CUT_BODY_LENGTH - header.length - 12);
    chunk.write('blOb', 4, 'latin1');
    return Buffer.concat([header, chunk, Buffer.alloc(CUT_AFTER - header.length - chunk.length)]);
  }
  const opening = pathname.endsWith('.js') || pathname.endsWith('.json') ? '/*' : '<!doctype html><title>loading</title><p>';
  return Buffer.from(opening.padEnd(CUT_AFTER, 'x'));
}
