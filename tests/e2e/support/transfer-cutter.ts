// A TCP front that breaks every connection as Russia's TSPU breaks TLS connections to some hosting
// networks since 2025-06: the first CUT_AFTER bytes the server sends pass, then the connection is
// reset, closed or goes silent (nothing more passes either way, the socket stays open). It sits in
// front of any server, so it cuts HTTP/2 over TLS as it cuts plain HTTP/1.1.
import { connect, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { CUT_AFTER } from './test-server';

export type CutMode = 'reset' | 'close' | 'silent';

/** Time for the browser to read what passed before the reset (an RST may drop unread data). */
const READ_BEFORE_CUT_MS = 150;

export class TransferCutter {
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    private readonly mode: CutMode,
  ) {}

  /** Listens on `address` (inside 127.0.0.0/8), passing connections to `upstreamPort` there. */
  static async start(address: string, upstreamPort: number, mode: CutMode): Promise<TransferCutter> {
    let cutter: TransferCutter | undefined;
    const server = createServer((client) => cutter?.pass(client, address, upstreamPort));
    cutter = new TransferCutter(server, mode);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, address, () => resolve());
    });
    return cutter;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private pass(client: Socket, address: string, upstreamPort: number): void {
    const upstream = connect(upstreamPort, address);
    this.sockets.add(client).add(upstream);
    let sent = 0;
    let cut = false;
    client.on('data', (chunk) => {
      if (!cut) upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (cut) return;
      const room = CUT_AFTER - sent;
      client.write(chunk.subarray(0, room));
      sent += Math.min(room, chunk.length);
      if (chunk.length < room) return;
      cut = true;
      upstream.destroy();
      setTimeout(() => this.breakOff(client), READ_BEFORE_CUT_MS);
    });
    for (const socket of [client, upstream]) socket.on('error', () => {});
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => {
      if (!cut) client.end();
    });
  }

  private breakOff(client: Socket): void {
    if (this.mode === 'reset') client.resetAndDestroy();
    else if (this.mode === 'close') client.end();
  }
}
