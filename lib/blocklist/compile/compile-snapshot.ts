// Compiles source records into one binary snapshot (layout in snapshot-format.ts): deduplicates
// entries, merges the records that name each one, and lays hosts, URLs and addresses out for
// in-place lookup. Holds only the distinct entries while it works, their texts as bytes. Hosting
// networks go beside the list: their ranges in address forests of their own, never list hits.

import { parseAddressEntry } from '../../ip/address-bits';
import { bitWidth } from '../format/bit-writer';
import { HOST_KINDS, type HostKind } from '../format/host-table-format';
import { normaliseQueryHost } from '../format/normalise-query-host';
import { packUints } from '../format/packed-uints';
import { writeSnapshot, type SnapshotSections } from '../format/snapshot-format';
import { storedUrl } from '../format/stored-url';
import { hostFingerprint, urlFingerprint } from '../format/string-hash';
import { preferredNetwork } from '../format/preferred-network';
import { isSourceNetwork, type ListDate, type SnapshotInfo, type SourceItem, type SourceNetwork, type SourceRecord } from '../format/types';
import { locateUrlHost, urlKey } from '../format/url-key';
import { AddressForestBuilder } from './address-forest-builder';
import { ByteStringsBuilder } from './byte-strings';
import { buildHostTable, type HostEntries } from './host-table-builder';
import { InternedStrings } from './interned-strings';
import { RecordTableBuilder, withRecord, type EntryRecords } from './record-table-builder';

export interface CompileOptions {
  /** The list's name, e.g. "ru-registry". */
  name: string;
  /** The list's date, YYYY-MM-DD. */
  date: string;
  /** Each list's own date; none by default. */
  lists?: ListDate[];
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
  readonly networkIpv4 = new AddressForestBuilder(4);
  readonly networkIpv6 = new AddressForestBuilder(6);
  /** Each distinct network (name and date) by its id, and the ids by their JSON. */
  readonly networks: { name: string; since: string }[] = [];
  readonly networkIds = new Map<string, number>();
  readonly refused = { count: 0, examples: [] as string[] };
  private readonly address = new Uint32Array(4);

  add(item: SourceItem): void {
    if (isSourceNetwork(item)) this.addNetwork(item);
    else this.addRecord(item);
  }

  private addNetwork({ network: { range, name, since } }: SourceNetwork): void {
    const entry = parseAddressEntry(range, this.address);
    if (entry === null) return this.refuse(`network range ${range}`);
    const key = JSON.stringify([name, since]);
    let id = this.networkIds.get(key);
    if (id === undefined) {
      id = this.networks.length;
      this.networkIds.set(key, id);
      this.networks.push({ name, since });
    }
    (entry.family === 4 ? this.networkIpv4 : this.networkIpv6).add(this.address, entry.prefix, id);
  }

  private addRecord(source: SourceRecord): void {
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
    const entries = this.hostEntries();
    const ipv4 = this.ipv4.build((entry) => records.referenceTo(entry));
    const ipv6 = this.ipv6.build((entry) => records.referenceTo(entry));
    const recordTable = records.finish();
    const networks = this.networkSections();
    const referenceBits = bitWidth(Math.max(0, recordTable.counts.records + recordTable.counts.recordSets - 1));
    if (referenceBits > 24) throw new Error('more than 2^24 records and record sets');
    const hosts = buildHostTable(entries, referenceBits);
    const sections: SnapshotSections = {
      hostModel: hosts.hostModel,
      hostDirectory: hosts.directory,
      hostStream: hosts.stream,
      urlModel: hosts.urlModel,
      ipv4Directory: ipv4.directory,
      ipv4Starts: ipv4.starts,
      ipv4Links: ipv4.links,
      ipv4Records: packUints(ipv4.recordRefs, referenceBits),
      ipv6Directory: ipv6.directory,
      ipv6Starts: ipv6.starts,
      ipv6Links: ipv6.links,
      ipv6Records: packUints(ipv6.recordRefs, referenceBits),
      ...recordTable.sections,
      ...networks.sections,
    };
    const info: SnapshotInfo = {
      name: options.name,
      date: options.date,
      lists: options.lists ?? [],
      built: options.built ?? new Date().toISOString(),
      counts: {
        domains: entries.kinds.filter((kind) => kind === HOST_KINDS.domain).length,
        wildcards: entries.kinds.filter((kind) => kind === HOST_KINDS.wildcard).length,
        urls: this.urls.count,
        ipv4: this.ipv4.count,
        ipv6: this.ipv6.count,
        records: recordTable.counts.records,
        networks: this.networkIpv4.count + this.networkIpv6.count,
      },
    };
    const { directoryBits, ...codes } = hosts.parameters;
    const bytes = writeSnapshot({
      meta: { name: info.name, date: info.date, built: info.built, lists: info.lists },
      counts: {
        ...info.counts,
        ...recordTable.counts,
        ...networks.counts,
        ...codes,
        hostEntries: entries.names.length,
        hostDirectoryBits: directoryBits,
        ipv4DirectoryBits: ipv4.directoryBits,
        ipv6DirectoryBits: ipv6.directoryBits,
      },
      sections,
    });
    return { bytes, info, refused: this.refused };
  }

  /** The hosting networks' sections: a range named by several networks stands for the preferred one. */
  private networkSections() {
    const preferred = (ids: number | number[]): number =>
      typeof ids === 'number' ? ids : ids.reduce((best, id) => (preferredNetwork(this.networks[best]!, this.networks[id]!) === this.networks[best] ? best : id));
    const ipv4 = this.networkIpv4.build(preferred);
    const ipv6 = this.networkIpv6.build(preferred);
    const referenceBits = bitWidth(Math.max(0, this.networks.length - 1));
    const texts = new ByteStringsBuilder();
    for (const { name, since } of this.networks) {
      texts.add(name);
      texts.add(since);
    }
    const { offsets, bytes } = texts.finish();
    return {
      sections: {
        networkIpv4Directory: ipv4.directory,
        networkIpv4Starts: ipv4.starts,
        networkIpv4Links: ipv4.links,
        networkIpv4Refs: packUints(ipv4.recordRefs, referenceBits),
        networkIpv6Directory: ipv6.directory,
        networkIpv6Starts: ipv6.starts,
        networkIpv6Links: ipv6.links,
        networkIpv6Refs: packUints(ipv6.recordRefs, referenceBits),
        networkTextOffsets: offsets,
        networkTextBytes: bytes,
      },
      counts: {
        networkIpv4: this.networkIpv4.count,
        networkIpv6: this.networkIpv6.count,
        networkIpv4DirectoryBits: ipv4.directoryBits,
        networkIpv6DirectoryBits: ipv6.directoryBits,
        networkValues: this.networks.length,
        networkReferenceBits: referenceBits,
      },
    };
  }

  /**
   * One entry per listed (name, kind), exact before wildcard; a name only URLs know is a URL host.
   * A name's URLs go with its first entry; a URL host takes the records most of its URLs have.
   * Column by column, as a million small objects would keep the garbage collector busy.
   */
  private hostEntries(): HostEntries {
    const urlsOfName = this.urlsByName();
    const texts = Array.from({ length: this.hostNames.count }, (_, name) => this.hostNames.text(name));
    const listedBelow = this.namesWithListedBelow(texts);
    const names: string[] = [];
    const fingerprints: number[] = [];
    const kinds: number[] = [];
    const below: number[] = [];
    const references: number[] = [];
    const urlStarts: number[] = [0];
    const urlRests: string[] = [];
    const urlReferences: number[] = [];
    const entry = (name: number, text: string, kind: HostKind, reference: number) => {
      names.push(text);
      fingerprints.push(this.hostNames.fingerprint(name));
      kinds.push(kind);
      below.push(listedBelow[name]!);
      references.push(reference);
    };
    for (let name = 0; name < this.hostNames.count; name++) {
      const text = texts[name]!;
      const firstUrl = urlRests.length;
      for (let i = urlsOfName.starts[name]!; i < urlsOfName.starts[name + 1]!; i++) {
        const url = urlsOfName.urls[i]!;
        urlRests.push(storedUrl(locateUrlHost(this.urls.text(url))!));
        urlReferences.push(this.recordTable.referenceTo(this.urlRecords[url]!));
      }
      const domain = this.domainRecords[name];
      const wildcard = this.wildcardRecords[name];
      if (domain !== undefined) entry(name, text, HOST_KINDS.domain, this.recordTable.referenceTo(domain));
      if (domain !== undefined && wildcard !== undefined) urlStarts.push(urlRests.length);
      if (wildcard !== undefined) entry(name, text, HOST_KINDS.wildcard, this.recordTable.referenceTo(wildcard));
      if (domain === undefined && wildcard === undefined) {
        entry(name, text, HOST_KINDS.urlHost, commonest(urlReferences, firstUrl, urlRests.length));
      }
      urlStarts.push(urlRests.length);
    }
    return {
      names,
      fingerprints: Uint32Array.from(fingerprints),
      kinds: Uint8Array.from(kinds),
      listedBelow: Uint8Array.from(below),
      references: Uint32Array.from(references),
      urlStarts: Uint32Array.from(urlStarts),
      urlRests,
      urlReferences: Uint32Array.from(urlReferences),
    };
  }

  /** The URL ids of each name id: urls[starts[name], starts[name + 1]). */
  private urlsByName(): { starts: Uint32Array; urls: Uint32Array } {
    const starts = new Uint32Array(this.hostNames.count + 1);
    for (const name of this.urlHostNames) starts[name + 1]!++;
    for (let name = 0; name < this.hostNames.count; name++) starts[name + 1]! += starts[name]!;
    const next = starts.slice(0, -1);
    const urls = new Uint32Array(this.urlHostNames.length);
    this.urlHostNames.forEach((name, url) => (urls[next[name]!++] = url));
    return { starts, urls };
  }

  /** By name id, 1 for the names that are parent domains of a listed domain or wildcard. */
  private namesWithListedBelow(texts: string[]): Uint8Array {
    const marks = new Uint8Array(this.hostNames.count);
    for (let name = 0; name < this.hostNames.count; name++) {
      if (this.domainRecords[name] === undefined && this.wildcardRecords[name] === undefined) continue;
      const text = texts[name]!;
      for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
        const parent = this.hostNames.find(text.slice(dot + 1));
        if (parent >= 0) marks[parent] = 1;
      }
    }
    return marks;
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

/** The reference most of references[from, to) are (the first of them on a tie), or 0 for none. */
function commonest(references: number[], from: number, to: number): number {
  const counts = new Map<number, number>();
  let best = from < to ? references[from]! : 0;
  for (let i = from; i < to; i++) {
    const count = (counts.get(references[i]!) ?? 0) + 1;
    counts.set(references[i]!, count);
    if (count > counts.get(best)!) best = references[i]!;
  }
  return best;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

export async function compileSnapshot(
  sources: Iterable<SourceItem> | AsyncIterable<SourceItem>,
  options: CompileOptions,
): Promise<CompileResult> {
  const compiler = new SnapshotCompiler();
  // An array or other iterable is read without an await per record.
  if (Symbol.iterator in sources) for (const source of sources) compiler.add(source);
  else for await (const source of sources) compiler.add(source);
  return compiler.finish(options);
}
