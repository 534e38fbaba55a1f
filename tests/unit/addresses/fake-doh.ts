// A DNS-over-HTTPS resolver in memory, answering the fetch() calls of the DoH client in either
// format from a small zone, and failing in the ways real resolvers and networks do.
import { readQuestion, writeResponse, type ResponseRecord } from '../../shared/dns-response';

export type ZoneEntry =
  | { addresses: string[]; ttl?: number; cname?: string }
  | 'nxdomain'
  | 'servfail'
  | 'refused'
  | 'hang'
  | 'network'
  | 'garbage'
  | { status: number };

const RCODES = { servfail: 2, nxdomain: 3, refused: 5 } as const;
const TYPES: Record<string, number> = { A: 1, AAAA: 28 };

export class FakeDoh {
  readonly requests: { url: URL; init: RequestInit | undefined }[] = [];

  constructor(private readonly zone: Record<string, ZoneEntry>) {}

  readonly fetch: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    this.requests.push({ url, init });
    const wire = url.searchParams.has('dns');
    const question = wire
      ? readQuestion(new Uint8Array(Buffer.from(url.searchParams.get('dns')!, 'base64url')))
      : { id: 0, name: url.searchParams.get('name')!, type: TYPES[url.searchParams.get('type')!]! };
    const entry = this.zone[question.name] ?? 'nxdomain';
    if (entry === 'network') throw new TypeError('Failed to fetch');
    if (entry === 'hang') {
      return new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    }
    if (entry === 'garbage') return new Response(wire ? new Uint8Array([0x12, 0x34, 0x81]) : 'no JSON here');
    if (typeof entry === 'object' && 'status' in entry) return new Response('', { status: entry.status });
    const rcode = typeof entry === 'string' ? RCODES[entry] : 0;
    const records = typeof entry === 'string' ? [] : recordsOf(entry, question.type);
    return wire
      ? new Response(Buffer.from(writeResponse(question, rcode, records)), { headers: { 'content-type': 'application/dns-message' } })
      : Response.json({
          Status: rcode,
          Answer: records.map((record) => ({ name: `${question.name}.`, type: record.type, TTL: record.ttl, data: record.data })),
        });
  };

  /** The names asked about, in order, one per request. */
  get names(): string[] {
    return this.requests.map(({ url }) => {
      const dns = url.searchParams.get('dns');
      return dns ? readQuestion(new Uint8Array(Buffer.from(dns, 'base64url'))).name : url.searchParams.get('name')!;
    });
  }
}

function recordsOf(entry: { addresses: string[]; ttl?: number; cname?: string }, type: number): ResponseRecord[] {
  const ofType = entry.addresses.filter((address) => address.includes(':') === (type === 28));
  const records: ResponseRecord[] = ofType.map((data) => ({ type: type as 1 | 28, data, ttl: entry.ttl ?? 300 }));
  return entry.cname ? [{ type: 5, data: entry.cname, ttl: 60 }, ...records] : records;
}
