// Gathers the entries one source line names, normalised and deduplicated, with the reasons for any
// entry refused, and turns them into a SourceRecord.

import type { ListRecord } from '@blocklens/vocabulary';
import { normaliseAddress } from '../../ip/ip-address';
import { normaliseListUrl } from '../format/list-url';
import type { SourceRecord } from '../format/types';
import { classifyHostEntry } from './host-entry';

export class RecordEntries {
  readonly dropped: string[] = [];
  private readonly domains = new Set<string>();
  private readonly wildcards = new Set<string>();
  private readonly urls = new Set<string>();
  private readonly addresses = new Set<string>();

  /** A domain, "*." wildcard or address; a domain field holding an address is kept as an address. */
  addHost(text: string): void {
    const entry = classifyHostEntry(text);
    if (!entry.ok) this.dropped.push(entry.reason);
    else if (entry.value.kind === 'domain') this.domains.add(entry.value.value);
    else if (entry.value.kind === 'wildcard') this.wildcards.add(entry.value.value);
    else this.addresses.add(entry.value.value);
  }

  addAddress(text: string): void {
    const address = normaliseAddress(text);
    if (address.ok) this.addresses.add(address.value);
    else this.dropped.push(address.reason);
  }

  addUrl(text: string): void {
    const url = normaliseListUrl(text);
    if (url.ok) this.urls.add(url.value);
    else this.dropped.push(url.reason);
  }

  /** The record, or null when no entry survived. */
  toRecord(record: ListRecord): SourceRecord | null {
    if (!this.domains.size && !this.wildcards.size && !this.urls.size && !this.addresses.size) return null;
    return {
      record,
      domains: [...this.domains],
      wildcards: [...this.wildcards],
      urls: [...this.urls],
      addresses: [...this.addresses],
    };
  }
}
