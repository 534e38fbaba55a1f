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
  readonly domains = new Map<string, EntryRecords>();
  readonly wildcards = new Map<string, EntryRecords>();
  readonly urls = new Map<string, EntryRecords>();
  readonly ipv4 = new AddressForestBuilder(4);
  readonly ipv6 = new AddressForestBuilder(6);
  readonly refused = { count: 0, examples: [] as string[] };
  private readonly address = new Uint32Array(4);

  add(source: SourceRecord): void {
    const id = this.recordTable.idOf(source.record);
    for (const domain of source.domains) this.addHost(this.domains, domain, id);
    for (const wildcard of source.wildcards) this.addHost(this.wildcards, wildcard, id);
    for (const url of source.urls) {
      const key = urlKey(url);
      if (key === null || !isAscii(key.href)) this.refuse(`URL ${url}`);
      else this.urls.set(key.href, withRecord(this.urls.get(key.href), id));
    }
    for (const text of source.addresses) {
      const entry = parseAddressEntry(text, this.address);
      if (entry === null) this.refuse(`address ${text}`);
      else (entry.family === 4 ? this.ipv4 : this.ipv6).add(this.address, entry.prefix, id);
    }
  }

  finish(options: CompileOptions): CompileResult {
    const records = this.recordTable;
    const hosts = this.hostSections();
    const urls = this.urlSections(hosts.indexOfName);
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
        domains: this.domains.size,
        wildcards: this.wildcards.size,
        urls: this.urls.size,
        ipv4: this.ipv4.count,
        ipv6: this.ipv6.count,
        records: recordSections.counts.records,
      },
    };
    const bytes = writeSnapshot({
      meta: { name: info.name, date: info.date, built: info.built },
      counts: {
        ...info.counts,
        hostEntries: hosts.sections.hostKinds.length,
        hostDirectoryBits: hosts.directoryBits,
        urlEntries: this.urls.size,
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

  /** Exact domains, then wildcards, then the hosts of URLs not already among them. */
  private hostSections() {
    const names: string[] = [];
    const kinds: HostKind[] = [];
    const references: number[] = [];
    const listed = (entries: Map<string, EntryRecords>, kind: HostKind) => {
      for (const [name, records] of entries) {
        names.push(name);
        kinds.push(kind);
        references.push(this.recordTable.referenceTo(records));
      }
    };
    listed(this.domains, HOST_KINDS.domain);
    listed(this.wildcards, HOST_KINDS.wildcard);
    for (const href of this.urls.keys()) {
      const host = hostOf(href);
      if (!this.domains.has(host) && !this.wildcards.has(host)) {
        names.push(host);
        kinds.push(HOST_KINDS.urlHost);
        references.push(0);
      }
    }
    const fingerprints = Uint32Array.from(names, hostFingerprint);
    const order = orderByFingerprint(fingerprints);
    const strings = new ByteStringsBuilder();
    const indexOfName = new Map<string, number>();
    order.forEach((entry, sorted) => {
      const name = names[entry]!;
      strings.add(name);
      if (!indexOfName.has(name)) indexOfName.set(name, sorted);
    });
    const sortedFingerprints = order.map((entry) => fingerprints[entry]!);
    const directoryBits = directoryBitsFor(order.length);
    const { offsets, bytes } = strings.finish();
    return {
      directoryBits,
      indexOfName,
      sections: {
        hostDirectory: buildDirectory(sortedFingerprints, directoryBits),
        hostFingerprints: sortedFingerprints,
        hostKinds: Uint8Array.from(order, (entry) => kinds[entry]!),
        hostRecords: order.map((entry) => references[entry]!),
        hostOffsets: offsets,
        hostBytes: bytes,
      },
    };
  }

  private urlSections(indexOfHost: Map<string, number>) {
    const hrefs = [...this.urls.keys()];
    const fingerprints = Uint32Array.from(hrefs, urlFingerprint);
    const order = orderByFingerprint(fingerprints);
    const rests = new ByteStringsBuilder();
    const hostEntries = new Uint32Array(order.length);
    const references = new Uint32Array(order.length);
    order.forEach((entry, sorted) => {
      const href = hrefs[entry]!;
      const key = locateUrlHost(href)!;
      rests.add(urlRest(key));
      hostEntries[sorted] = indexOfHost.get(href.slice(key.hostStart, key.hostEnd))!;
      references[sorted] = this.recordTable.referenceTo(this.urls.get(href)!);
    });
    const sortedFingerprints = order.map((entry) => fingerprints[entry]!);
    const directoryBits = directoryBitsFor(order.length);
    const { offsets, bytes } = rests.finish();
    return {
      directoryBits,
      sections: {
        urlDirectory: buildDirectory(sortedFingerprints, directoryBits),
        urlFingerprints: sortedFingerprints,
        urlHosts: hostEntries,
        urlRecords: references,
        urlOffsets: offsets,
        urlBytes: bytes,
      },
    };
  }

  private addHost(entries: Map<string, EntryRecords>, text: string, id: number): void {
    const name = normaliseQueryHost(text);
    if (name === null || name.length > 253 || !isAscii(name)) this.refuse(`host ${text}`);
    else entries.set(name, withRecord(entries.get(name), id));
  }

  private refuse(what: string): void {
    this.refused.count++;
    if (this.refused.examples.length < REFUSED_EXAMPLES) this.refused.examples.push(what);
  }
}

function hostOf(href: string): string {
  const key = locateUrlHost(href)!;
  return href.slice(key.hostStart, key.hostEnd);
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
  for await (const source of sources) compiler.add(source);
  return compiler.finish(options);
}
