// RFC 1035 messages, as much of them as a DNS-over-HTTPS lookup needs: a query with one question,
// and the response code and A / AAAA records of the answer.
import { canonicalAddress } from './canonical-address';

export const RECORD_TYPES = { A: 1, AAAA: 28 } as const;
export type AddressRecordType = keyof typeof RECORD_TYPES;

/** Response codes (RFC 1035 4.1.1) that Blocklens tells apart. */
export const RCODES = { noError: 0, serverFailure: 2, nameError: 3, refused: 5 } as const;

const HEADER_BYTES = 12;
const CLASS_IN = 1;
const FLAG_RESPONSE = 0x8000;
const FLAG_TRUNCATED = 0x0200;
const FLAG_RECURSION_DESIRED = 0x0100;
const MAX_NAME_BYTES = 255;
const MAX_LABEL_BYTES = 63;

export interface AddressRecord {
  type: AddressRecordType;
  address: string;
  /** Seconds the answer may be kept. */
  ttl: number;
}

export interface DnsResponse {
  id: number;
  rcode: number;
  truncated: boolean;
  /** The A and AAAA records of the answer section; other records (CNAME, …) are skipped. */
  records: AddressRecord[];
}

export class MalformedDnsMessage extends Error {
  override readonly name = 'MalformedDnsMessage';
}

/**
 * A recursive query for `name`. RFC 8484 asks for id 0, so that identical queries can be cached
 * by HTTP caches. Names are ASCII here: the URL parser has already turned IDNs into "xn--" labels.
 */
export function encodeQuery(name: string, type: AddressRecordType, id = 0): Uint8Array {
  const labels = name.replace(/\.$/, '').split('.');
  const nameBytes = labels.reduce((sum, label) => sum + label.length + 1, 1);
  if (nameBytes > MAX_NAME_BYTES) throw new RangeError(`name too long: ${name.length} characters`);
  const bytes = new Uint8Array(HEADER_BYTES + nameBytes + 4);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, id);
  view.setUint16(2, FLAG_RECURSION_DESIRED);
  view.setUint16(4, 1);
  let at = HEADER_BYTES;
  for (const label of labels) {
    if (label.length === 0 || label.length > MAX_LABEL_BYTES || !/^[\x21-\x7e]+$/.test(label)) {
      throw new RangeError(`not a DNS label: ${JSON.stringify(label)}`);
    }
    bytes[at++] = label.length;
    for (let i = 0; i < label.length; i++) bytes[at++] = label.charCodeAt(i);
  }
  bytes[at++] = 0;
  view.setUint16(at, RECORD_TYPES[type]);
  view.setUint16(at + 2, CLASS_IN);
  return bytes;
}

/** Throws MalformedDnsMessage for anything that is not a well-formed response. */
export function decodeResponse(bytes: Uint8Array): DnsResponse {
  if (bytes.length < HEADER_BYTES) throw new MalformedDnsMessage(`${bytes.length} bytes is shorter than a header`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const flags = view.getUint16(2);
  if ((flags & FLAG_RESPONSE) === 0) throw new MalformedDnsMessage('a query, not a response');
  const questions = view.getUint16(4);
  const answers = view.getUint16(6);
  let at = HEADER_BYTES;
  for (let i = 0; i < questions; i++) at = need(bytes, skipName(bytes, at), 4) + 4;
  const records: AddressRecord[] = [];
  for (let i = 0; i < answers; i++) {
    at = need(bytes, skipName(bytes, at), 10);
    const type = view.getUint16(at);
    const recordClass = view.getUint16(at + 2);
    const ttl = view.getUint32(at + 4);
    const length = view.getUint16(at + 8);
    const data = need(bytes, at + 10, length);
    at = data + length;
    if (recordClass !== CLASS_IN) continue;
    if (type === RECORD_TYPES.A) records.push({ type: 'A', address: ipv4(bytes, data, length), ttl });
    if (type === RECORD_TYPES.AAAA) records.push({ type: 'AAAA', address: ipv6(bytes, data, length), ttl });
  }
  return { id: view.getUint16(0), rcode: flags & 0x000f, truncated: (flags & FLAG_TRUNCATED) !== 0, records };
}

/** `at`, once it is sure that `count` bytes follow it. */
function need(bytes: Uint8Array, at: number, count: number): number {
  if (at + count > bytes.length) throw new MalformedDnsMessage(`cut short at byte ${bytes.length}`);
  return at;
}

/** The offset after a name; the names themselves are not needed, so pointers are not followed. */
function skipName(bytes: Uint8Array, start: number): number {
  let at = start;
  for (;;) {
    const length = bytes[need(bytes, at, 1)]!;
    if ((length & 0xc0) === 0xc0) return need(bytes, at, 2) + 2;
    if ((length & 0xc0) !== 0) throw new MalformedDnsMessage(`unknown label type at byte ${at}`);
    if (length === 0) return at + 1;
    at = need(bytes, at + 1, length) + length;
    if (at - start > MAX_NAME_BYTES) throw new MalformedDnsMessage(`name longer than ${MAX_NAME_BYTES} bytes`);
  }
}

function ipv4(bytes: Uint8Array, at: number, length: number): string {
  if (length !== 4) throw new MalformedDnsMessage(`A record of ${length} bytes`);
  return Array.from(bytes.subarray(at, at + 4)).join('.');
}

function ipv6(bytes: Uint8Array, at: number, length: number): string {
  if (length !== 16) throw new MalformedDnsMessage(`AAAA record of ${length} bytes`);
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[at + i]! << 8) | bytes[at + i + 1]!).toString(16));
  return canonicalAddress(groups.join(':'))!;
}
