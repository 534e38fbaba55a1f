// The resolver's half of RFC 1035, for the fake resolvers of the unit and end-to-end tests: reads
// the question of a query and writes a response to it.

export interface Question {
  id: number;
  name: string;
  type: number;
}

export interface ResponseRecord {
  /** 1 (A), 28 (AAAA) or 5 (CNAME). */
  type: 1 | 28 | 5;
  /** An address, or the CNAME's target name. */
  data: string;
  ttl?: number;
}

export function readQuestion(bytes: Uint8Array): Question {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const labels: string[] = [];
  let at = 12;
  while (bytes[at]! > 0) {
    labels.push(String.fromCharCode(...bytes.subarray(at + 1, at + 1 + bytes[at]!)));
    at += bytes[at]! + 1;
  }
  return { id: view.getUint16(0), name: labels.join('.'), type: view.getUint16(at + 1) };
}

function nameBytes(name: string): number[] {
  return [...name.split('.').flatMap((label) => [label.length, ...[...label].map((c) => c.charCodeAt(0))]), 0];
}

function ipv6Bytes(address: string): number[] {
  const [head = '', tail = ''] = address.split('::');
  const groupsOf = (part: string) => (part === '' ? [] : part.split(':').map((group) => parseInt(group, 16)));
  const start = groupsOf(head);
  const end = address.includes('::') ? groupsOf(tail) : [];
  const groups = [...start, ...new Array<number>(8 - start.length - end.length).fill(0), ...end];
  return groups.flatMap((group) => [group >> 8, group & 0xff]);
}

function recordData(record: ResponseRecord): number[] {
  if (record.type === 1) return record.data.split('.').map(Number);
  if (record.type === 28) return ipv6Bytes(record.data);
  return nameBytes(record.data);
}

const u16 = (value: number) => [value >> 8, value & 0xff];
const u32 = (value: number) => [...u16(value >>> 16), ...u16(value & 0xffff)];

/** A response to `question`; each record's owner is the question's name, as a compression pointer. */
export function writeResponse(question: Question, rcode: number, records: readonly ResponseRecord[] = []): Uint8Array {
  const flags = 0x8000 | 0x0100 | 0x0080 | rcode; // response, recursion desired and available
  return new Uint8Array([
    ...u16(question.id),
    ...u16(flags),
    ...u16(1),
    ...u16(records.length),
    ...u16(0),
    ...u16(0),
    ...nameBytes(question.name),
    ...u16(question.type),
    ...u16(1),
    ...records.flatMap((record) => {
      const data = recordData(record);
      return [0xc0, 12, ...u16(record.type), ...u16(1), ...u32(record.ttl ?? 300), ...u16(data.length), ...data];
    }),
  ]);
}
