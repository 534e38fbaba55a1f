import { describe, expect, it } from 'vitest';
import { compileSnapshot } from '../../../lib/blocklist/compile/compile-snapshot';
import { HEADER_COUNTS, readSnapshot, SNAPSHOT_FORMAT_VERSION } from '../../../lib/blocklist/format/snapshot-format';
import type { SourceRecord } from '../../../lib/blocklist/format/types';
import { loadSnapshot } from '../../../lib/blocklist/lookup/load-snapshot';

const OPTIONS = {
  name: 'ru-registry+ru',
  date: '2018-05-05',
  lists: [
    { name: 'ru-registry', date: '2018-05-05', dated: 'updated' as const },
    { name: 'ru', date: '2026-05-28', dated: 'newest-record' as const },
  ],
  built: '2026-11-24T12:00:00.000Z',
};

const SOURCES: SourceRecord[] = [
  {
    record: { list: 'ru-registry', authority: 'Роскомнадзор', decision: '2-1779/2018', date: '2018-04-13' },
    domains: ['t.me', 'telegram.org'],
    wildcards: ['telegram.org'],
    urls: ['https://t.me/s/durov'],
    addresses: ['149.154.167.99', '149.154.164.0/22', '2001:67c:4e8::/48'],
  },
];

async function compiled(): Promise<Uint8Array> {
  return (await compileSnapshot(SOURCES, OPTIONS)).bytes;
}

/** A fresh ArrayBuffer holding the bytes, as fetch().arrayBuffer() gives one. */
function bufferOf(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer;
}

describe('snapshot format', () => {
  it('carries the list name, dates (each list\'s too) and counts', async () => {
    const matcher = loadSnapshot(bufferOf(await compiled()));
    expect(matcher.info).toEqual({
      ...OPTIONS,
      counts: { domains: 2, wildcards: 1, urls: 1, ipv4: 2, ipv6: 1, records: 1, networks: 0 },
    });
  });

  it('compiles the same sources to the same bytes', async () => {
    expect(await compiled()).toEqual(await compiled());
  });

  it('refuses a buffer that is no snapshot', () => {
    expect(() => loadSnapshot(new ArrayBuffer(0))).toThrow('not a Blocklens snapshot');
    expect(() => loadSnapshot(new TextEncoder().encode('{"domains":[]}').buffer)).toThrow('not a Blocklens snapshot');
  });

  it('refuses another format version', async () => {
    const bytes = await compiled();
    new DataView(bytes.buffer).setUint32(8, SNAPSHOT_FORMAT_VERSION + 1, true);
    expect(() => loadSnapshot(bufferOf(bytes))).toThrow(
      `snapshot format version ${SNAPSHOT_FORMAT_VERSION + 1}, expected ${SNAPSHOT_FORMAT_VERSION}`,
    );
  });

  it('refuses a truncated snapshot even without the checksum', async () => {
    const bytes = await compiled();
    expect(() => loadSnapshot(bufferOf(bytes.subarray(0, bytes.length - 4)), { verifyChecksum: false })).toThrow(
      /^snapshot is corrupt: /,
    );
    expect(() => loadSnapshot(bufferOf(bytes.subarray(0, 40)))).toThrow(/^snapshot is corrupt: /);
  });

  it('refuses list dates that are not what the compiler writes', async () => {
    const damaged = async (at: (json: number) => number, text: string) => {
      const bytes = await compiled();
      bytes.set(new TextEncoder().encode(text), at(Buffer.from(bytes).indexOf('"dated":"updated"')));
      return bufferOf(bytes);
    };
    // A dating the reader does not know, and text that is no JSON.
    for (const buffer of [await damaged((json) => json + 9, 'unknown'), await damaged((json) => json + 7, '{')]) {
      expect(() => loadSnapshot(buffer, { verifyChecksum: false })).toThrow('snapshot is corrupt: bad list dates');
    }
  });

  it('refuses a section table that points outside the buffer', async () => {
    const bytes = await compiled();
    // The section table follows the counts, which start at byte 24 (see snapshot-format.ts).
    const firstSection = 24 + 4 * HEADER_COUNTS.length;
    new DataView(bytes.buffer).setUint32(firstSection, bytes.length, true);
    expect(() => loadSnapshot(bufferOf(bytes), { verifyChecksum: false })).toThrow(/^snapshot is corrupt: section/);
  });

  it('detects a changed byte by its checksum, unless told the buffer was verified before', async () => {
    const bytes = await compiled();
    const { sections } = readSnapshot(bufferOf(bytes));
    const hostStreamAt = sections.hostStream.byteOffset;
    bytes[hostStreamAt] = bytes[hostStreamAt]! ^ 0x20;
    expect(() => loadSnapshot(bufferOf(bytes))).toThrow('snapshot is corrupt: checksum mismatch');
    expect(() => loadSnapshot(bufferOf(bytes), { verifyChecksum: false })).not.toThrow();
  });

  it('answers or says the snapshot is corrupt, never hangs or fails otherwise, when unchecked bytes are damaged', async () => {
    const sources: SourceRecord[] = Array.from({ length: 60 }, (_, i) => ({
      record: { list: 'ru-registry', authority: i % 2 ? 'суд' : 'Роскомнадзор', decision: `${i}-РКН/2018`, date: '2018-04-13' },
      domains: [`site${i}.example`, `www.site${i}.example`],
      wildcards: i % 3 ? [] : [`w${i}.example`],
      urls: Array.from({ length: i % 5 }, (_, u) => `http://site${i}.example/page/${u}`),
      addresses: [`10.${i}.0.0/16`, `10.${i}.1.${i}`],
    }));
    const bytes = (await compileSnapshot(sources, OPTIONS)).bytes;
    const { sections } = readSnapshot(bufferOf(bytes));
    const damaged = [sections.hostStream, sections.recordStream, sections.ipv4Links, sections.hostModel, sections.recordModel];
    let seed = 7;
    const random = (below: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % below);
    for (let round = 0; round < 300; round++) {
      const copy = bytes.slice();
      const section = damaged[round % damaged.length]!;
      const at = section.byteOffset + random(section.byteLength);
      copy[at] = copy[at]! ^ (1 << random(8));
      let matcher: ReturnType<typeof loadSnapshot>;
      try {
        matcher = loadSnapshot(bufferOf(copy), { verifyChecksum: false });
      } catch (error) {
        expect(String(error)).toMatch(/snapshot is corrupt/);
        continue;
      }
      for (const i of [0, 3, 7, 59]) {
        for (const lookup of [
          () => matcher.matchHost(`a.w${i}.example`),
          () => matcher.matchUrl(`http://site${i}.example/page/1`),
          () => matcher.matchAddress(`10.${i}.1.${i}`),
        ]) {
          try {
            lookup();
          } catch (error) {
            expect(String(error)).toMatch(/snapshot is corrupt/);
          }
        }
      }
    }
  });
});
