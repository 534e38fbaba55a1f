// Compiles source records into one binary snapshot (layout in snapshot-format.ts): deduplicates
// entries, merges the records that name each one, and lays hosts, URLs and addresses out for
// in-place lookup. Holds the distinct entries in memory while it works, nothing more.

import { parseAddressEntry } from './address-bits';
import { AddressForestBuilder } from './address-forest-builder';
import { ByteStringsBuilder } from './byte-strings';
import { buildDirectory, directoryBitsFor, orderByFingerprint } from './fingerprint-index';
import { HOST_KINDS } from './match-host';
import { urlRest } from './match-url';
import { normaliseQueryHost } from './normalise-query-host';
import { RecordTableBuilder, withRecord, type EntryRecords } from './record-table-builder';
import { writeSnapshot, type SnapshotSections } from './snapshot-format';
import { hostFingerprint, urlFingerprint } from './string-hash';
import type { SnapshotInfo, SourceRecord } from './types';
import { urlKey, type UrlKey } from './url-key';

export interface CompileOptions {
  /** The list's name, e.g. "ru-registry". */
  name: string;
  /** The list's date, YYYY-MM-DD. */
  date: string;
  /** Build time (ISO 8601); now by default. */
  built?: string;
}

/** Refused entries are counted; the first REFUSED_EXAMPLES are kept to show. */
export const REFUSED_EXAMPLES = 20;

export interface CompileResult {
  bytes: Uint8Array;
  info: SnapshotInfo;
  /** Entries the compiler could not read (a parser normally refuses them first). */
  refused: { count: number; examples: string[] };
}

type HostKind = (typeof HOST_KINDS)[keyof typeof HOST_KINDS];

/** Host entries of every kind in first-seen order, found by name through one map per kind. */
class HostEntries {
  readonly names: string[] = [];
  readonly kinds: HostKind[] = [];
  readonly records: EntryRecords[] = [];
  readonly byKind = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>()];

  /** Adds a name (URL hosts carry no record: recordId is ignored for them). */
  add(kind: HostKind, name: string, recordId: number): number {
    const entries = this.byKind[kind]!;
    const entry = entries.get(name);
    if (entry !== undefined) {
      this.records[entry] = withRecord(this.records[entry], recordId);
      return entry;
    }
    entries.set(name, this.names.length);
    this.names.push(name);
    this.kinds.push(kind);
    this.records.push(recordId);
    return this.names.length - 1;
  }

  /** The entry a URL's host points to: the listed domain or wildcard, else a URL host entry. */
  entryFor(host: string): number {
    const [domains, wildcards, urlHosts] = this.byKind as [Map<string, number>, Map<string, number>, Map<string, number>];
    return domains.get(host) ?? wildcards.get(host) ?? urlHosts.get(host) ?? this.add(HOST_KINDS.urlHost, host, 0);
  }

  count(kind: HostKind): number {
    return this.byKind[kind]!.size;
  }
}

class SnapshotCompiler {
  readonly recordTable = new RecordTableBuilder();
  readonly hosts = new HostEntries();
  readonly urls = new Map<string, number>();
  readonly urlKeys: UrlKey[] = [];
  readonly urlRecords: EntryRecords[] = [];
  readonly ipv4 = new AddressForestBuilder(4);
  readonly ipv6 = new AddressForestBuilder(6);
  readonly refused = { count: 0, examples: [] as string[] };
  private readonly address = new Uint32Array(4);

  add(source: SourceRecord): void {
    const id = this.recordTable.idOf(source.record);
    for (const domain of source.domains) this.addHost(HOST_KINDS.domain, domain, id);
    for (const wildcard of source.wildcards) this.addHost(HOST_KINDS.wildcard, wildcard, id);
    for (const url of source.urls) this.addUrl(url, id);
    for (const text of source.addresses) {
      const entry = parseAddressEntry(text, this.address);
      if (entry === null) this.refuse(`address ${text}`);
      else (entry.family === 4 ? this.ipv4 : this.ipv6).add(this.address, entry.prefix, id);
    }
  }

  finish(options: CompileOptions): CompileResult {
    const records = this.recordTable;
    const urlHosts = this.urlKeys.map((key) => this.hosts.entryFor(key.href.slice(key.hostStart, key.hostEnd)));
    const hosts = this.hostSections();
    const urls = this.urlSections(urlHosts, hosts.sortedIndex);
    const ipv4 = this.ipv4.build((entry) => records.referenceTo(entry));
    const ipv6 = this.ipv6.build((entry) => records.referenceTo(entry));
    const recordSections = records.finish();
    const sections: SnapshotSections = {
      ...hosts.sections,
      ...urls.sections,
      ipv4Directory: ipv4.directory,
      ipv4Starts: ipv4.starts,
      ipv4Prefixes: ipv4.prefixes,
      ipv4Parents: ipv4.parents,
      ipv4Records: ipv4.recordRefs,
      ipv6Directory: ipv6.directory,
      ipv6Starts: ipv6.starts,
      ipv6Prefixes: ipv6.prefixes,
      ipv6Parents: ipv6.parents,
      ipv6Records: ipv6.recordRefs,
      recordFields: recordSections.recordFields,
      recordOffsets: recordSections.recordOffsets,
      recordBytes: recordSections.recordBytes,
      recordSetStarts: recordSections.recordSetStarts,
      recordSetMembers: recordSections.recordSetMembers,
    };
    const info: SnapshotInfo = {
      name: options.name,
      date: options.date,
      built: options.built ?? new Date().toISOString(),
      counts: {
        domains: this.hosts.count(HOST_KINDS.domain),
        wildcards: this.hosts.count(HOST_KINDS.wildcard),
        urls: this.urlKeys.length,
        ipv4: this.ipv4.count,
        ipv6: this.ipv6.count,
        records: recordSections.counts.records,
      },
    };
    const bytes = writeSnapshot({
      meta: { name: info.name, date: info.date, built: info.built },
      counts: {
        ...info.counts,
        hostEntries: this.hosts.names.length,
        hostDirectoryBits: hosts.directoryBits,
        urlEntries: this.urlKeys.length,
        urlDirectoryBits: urls.directoryBits,
        ipv4Entries: this.ipv4.count,
        ipv4DirectoryBits: ipv4.directoryBits,
        ipv6Entries: this.ipv6.count,
        ipv6DirectoryBits: ipv6.directoryBits,
        recordStrings: recordSections.counts.recordStrings,
        recordSets: recordSections.counts.recordSets,
      },
      sections,
    });
    return { bytes, info, refused: this.refused };
  }

  private hostSections() {
    const { names, kinds, records } = this.hosts;
    const fingerprints = Uint32Array.from(names, hostFingerprint);
    const order = orderByFingerprint(fingerprints);
    const sortedIndex = new Uint32Array(order.length);
    const strings = new ByteStringsBuilder();
    order.forEach((entry, sorted) => {
      sortedIndex[entry] = sorted;
      strings.add(names[entry]!);
    });
    const sortedFingerprints = order.map((entry) => fingerprints[entry]!);
    const directoryBits = directoryBitsFor(order.length);
    const { offsets, bytes } = strings.finish();
    return {
      directoryBits,
      sortedIndex,
      sections: {
        hostDirectory: buildDirectory(sortedFingerprints, directoryBits),
        hostFingerprints: sortedFingerprints,
        hostKinds: Uint8Array.from(order, (entry) => kinds[entry]!),
        hostRecords: order.map((entry) => this.recordTable.referenceTo(records[entry]!)),
        hostOffsets: offsets,
        hostBytes: bytes,
      },
    };
  }

  /** hostEntries[u]: the (unsorted) host entry of URL u; sortedHost maps it to its sorted place. */
  private urlSections(hostEntries: number[], sortedHost: Uint32Array) {
    const fingerprints = Uint32Array.from(this.urlKeys, (key) => urlFingerprint(key.href));
    const order = orderByFingerprint(fingerprints);
    const rests = new ByteStringsBuilder();
    for (const entry of order) rests.add(urlRest(this.urlKeys[entry]!));
    const sortedFingerprints = order.map((entry) => fingerprints[entry]!);
    const directoryBits = directoryBitsFor(order.length);
    const { offsets, bytes } = rests.finish();
    return {
      directoryBits,
      sections: {
        urlDirectory: buildDirectory(sortedFingerprints, directoryBits),
        urlFingerprints: sortedFingerprints,
        urlHosts: order.map((entry) => sortedHost[hostEntries[entry]!]!),
        urlRecords: order.map((entry) => this.recordTable.referenceTo(this.urlRecords[entry]!)),
        urlOffsets: offsets,
        urlBytes: bytes,
      },
    };
  }

  private addHost(kind: HostKind, text: string, id: number): void {
    const name = normaliseQueryHost(text);
    if (name === null || name.length > 253 || !isAscii(name)) this.refuse(`host ${text}`);
    else this.hosts.add(kind, name, id);
  }

  private addUrl(text: string, id: number): void {
    const key = urlKey(text);
    if (key === null || !isAscii(key.href)) return this.refuse(`URL ${text}`);
    const entry = this.urls.get(key.href);
    if (entry !== undefined) {
      this.urlRecords[entry] = withRecord(this.urlRecords[entry], id);
      return;
    }
    this.urls.set(key.href, this.urlKeys.length);
    this.urlKeys.push(key);
    this.urlRecords.push(id);
  }

  private refuse(what: string): void {
    this.refused.count++;
    if (this.refused.examples.length < REFUSED_EXAMPLES) this.refused.examples.push(what);
  }
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

export async function compileSnapshot(
  sources: Iterable<SourceRecord> | AsyncIterable<SourceRecord>,
  options: CompileOptions,
): Promise<CompileResult> {
  const compiler = new SnapshotCompiler();
  // An array or other iterable is read without an await per record.
  if (Symbol.iterator in sources) for (const source of sources) compiler.add(source);
  else for await (const source of sources) compiler.add(source);
  return compiler.finish(options);
}
