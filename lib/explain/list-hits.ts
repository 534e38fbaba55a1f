// The list hits explain() is given for one host, by what was looked up, and what they name.
import type { Evidence, HostingNetwork, ListEvidenceType } from '@blocklens/vocabulary';
import type { ListHit } from '../blocklist/format/types';

export interface HostHits {
  /** The host, its parent domains and the wildcards covering it. */
  host: ListHit[];
  /** The failed URL. */
  url: ListHit[];
  /** The host's known address, exactly or within a range. */
  address: ListHit[];
  /** The hosting network of the host's known address, when a `networks:` source names it. */
  network: HostingNetwork | null;
}

/** A list entry as hits and evidence both carry it. */
interface NamedEntry {
  type: ListEvidenceType;
  entry: string;
}

/** Whether two host names are one: case and a trailing dot aside. */
export const sameHost = (a: string, b: string): boolean =>
  a.toLowerCase().replace(/\.$/, '') === b.toLowerCase().replace(/\.$/, '');

/**
 * The parent domain whose exact entry is all the list has for `host`, or null. The registry names a
 * host by its exact entry and a host with everything below it by a wildcard (`*.example.org`):
 * an exact `example.org` names that one name, so for `www.example.org` it is a parent hit, weaker
 * than a hit on the host itself, a wildcard covering it, or its URL (README, "Exact entries and
 * wildcards"). Entries of other kinds (addresses, ranges) are not looked at. The nearest parent
 * is named: the matcher gives the most specific entry first.
 */
export function listedParentOnly(host: string, entries: readonly NamedEntry[]): string | null {
  let parent: string | null = null;
  for (const { type, entry } of entries) {
    if (type === 'list-wildcard' || type === 'list-url') return null;
    if (type !== 'list-domain') continue;
    if (sameHost(entry, host)) return null;
    parent ??= entry;
  }
  return parent;
}

/** `listedParentOnly` read from a finding's evidence. */
export function listedParentOf(finding: { host: string; evidence: readonly Evidence[] }): string | null {
  return listedParentOnly(
    finding.host,
    finding.evidence.filter((item): item is Extract<Evidence, NamedEntry> => 'entry' in item),
  );
}
