// Sorts one host-like list entry into a domain, a "*." wildcard, or an address/range, normalised.

import { looksLikeAddress, normaliseAddress } from '../../ip/ip-address';
import { accepted, quoted, refused, type Checked } from '../../validation/checked';
import { toAsciiDomain } from '../format/idna-host';

export type HostEntryKind = 'domain' | 'wildcard' | 'address';

export interface HostEntry {
  kind: HostEntryKind;
  /** Domain in ASCII, wildcard without its "*.", or canonical address/range. */
  value: string;
}

/** "*.Пример.рф" -> wildcard "xn--e1afmkfd.xn--p1ai"; "10.0.0.0/8" -> address; a bracketed IPv6 host is unwrapped. */
export function classifyHostEntry(text: string): Checked<HostEntry> {
  if (text.startsWith('*.')) {
    const domain = toAsciiDomain(text.slice(2));
    return domain.ok ? accepted({ kind: 'wildcard', value: domain.value }) : refused(`bad wildcard ${quoted(text)}`);
  }
  const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  if (looksLikeAddress(bare)) {
    const address = normaliseAddress(bare);
    return address.ok ? accepted({ kind: 'address', value: address.value }) : address;
  }
  const domain = toAsciiDomain(text);
  return domain.ok ? accepted({ kind: 'domain', value: domain.value }) : domain;
}
