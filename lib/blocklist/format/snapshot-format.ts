// The binary layout of a blocklist snapshot: header, counts, section table, checksum. The compiler
// writes it and the matcher reads it in place; both go through this file only.
//
// Layout (all little-endian, every section 4-byte aligned):
//   0  magic "BLENSNAP"            8  u32 format version     12  u32 checksum of bytes 16..end
//   16 u32 total length           20  u32 header length      24  u32 counts (HEADER_COUNTS)
//   then per section (SECTIONS order) u32 offset and u32 byte length; then the UTF-8 name, date,
//   build time and list dates (JSON: [{"name","date","dated"}], see ListDate); then the sections.
//   Version 3 added the list dates; version 4 the hosting networks.
//
// The checksum is a four-lane sum of 32-bit words: it reads about 3 GB/s here, where a CRC32 in
// JavaScript reads a tenth of that, and it catches any changed word. Without it, the structural
// checks catch a changed header, section table or directory end at load; a changed length inside a
// bit stream is caught when a lookup reads it ("snapshot is corrupt: ...").

import { linkLayout } from './address-links';
import { BIT_STREAM_PADDING } from './bit-writer';
import { packedByteLength } from './packed-uints';
import { RECORD_BLOCK } from './record-index';
import type { ListDate, ListDating } from './types';

export const SNAPSHOT_MAGIC = 'BLENSNAP';
export const SNAPSHOT_FORMAT_VERSION = 4;

const MAGIC_BYTES = 8;
const VERSION_AT = 8;
const CHECKSUM_AT = 12;
const CHECKSUMMED_FROM = 16;
const TOTAL_AT = 16;
const HEADER_LENGTH_AT = 20;
const COUNTS_AT = 24;

export const HEADER_COUNTS = [
  'domains',
  'wildcards',
  'urls',
  'ipv4',
  'ipv6',
  'records',
  'hostEntries',
  'hostDirectoryBits',
  'referenceBits',
  'shapeOrder',
  'bodyLengthOrder',
  'urlRestLengthOrder',
  'urlBlockLengthOrder',
  'ipv4DirectoryBits',
  'ipv6DirectoryBits',
  'recordSets',
  'listValues',
  'authorityValues',
  'dateValues',
  'decisionLengthOrder',
  'nameBytes',
  'dateBytes',
  'builtBytes',
  'listsBytes',
  'networkIpv4',
  'networkIpv6',
  'networkIpv4DirectoryBits',
  'networkIpv6DirectoryBits',
  'networkValues',
  'networkReferenceBits',
] as const;

export type SnapshotCounts = Record<(typeof HEADER_COUNTS)[number], number>;

type Width = 'u8' | 'u16' | 'u32';

interface SectionSpec {
  width: Width;
  /** Elements the section must hold, or null when any length goes (bit streams, text, models). */
  elements: (counts: SnapshotCounts) => number | null;
}

const directory = (bits: number) => 2 ** bits + 1;

/**
 * Hosts: one bit stream of entries in fingerprint buckets, each with its URLs (host-table-format.ts),
 * and the text models their names and URLs are written with (text-model-format.ts). Addresses: CIDR
 * entries sorted by start then by size, each with its parent (the smallest listed range holding it)
 * and prefix length packed in a link (address-forest.ts), and a packed record reference.
 * Records: a bit stream with an index (snapshot-records.ts), their repeated texts in a dictionary;
 * a reference past the last record names a set of records. Hosting networks: their ranges laid out
 * as the addresses are, each with a packed index of its network, and per network its name and date
 * (match-network.ts).
 */
export const SECTIONS = {
  hostModel: { width: 'u8', elements: () => null },
  hostDirectory: { width: 'u32', elements: (c) => directory(c.hostDirectoryBits) },
  hostStream: { width: 'u8', elements: () => null },
  urlModel: { width: 'u8', elements: () => null },
  ipv4Directory: { width: 'u32', elements: (c) => directory(c.ipv4DirectoryBits) },
  ipv4Starts: { width: 'u32', elements: (c) => c.ipv4 },
  ipv4Links: { width: 'u8', elements: (c) => packedByteLength(c.ipv4, linkLayout(4, c.ipv4).width) },
  ipv4Records: { width: 'u8', elements: (c) => packedByteLength(c.ipv4, c.referenceBits) },
  ipv6Directory: { width: 'u32', elements: (c) => directory(c.ipv6DirectoryBits) },
  ipv6Starts: { width: 'u32', elements: (c) => 4 * c.ipv6 },
  ipv6Links: { width: 'u8', elements: (c) => packedByteLength(c.ipv6, linkLayout(6, c.ipv6).width) },
  ipv6Records: { width: 'u8', elements: (c) => packedByteLength(c.ipv6, c.referenceBits) },
  recordDictionaryOffsets: { width: 'u32', elements: (c) => c.listValues + c.authorityValues + c.dateValues + 1 },
  recordDictionaryBytes: { width: 'u8', elements: () => null },
  recordModel: { width: 'u8', elements: () => null },
  recordIndex: { width: 'u32', elements: (c) => Math.ceil(c.records / RECORD_BLOCK) },
  recordStream: { width: 'u8', elements: () => null },
  recordSetStarts: { width: 'u32', elements: (c) => c.recordSets + 1 },
  recordSetMembers: { width: 'u32', elements: () => null },
  networkIpv4Directory: { width: 'u32', elements: (c) => directory(c.networkIpv4DirectoryBits) },
  networkIpv4Starts: { width: 'u32', elements: (c) => c.networkIpv4 },
  networkIpv4Links: { width: 'u8', elements: (c) => packedByteLength(c.networkIpv4, linkLayout(4, c.networkIpv4).width) },
  networkIpv4Refs: { width: 'u8', elements: (c) => packedByteLength(c.networkIpv4, c.networkReferenceBits) },
  networkIpv6Directory: { width: 'u32', elements: (c) => directory(c.networkIpv6DirectoryBits) },
  networkIpv6Starts: { width: 'u32', elements: (c) => 4 * c.networkIpv6 },
  networkIpv6Links: { width: 'u8', elements: (c) => packedByteLength(c.networkIpv6, linkLayout(6, c.networkIpv6).width) },
  networkIpv6Refs: { width: 'u8', elements: (c) => packedByteLength(c.networkIpv6, c.networkReferenceBits) },
  networkTextOffsets: { width: 'u32', elements: (c) => 2 * c.networkValues + 1 },
  networkTextBytes: { width: 'u8', elements: () => null },
} satisfies Record<string, SectionSpec>;

type SectionName = keyof typeof SECTIONS;

interface ViewOf {
  u8: Uint8Array;
  u16: Uint16Array;
  u32: Uint32Array;
}

export type SnapshotSections = { [K in SectionName]: ViewOf[(typeof SECTIONS)[K]['width']] };

export interface SnapshotMeta {
  name: string;
  /** The list's date, YYYY-MM-DD. */
  date: string;
  /** Build time, ISO 8601. */
  built: string;
  /** Each list's own date. */
  lists: ListDate[];
}

export interface SnapshotParts {
  counts: Omit<SnapshotCounts, 'nameBytes' | 'dateBytes' | 'builtBytes' | 'listsBytes'>;
  meta: SnapshotMeta;
  sections: SnapshotSections;
}

/** Offset arrays and directories whose last value is the length of the section they index. */
const CONSISTENT_ENDS: [SectionName, SectionName][] = [
  ['recordDictionaryOffsets', 'recordDictionaryBytes'],
  ['recordSetStarts', 'recordSetMembers'],
  ['networkTextOffsets', 'networkTextBytes'],
];

const SECTION_NAMES = Object.keys(SECTIONS) as SectionName[];
const TABLE_AT = COUNTS_AT + 4 * HEADER_COUNTS.length;
const META_AT = TABLE_AT + 8 * SECTION_NAMES.length;

const align4 = (n: number) => (n + 3) & ~3;

function assertLittleEndian(): void {
  if (new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) {
    throw new Error('Blocklens snapshots need a little-endian platform');
  }
}

/** Four lanes of 32-bit sums over the words from byte 16 to the end. */
export function snapshotChecksum(buffer: ArrayBuffer): number {
  const words = new Uint32Array(buffer, CHECKSUMMED_FROM, (buffer.byteLength - CHECKSUMMED_FROM) >>> 2);
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  const whole = words.length & ~3;
  let i = 0;
  for (; i < whole; i += 4) {
    a = (a + words[i]!) | 0;
    b = (b + words[i + 1]!) | 0;
    c = (c + words[i + 2]!) | 0;
    d = (d + words[i + 3]!) | 0;
  }
  for (; i < words.length; i++) a = (a + words[i]!) | 0;
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d) ^ d) >>> 0;
}

export function writeSnapshot(parts: SnapshotParts): Uint8Array {
  assertLittleEndian();
  const encoder = new TextEncoder();
  const { name, date, built, lists } = parts.meta;
  const meta = [name, date, built, JSON.stringify(lists)].map((text) => encoder.encode(text));
  const counts: SnapshotCounts = {
    ...parts.counts,
    nameBytes: meta[0]!.length,
    dateBytes: meta[1]!.length,
    builtBytes: meta[2]!.length,
    listsBytes: meta[3]!.length,
  };
  const headerLength = align4(META_AT + meta.reduce((sum, bytes) => sum + bytes.length, 0));
  let total = headerLength;
  const placed = SECTION_NAMES.map((name) => {
    const view = parts.sections[name];
    const expected = SECTIONS[name].elements(counts);
    if (expected !== null && view.length !== expected) {
      throw new Error(`snapshot section ${name}: ${view.length} elements, expected ${expected}`);
    }
    const offset = total;
    total = align4(total + view.byteLength);
    return { offset, view };
  });
  const out = new Uint8Array(total);
  const header = new DataView(out.buffer);
  out.set(encoder.encode(SNAPSHOT_MAGIC), 0);
  header.setUint32(VERSION_AT, SNAPSHOT_FORMAT_VERSION, true);
  header.setUint32(TOTAL_AT, total, true);
  header.setUint32(HEADER_LENGTH_AT, headerLength, true);
  HEADER_COUNTS.forEach((name, i) => header.setUint32(COUNTS_AT + 4 * i, counts[name], true));
  placed.forEach(({ offset, view }, i) => {
    header.setUint32(TABLE_AT + 8 * i, offset, true);
    header.setUint32(TABLE_AT + 8 * i + 4, view.byteLength, true);
    out.set(new Uint8Array(view.buffer, view.byteOffset, view.byteLength), offset);
  });
  let metaAt = META_AT;
  for (const bytes of meta) {
    out.set(bytes, metaAt);
    metaAt += bytes.length;
  }
  header.setUint32(CHECKSUM_AT, snapshotChecksum(out.buffer), true);
  return out;
}

export interface ReadSnapshot {
  counts: SnapshotCounts;
  meta: SnapshotMeta;
  sections: SnapshotSections;
}

function corrupt(why: string): Error {
  return new Error(`snapshot is corrupt: ${why}`);
}

/**
 * Checks magic, version, lengths and the section table, then views each section in place. Costs
 * the same for any snapshot size; the checksum is separate (verifySnapshotChecksum).
 */
export function readSnapshot(buffer: ArrayBuffer): ReadSnapshot {
  assertLittleEndian();
  const bytes = new Uint8Array(buffer);
  const magic = String.fromCharCode(...bytes.subarray(0, MAGIC_BYTES));
  if (magic !== SNAPSHOT_MAGIC) throw new Error('not a Blocklens snapshot');
  if (buffer.byteLength < META_AT) throw corrupt(`truncated to ${buffer.byteLength} bytes`);
  const header = new DataView(buffer);
  const version = header.getUint32(VERSION_AT, true);
  if (version !== SNAPSHOT_FORMAT_VERSION) {
    throw new Error(`snapshot format version ${version}, expected ${SNAPSHOT_FORMAT_VERSION}`);
  }
  const total = header.getUint32(TOTAL_AT, true);
  if (total !== buffer.byteLength) throw corrupt(`${buffer.byteLength} bytes, the header says ${total}`);
  const headerLength = header.getUint32(HEADER_LENGTH_AT, true);
  if (headerLength < META_AT || headerLength > total || headerLength % 4 !== 0) throw corrupt('bad header length');
  const counts = Object.fromEntries(
    HEADER_COUNTS.map((name, i) => [name, header.getUint32(COUNTS_AT + 4 * i, true)]),
  ) as SnapshotCounts;
  const directoryBits = [
    counts.hostDirectoryBits,
    counts.ipv4DirectoryBits,
    counts.ipv6DirectoryBits,
    counts.networkIpv4DirectoryBits,
    counts.networkIpv6DirectoryBits,
  ];
  if (directoryBits.some((bits) => bits > 24)) throw corrupt('bad directory size');
  const codeParameters = [counts.shapeOrder, counts.bodyLengthOrder, counts.urlRestLengthOrder, counts.urlBlockLengthOrder, counts.decisionLengthOrder];
  if (counts.referenceBits > 24 || counts.networkReferenceBits > 24 || codeParameters.some((order) => order > 16)) throw corrupt('bad code parameters');
  const sections = {} as Record<SectionName, Uint8Array | Uint16Array | Uint32Array>;
  SECTION_NAMES.forEach((name, i) => {
    const offset = header.getUint32(TABLE_AT + 8 * i, true);
    const length = header.getUint32(TABLE_AT + 8 * i + 4, true);
    const spec: SectionSpec = SECTIONS[name];
    const size = { u8: 1, u16: 2, u32: 4 }[spec.width];
    if (offset < headerLength || offset % 4 !== 0 || length % size !== 0 || offset + length > total) {
      throw corrupt(`section ${name} out of bounds`);
    }
    const expected = spec.elements(counts);
    if (expected !== null && length / size !== expected) throw corrupt(`section ${name} has the wrong length`);
    const View = { u8: Uint8Array, u16: Uint16Array, u32: Uint32Array }[spec.width];
    sections[name] = new View(buffer, offset, length / size);
  });
  const read = sections as SnapshotSections;
  for (const [index, target] of CONSISTENT_ENDS) {
    const ends = read[index];
    if (ends[ends.length - 1] !== read[target].length) throw corrupt(`section ${index} does not end at ${target}`);
  }
  const last = (view: Uint32Array) => view[view.length - 1]!;
  const addressEnds: [Uint32Array, number][] = [
    [read.ipv4Directory, counts.ipv4],
    [read.ipv6Directory, counts.ipv6],
    [read.networkIpv4Directory, counts.networkIpv4],
    [read.networkIpv6Directory, counts.networkIpv6],
  ];
  if (addressEnds.some(([directory, entries]) => last(directory) !== entries)) {
    throw corrupt('an address directory does not end at its entries');
  }
  if (last(read.hostDirectory) > read.hostStream.length - BIT_STREAM_PADDING) {
    throw corrupt('section hostDirectory does not end at hostStream');
  }
  const metaEnd = META_AT + counts.nameBytes + counts.dateBytes + counts.builtBytes + counts.listsBytes;
  if (metaEnd > headerLength) throw corrupt('bad header length');
  const decoder = new TextDecoder();
  let at = META_AT;
  const [name, date, built, lists] = [counts.nameBytes, counts.dateBytes, counts.builtBytes, counts.listsBytes].map(
    (length) => decoder.decode(bytes.subarray(at, (at += length))),
  ) as [string, string, string, string];
  return { counts, meta: { name, date, built, lists: readListDates(lists) }, sections: read };
}

const LIST_DATINGS: readonly ListDating[] = ['updated', 'newest-record', 'none'];

function isListDate(value: unknown): value is ListDate {
  if (typeof value !== 'object' || value === null) return false;
  const { name, date, dated } = value as Record<string, unknown>;
  return typeof name === 'string' && typeof date === 'string' && LIST_DATINGS.includes(dated as ListDating);
}

function readListDates(text: string): ListDate[] {
  let lists: unknown;
  try {
    lists = JSON.parse(text);
  } catch {
    throw corrupt('bad list dates');
  }
  if (!Array.isArray(lists) || !lists.every(isListDate)) throw corrupt('bad list dates');
  return lists.map(({ name, date, dated }) => ({ name, date, dated }));
}

export function verifySnapshotChecksum(buffer: ArrayBuffer): void {
  const stored = new DataView(buffer).getUint32(CHECKSUM_AT, true);
  if (snapshotChecksum(buffer) !== stored) throw corrupt('checksum mismatch');
}
