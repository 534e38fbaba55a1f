// A loopback HTTPS server with a given certificate: the scenario is the certificate, so it answers
// every request that gets through the handshake with a small page.
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TestCertificate } from './test-certificates';

export class TlsSite {
  private constructor(private readonly server: Server) {}

  /** Listens on `address` (inside 127.0.0.0/8) on a port the system picks. */
  static async start(address: string, certificate: TestCertificate): Promise<TlsSite> {
    const server = createServer(certificate, (_request, response) => response.end('<!doctype html><title>ok</title>'));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, address, () => resolve());
    });
    return new TlsSite(server);
  }

  /** The URL of `path` on this server under a host name. */
  url(host: string, path = '/'): string {
    return `https://${host}:${(this.server.address() as AddressInfo).port}${path}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
