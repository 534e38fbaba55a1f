// One DNS-over-HTTPS request for one record type, in either format, reduced to a DnsAnswer.
import { base64url } from './base64url';
import { canonicalAddress } from './canonical-address';
import { failed, type DnsAnswer } from './dns-answer';
import { decodeResponse, encodeQuery, RCODES, RECORD_TYPES, type AddressRecordType } from './dns-message';
import type { DohEndpoint } from './doh-endpoint';

/** Answers by response code; NOERROR is read from the records. */
function answerForRcode(rcode: number): DnsAnswer | null {
  if (rcode === RCODES.noError) return null;
  if (rcode === RCODES.nameError) return { outcome: 'nxdomain' };
  if (rcode === RCODES.refused) return failed('refused', `rcode ${rcode}`);
  return failed('server-failure', `rcode ${rcode}`);
}

function answerOf(addresses: string[], ttls: number[]): DnsAnswer {
  return addresses.length === 0
    ? { outcome: 'no-address' }
    : { outcome: 'addresses', addresses: [...new Set(addresses)], ttl: Math.min(...ttls) };
}

function readWire(bytes: Uint8Array, type: AddressRecordType): DnsAnswer {
  const response = decodeResponse(bytes);
  const coded = answerForRcode(response.rcode);
  if (coded) return coded;
  const records = response.records.filter((record) => record.type === type);
  return answerOf(
    records.map((record) => record.address),
    records.map((record) => record.ttl),
  );
}

class MalformedJson extends Error {}

function readJson(body: unknown, type: AddressRecordType): DnsAnswer {
  const message = body as { Status?: unknown; Answer?: unknown } | null;
  if (typeof message?.Status !== 'number') throw new MalformedJson('no Status');
  const coded = answerForRcode(message.Status);
  if (coded) return coded;
  const records = message.Answer ?? [];
  if (!Array.isArray(records)) throw new MalformedJson('Answer is not a list');
  const addresses: string[] = [];
  const ttls: number[] = [];
  for (const record of records as { type?: unknown; data?: unknown; TTL?: unknown }[]) {
    if (record?.type !== RECORD_TYPES[type]) continue;
    const address = typeof record.data === 'string' ? canonicalAddress(record.data) : null;
    if (address === null || typeof record.TTL !== 'number') throw new MalformedJson('a record without address or TTL');
    addresses.push(address);
    ttls.push(record.TTL);
  }
  return answerOf(addresses, ttls);
}

function requestUrl(endpoint: DohEndpoint, host: string, type: AddressRecordType): string {
  const url = new URL(endpoint.url);
  if (endpoint.format === 'wire') {
    url.searchParams.set('dns', base64url(encodeQuery(host, type)));
  } else {
    url.searchParams.set('name', host);
    url.searchParams.set('type', type);
  }
  return url.href;
}

const ACCEPT = { wire: 'application/dns-message', json: 'application/dns-json' } as const;

/** Never throws: whatever goes wrong becomes a failed answer. `signal` aborts it as a timeout. */
export async function dohQuery(
  fetch: typeof globalThis.fetch,
  endpoint: DohEndpoint,
  host: string,
  type: AddressRecordType,
  signal: AbortSignal,
): Promise<DnsAnswer> {
  let url: string;
  try {
    url = requestUrl(endpoint, host, type);
  } catch {
    return failed('malformed', host);
  }
  try {
    const response = await fetch(url, {
      headers: { accept: ACCEPT[endpoint.format] },
      signal,
      // The resolver learns the name and nothing else: no cookies, no referrer.
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
    });
    if (!response.ok) return failed('http-status', `HTTP ${response.status}`);
    return endpoint.format === 'wire'
      ? readWire(new Uint8Array(await response.arrayBuffer()), type)
      : readJson(await response.json(), type);
  } catch (error) {
    if (signal.aborted) return failed('timeout');
    if (error instanceof TypeError) return failed('network', error.message);
    return failed('malformed', error instanceof Error ? error.message : String(error));
  }
}
