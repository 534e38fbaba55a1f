// A loopback HTTP/2 site over TLS (certificate from the test authority): a small page that asks for
// large resources, and large pages, so that a TransferCutter in front breaks their transfers.
import { createSecureServer, type Http2SecureServer, type ServerHttp2Stream } from 'node:http2';
import type { AddressInfo } from 'node:net';
import type { TestCertificate } from '../../e2e-firefox/support/test-certificates';
import { contentTypeOf } from './test-server';

/** Large enough that every large resource is cut: four times what passes a cutter. */
const LARGE_BODY = 64 * 1024;

/** How long the headers travel alone before the body follows. */
const HEADERS_FIRST_MS = 30;

/**
 * Asks for a large image, script and fetch() at once, then a second later for one more image on the
 * same connection, after the cut.
 */
const PAGE = `<!doctype html><title>h2</title><script>fetch('/large.json').then((r) => r.text()).catch(() => {});
setTimeout(() => { const img = new Image(); img.src = '/late.png'; document.body.append(img); }, 1000);</script>
<img src="/large.png"><script async src="/large.js"></script>`;

export class H2Site {
  private constructor(private readonly server: Http2SecureServer) {}

  /** Listens on `address` (inside 127.0.0.0/8) on a port the system picks; HTTP/2 only. */
  static async start(address: string, certificate: TestCertificate): Promise<H2Site> {
    const server = createSecureServer({ ...certificate, allowHTTP1: false });
    server.on('stream', (stream, headers) => answer(stream, String(headers[':path'] ?? '/')));
    const site = new H2Site(server);
    await new Promise<void>((resolve) => server.listen(0, address, resolve));
    return site;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

function answer(stream: ServerHttp2Stream, path: string): void {
  stream.on('error', () => {});
  const body = path === '/page.html' ? Buffer.from(PAGE) : Buffer.alloc(path.startsWith('/large') ? LARGE_BODY : 2, 0x20);
  stream.respond({ ':status': 200, 'content-type': contentTypeOf(path), 'cache-control': 'no-store', 'content-length': body.length });
  // The headers go out in a TLS record of their own, as a server that has them before its body
  // sends them: a cut inside the body's first record then leaves them readable.
  setTimeout(() => stream.end(body), HEADERS_FIRST_MS);
}
