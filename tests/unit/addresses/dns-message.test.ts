import { describe, expect, it } from 'vitest';
import { base64url } from '../../../lib/addresses/base64url';
import { decodeResponse, encodeQuery, MalformedDnsMessage } from '../../../lib/addresses/dns-message';
import { readQuestion, writeResponse } from '../../shared/dns-response';

const question = { id: 0x1234, name: 'example.org', type: 1 };

describe('encodeQuery', () => {
  it('writes the query of RFC 8484 section 4.1.1 for www.example.com', () => {
    expect(base64url(encodeQuery('www.example.com', 'A'))).toBe('AAABAAABAAAAAAAAA3d3dwdleGFtcGxlA2NvbQAAAQAB');
  });

  it('asks for AAAA, ignores a trailing dot and keeps the id', () => {
    expect(readQuestion(encodeQuery('xn--e1afmkfd.xn--p1ai.', 'AAAA', 7))).toEqual({
      id: 7,
      name: 'xn--e1afmkfd.xn--p1ai',
      type: 28,
    });
  });

  it.each([
    ['an empty label', 'a..b'],
    ['a label over 63 bytes', `${'a'.repeat(64)}.org`],
    ['a name over 255 bytes', Array.from({ length: 5 }, () => 'a'.repeat(60)).join('.')],
    ['a character outside ASCII', 'пример.рф'],
    ['a space', 'bad name.org'],
  ])('refuses %s', (_, name) => {
    expect(() => encodeQuery(name, 'A')).toThrow(RangeError);
  });
});

describe('decodeResponse', () => {
  it('reads A and AAAA records, skipping a CNAME and following the name pointers', () => {
    const response = decodeResponse(
      writeResponse(question, 0, [
        { type: 5, data: 'cdn.example.net', ttl: 60 },
        { type: 1, data: '93.184.215.14', ttl: 120 },
        { type: 28, data: '2606:2800:21f:0:0:0:0:1', ttl: 90 },
      ]),
    );
    expect(response).toEqual({
      id: 0x1234,
      rcode: 0,
      truncated: false,
      records: [
        { type: 'A', address: '93.184.215.14', ttl: 120 },
        { type: 'AAAA', address: '2606:2800:21f::1', ttl: 90 },
      ],
    });
  });

  it('reads the response code and the truncation flag', () => {
    const bytes = writeResponse(question, 3);
    bytes[2]! |= 0x02;
    expect(decodeResponse(bytes)).toMatchObject({ rcode: 3, truncated: true, records: [] });
  });

  const valid = writeResponse(question, 0, [{ type: 1, data: '192.0.2.1' }]);
  const withByte = (at: number, value: number) => {
    const bytes = valid.slice();
    bytes[at] = value;
    return bytes;
  };
  const answerStart = 12 + 'example.org'.length + 2 + 4;

  it.each([
    ['shorter than a header', valid.slice(0, 11)],
    ['a query instead of a response', withByte(2, 0x01)],
    ['cut short in the answer', valid.slice(0, valid.length - 2)],
    ['cut short in the question', valid.slice(0, 14)],
    ['an A record of 5 bytes', new Uint8Array([...withByte(answerStart + 11, 5), 0])],
    ['an unknown label type', withByte(answerStart, 0x40)],
    ['a name running past the end', new Uint8Array([...valid.slice(0, 12), 63, 0x61])],
  ])('refuses %s', (_, bytes) => {
    expect(() => decodeResponse(bytes)).toThrow(MalformedDnsMessage);
  });
});
