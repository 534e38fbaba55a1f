// Compiles source records into one binary snapshot (layout in snapshot-format.ts): deduplicates
// entries, merges the records that name each one, and lays hosts, URLs and addresses out for
// in-place lookup. Holds only the distinct entries while it works, their texts as bytes.

import { parseAddressEntry } from './address-bits';
import { AddressForestBuilder } from './address-forest-builder';
import { ByteStringsBuilder } from './byte-strings';
import { buildDirectory, directoryBitsFor, fingerprintRemainders, orderByFingerprint } from './fingerprint-index';
import { InternedStrings } from './interned-strings';
import { HOST_KINDS } from './match-host';
import { storedUrl } from './match-url';
import { normaliseQueryHost } from './normalise-query-host';
import { RecordTableBuilder, withRecord, type EntryRecords } from './record-table-builder';
import { writeSnapshot, type SnapshotSections } from './snapshot-format';
import { hostFingerprint, urlFingerprint } from './string-hash';
import type { SnapshotInfo, SourceRecord } from './types';
import { locateUrlHost, urlKey } from './url-key';

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

class SnapshotCompiler {
  readonly recordTable = new RecordTableBuilder();
  /** Every host name: listed domains, wildcards, and the hosts of listed URLs. */
  readonly hostNames = new InternedStrings(hostFingerprint);
  /** The records listing each host name as a domain, and as a wildcard; by name id. */
  readonly domainRecords: (EntryRecords | undefined)[] = [];
  readonly wildcardRecords: (EntryRecords | undefined)[] = [];
  readonly urls = new InternedStrings(urlFingerprint);
  readonly urlHostNames: number[] = [];
  readonly urlRecords: EntryRecords[] = [];
  readonly ipv4 = new AddressForestBuilder(4);
  readonly ipv6 = new AddressForestBuilder(6);
  readonly refused = { count: 0, examples: [] as string[] };
  private readonly address = new Uint32Array(4);

  add(source: SourceRecord): void {
    const id = this.recordTable.idOf(source.record);
    for (const domain of source.domains) this.addHost(this.domainRecords, domain, id);
    for (const wildcard of source.wildcards) this.addHost(this.wildcardRecords, wildcard, id);
    for (const url of source.urls) this.addUrl(url, id);
    for (const text of source.addresses) {
      const entry = parseAddressEntry(text, this.address);
      if (entry === null) this.refuse(`address ${text}`);
      else (entry.family === 4 ? this.ipv4 : this.ipv6).add(this.address, entry.prefix, id);
    }
  }

  finish(options: CompileOptions): CompileResult {
    const records = this.recordTable;
    const hosts = this.hostSections();
    const urls = this.urlSections(hosts.sortedEntryOfName);
    const ipv4 = this.ipv4.build((entry) => records.referenceTo(entry));
    const ipv6 = this.ipv6.build((entry) => records.referenceTo(entry));
    const recordSections = records.finish();
    const sections: SnapshotSections = {
      ...hosts.sections,
      ...urls.sections,
      ipv4Directory: ipv4.directory,
      ipv4Entries: ipv4.entries,
      ipv4Records: ipv4.recordRefs,
      ipv6Directory: ipv6.directory,
      ipv6Entries: ipv6.entries,
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
        domains: hosts.counts.domains,
        wildcards: hosts.counts.wildcards,
        urls: this.urls.count,
        ipv4: this.ipv4.count,
        ipv6: this.ipv6.count,
        records: recordSections.counts.records,
      },
    };
    const bytes = writeSnapshot({
      meta: { name: info.name, date: info.date, built: info.built },
      counts: {
        ...info.counts,
        hostEntries: hosts.sections.hostRecords.length,
        hostDirectoryBits: hosts.directoryBits,
        urlEntries: this.urls.count,
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

  /** One entry per listed (name, kind), exact before wildcard; a name only URLs know is a URL host. */
  private hostSections() {
    const names: number[] = [];
    const kinds: HostKind[] = [];
    const references: number[] = [];
    const firstEntryOfName = new Uint32Array(this.hostNames.count);
    const entry = (name: number, kind: HostKind, records: EntryRecords | undefined) => {
      if (kind !== HOST_KINDS.urlHost && records === undefined) return;
      if (names[names.length - 1] !== name) firstEntryOfName[name] = names.length;
      names.push(name);
      kinds.push(kind);
      references.push(records === undefined ? 0 : this.recordTable.referenceTo(records));
    };
    for (let name = 0; name < this.hostNames.count; name++) {
      const domain = this.domainRecords[name];
      const wildcard = this.wildcardRecords[name];
      entry(name, HOST_KINDS.domain, domain);
      entry(name, HOST_KINDS.wildcard, wildcard);
      if (domain === undefined && wildcard === undefined) entry(name, HOST_KINDS.urlHost, undefined);
    }
    const fingerprints = Uint32Array.from(names, (name) => this.hostNames.fingerprint(name));
    const order = orderByFingerprint(fingerprints);
    const sortedIndex = new Uint32Array(order.length);
    order.forEach((unsorted, sorted) => (sortedIndex[unsorted] = sorted));
    const sortedFingerprints = order.map((unsorted) => fingerprints[unsorted]!);
    const directoryBits = directoryBitsFor(order.length);
    const { offsets, bytes } = this.hostNames.strings.finish(
      order.map((unsorted) => names[unsorted]!),
      order.map((unsorted) => kinds[unsorted]!),
    );
    return {
      directoryBits,
      sortedEntryOfName: firstEntryOfName.map((unsorted) => sortedIndex[unsorted]!),
      counts: {
        domains: kinds.filter((kind) => kind === HOST_KINDS.domain).length,
        wildcards: kinds.filter((kind) => kind === HOST_KINDS.wildcard).length,
      },
      sections: {
        hostDirectory: buildDirectory(sortedFingerprints, directoryBits),
        hostFingerprints: fingerprintRemainders(sortedFingerprints, directoryBits),
        hostRecords: order.map((unsorted) => references[unsorted]!),
        hostOffsets: offsets,
        hostBytes: bytes,
      },
    };
  }

  /** sortedEntryOfName: for each host name id, the sorted host entry URLs point to. */
  private urlSections(sortedEntryOfName: Uint32Array) {
    const fingerprints = Uint32Array.from({ length: this.urls.count }, (_, url) => this.urls.fingerprint(url));
    const order = orderByFingerprint(fingerprints);
    const rests = new ByteStringsBuilder();
    for (const url of order) rests.add(storedUrl(locateUrlHost(this.urls.text(url))!));
    const sortedFingerprints = order.map((url) => fingerprints[url]!);
    const directoryBits = directoryBitsFor(order.length);
    const { offsets, bytes } = rests.finish();
    return {
      directoryBits,
      sections: {
        urlDirectory: buildDirectory(sortedFingerprints, directoryBits),
        urlFingerprints: fingerprintRemainders(sortedFingerprints, directoryBits),
        urlHosts: order.map((url) => sortedEntryOfName[this.urlHostNames[url]!]!),
        urlRecords: order.map((url) => this.recordTable.referenceTo(this.urlRecords[url]!)),
        urlOffsets: offsets,
        urlBytes: bytes,
      },
    };
  }

  private addHost(records: (EntryRecords | undefined)[], text: string, id: number): void {
    const name = normaliseQueryHost(text);
    if (name === null || name.length > 253 || !isAscii(name)) return this.refuse(`host ${text}`);
    const nameId = this.hostNames.idOf(name);
    records[nameId] = withRecord(records[nameId], id);
  }

  private addUrl(text: string, id: number): void {
    const key = urlKey(text);
    if (key === null || !isAscii(key.href)) return this.refuse(`URL ${text}`);
    const count = this.urls.count;
    const url = this.urls.idOf(key.href);
    if (url < count) {
      this.urlRecords[url] = withRecord(this.urlRecords[url], id);
      return;
    }
    this.urlHostNames.push(this.hostNames.idOf(key.href.slice(key.hostStart, key.hostEnd)));
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
