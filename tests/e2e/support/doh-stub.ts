// A DNS-over-HTTPS resolver on loopback for the address scenarios: answers RFC 8484 wire-format
// queries (GET ?dns=) and JSON ones (GET ?name=&type=) from a small zone, and keeps every question
// it was asked, so a test can also show that nothing was asked at all.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readQuestion, writeResponse, type ResponseRecord } from '../../shared/dns-response';

/** A name's addresses, or that it does not exist (NXDOMAIN). Names not in the zone do not exist. */
export type StubAnswer = { addresses: string[] } | 'nxdomain';

export interface StubQuestion {
  name: string;
  type: 'A' | 'AAAA';
  format: 'wire' | 'json';
}

const TYPE_NAMES: Record<number, 'A' | 'AAAA'> = { 1: 'A', 28: 'AAAA' };
const NXDOMAIN = 3;

export class DohStub {
  readonly questions: StubQuestion[] = [];
  private readonly zone = new Map<string, StubAnswer>();
  private readonly server: Server;

  private constructor() {
    this.server = createServer((req, res) => this.answer(req, res));
  }

  static async start(): Promise<DohStub> {
    const stub = new DohStub();
    await new Promise<void>((resolve, reject) => {
      stub.server.once('error', reject);
      // 127.0.0.1: plain HTTP is allowed for a resolver on loopback only (lib/settings/endpoint-url.ts).
      stub.server.listen(0, '127.0.0.1', () => resolve());
    });
    return stub;
  }

  /** The resolver URL to put in the settings. */
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/dns-query`;
  }

  set(name: string, answer: StubAnswer): this {
    this.zone.set(name, answer);
    return this;
  }

  /** The names asked about, each once, in the order first asked. */
  askedNames(): string[] {
    return [...new Set(this.questions.map((question) => question.name))];
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private answer(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://stub');
    const dns = url.searchParams.get('dns');
    if (dns !== null) {
      const question = readQuestion(new Uint8Array(Buffer.from(dns, 'base64url')));
      const type = TYPE_NAMES[question.type];
      if (!type) return void res.writeHead(400).end();
      this.questions.push({ name: question.name, type, format: 'wire' });
      const { rcode, records } = this.lookUp(question.name, type);
      res.writeHead(200, { 'Content-Type': 'application/dns-message' });
      res.end(Buffer.from(writeResponse(question, rcode, records)));
      return;
    }
    const name = url.searchParams.get('name');
    const type = url.searchParams.get('type');
    if (name === null || (type !== 'A' && type !== 'AAAA')) return void res.writeHead(400).end();
    this.questions.push({ name, type, format: 'json' });
    const { rcode, records } = this.lookUp(name, type);
    res.writeHead(200, { 'Content-Type': 'application/dns-json' });
    res.end(JSON.stringify({ Status: rcode, Answer: records.map((r) => ({ name, type: r.type, TTL: r.ttl, data: r.data })) }));
  }

  private lookUp(name: string, type: 'A' | 'AAAA'): { rcode: number; records: ResponseRecord[] } {
    const answer = this.zone.get(name) ?? 'nxdomain';
    if (answer === 'nxdomain') return { rcode: NXDOMAIN, records: [] };
    const ofType = answer.addresses.filter((address) => address.includes(':') === (type === 'AAAA'));
    return { rcode: 0, records: ofType.map((data) => ({ type: type === 'A' ? 1 : 28, data, ttl: 300 })) };
  }
}
