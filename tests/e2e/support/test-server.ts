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
  | { type: 'redirect'; location: string };

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

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
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
      case 'ok': {
        const pathname = path.split('?')[0] ?? '/';
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
