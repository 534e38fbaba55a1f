// The contract between list sources, the compiler and the matcher.
import type { HostingNetwork, ListEvidenceType, ListRecord } from '@blocklens/vocabulary';

/** One line of a source list: the entries it names and the record that names them. */
export interface SourceRecord {
  record: ListRecord;
  /** Exact host names, lower-case ASCII (IDNA applied). */
  domains: string[];
  /** Wildcards without their "*." prefix: "example.org" stands for every subdomain of it. */
  wildcards: string[];
  urls: string[];
  /** IPv4/IPv6 addresses and CIDR ranges as written ("1.2.3.4", "10.0.0.0/8", "2001:db8::/32"). */
  addresses: string[];
}

/**
 * One line of a `networks:` source: a range of a hosting network. Not a list entry: no record names
 * it, and it never makes a list hit (see BlocklistMatcher.matchNetwork).
 */
export interface SourceNetwork {
  network: HostingNetwork;
}

/** What a source parser yields and the compiler takes: list records and hosting-network ranges. */
export type SourceItem = SourceRecord | SourceNetwork;

export function isSourceNetwork(item: SourceItem): item is SourceNetwork {
  return 'network' in item;
}

/** A line a parser refused, with where and why. */
export interface ParseProblem {
  file: string;
  line: number;
  reason: string;
}

/** One list entry that matched a query, with every record that names it. */
export interface ListHit {
  type: ListEvidenceType;
  /** The entry as listed: "example.org", "*.example.org", "http://…", "1.2.3.4", "1.2.0.0/16". */
  entry: string;
  records: ListRecord[];
}

/**
 * Where a list's date comes from: its own "Updated:" line (the registry's), the newest date among its
 * records (a registry part without that line: its newest decision; a Citizen Lab list: the newest
 * entry added), or nowhere (a plain list).
 */
export type ListDating = 'updated' | 'newest-record' | 'none';

/** One list of those a snapshot was built from (the parts of a split dump are one), with its date. */
export interface ListDate {
  name: string;
  /** YYYY-MM-DD, or "" when dated "none". */
  date: string;
  dated: ListDating;
}

export interface SnapshotInfo {
  name: string;
  /**
   * The list's own date (YYYY-MM-DD): the registry's (see SourcesReport.date in
   * sources/read-sources.ts), never moved by another list built in with it.
   */
  date: string;
  /** Each list's own date, in source order; empty when the compiler was given none. */
  lists: ListDate[];
  /** When the snapshot was compiled (ISO 8601). */
  built: string;
  counts: {
    domains: number;
    wildcards: number;
    urls: number;
    ipv4: number;
    ipv6: number;
    records: number;
    /** Hosting-network ranges, IPv4 and IPv6 (not list entries). */
    networks: number;
  };
}

/** Answers lookups from a loaded snapshot. */
export interface BlocklistMatcher {
  readonly info: SnapshotInfo;
  /** The host itself, each parent domain, and wildcards covering it. */
  matchHost(host: string): ListHit[];
  /** An exact listed address, and every listed range that contains it. */
  matchAddress(address: string): ListHit[];
  /** The URL as listed (scheme and host case-insensitive, fragment ignored). */
  matchUrl(url: string): ListHit[];
  /**
   * The hosting network (a `networks:` source) whose range holds the address, the narrowest when
   * ranges nest, or null. Never a list hit: a network is where a site is hosted, not a block.
   */
  matchNetwork(address: string): HostingNetwork | null;
  /**
   * Every hosting-network range holding the address, the narrowest first (a range named twice
   * appears once, as preferredNetwork picks it). What a patched list needs to find the narrowest
   * range left once a patch removed one.
   */
  networksHolding(address: string): HostingNetwork[];
}
