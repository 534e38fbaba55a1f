// A loopback server that accepts connections and never sends a byte: the browser's TLS ClientHello
// gets no ServerHello, as for every unlisted site on a network restricted to an allow list.
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export class SilentServer {
  private readonly sockets = new Set<Socket>();
  private readonly server: Server;
  /** Connections the browser opened, whether it still waits on them or gave up. */
  accepted = 0;

  private constructor() {
    this.server = createServer((socket) => {
      this.accepted++;
      this.sockets.add(socket);
      // Read and drop what the browser sends, so its writes never block; answer nothing.
      socket.on('data', () => {});
      socket.on('error', () => {});
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  /** Listens on `address` (inside 127.0.0.0/8) on a port the system picks. */
  static async start(address: string): Promise<SilentServer> {
    const silent = new SilentServer();
    await new Promise<void>((resolve, reject) => {
      silent.server.once('error', reject);
      silent.server.listen(0, address, () => resolve());
    });
    return silent;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** Connections the browser keeps open, waiting for the handshake's answer. */
  get open(): number {
    return this.sockets.size;
  }

  /** The https URL of `path` on this server under a test host name. */
  url(host: string, path = '/'): string {
    return `https://${host}:${this.port}${path}`;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
