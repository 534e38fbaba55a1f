import { describe, expect, it } from 'vitest';
import { compileSnapshot } from '../../../lib/blocklist/compile-snapshot';
import { loadSnapshot } from '../../../lib/blocklist/load-snapshot';
import { HEADER_COUNTS, readSnapshot, SNAPSHOT_FORMAT_VERSION } from '../../../lib/blocklist/snapshot-format';
import type { SourceRecord } from '../../../lib/blocklist/types';

const OPTIONS = { name: 'ru-registry', date: '2018-05-05', built: '2026-11-24T12:00:00.000Z' };

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
  it('carries the list name, dates and counts', async () => {
    const matcher = loadSnapshot(bufferOf(await compiled()));
    expect(matcher.info).toEqual({
      ...OPTIONS,
      counts: { domains: 2, wildcards: 1, urls: 1, ipv4: 2, ipv6: 1, records: 1 },
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
});
