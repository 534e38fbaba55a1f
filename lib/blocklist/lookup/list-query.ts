// What a person asks the list (the lookup page, `npm run blocklist -- lookup`): a host, an address,
// a URL (its own entry, then its host's), or a host or address with a port, looked up as the host
// (list entries name hosts and addresses, never ports: a domain entry covers every port). Anything
// else is refused with the reason, rather than read as a host that is "not listed". An address is
// also looked up among the hosting networks (never a list hit).
import type { HostingNetwork } from '@blocklens/vocabulary';
import { parseAddressQuery } from '../../ip/address-bits';
import { normaliseAddress } from '../../ip/ip-address';
import { quoted } from '../../validation/checked';
import { toAsciiDomain } from '../format/idna-host';
import { normaliseListUrl } from '../format/list-url';
import type { BlocklistMatcher, ListHit } from '../format/types';
import { locateUrlHost } from '../format/url-key';

export interface ListQuery {
  /** What was typed: a host name, an address or a URL. */
  kind: 'host' | 'address' | 'url';
  /** Whether `host` is a name (lower-case ASCII, IDNA applied) or an address (canonical form). */
  hostKind: 'name' | 'address';
  host: string;
  /** The URL as lists compare it, for kind `url`. */
  url?: string;
  /** The host or address as typed without its port, when a port was left out. */
  portLeftOut?: string;
}

export type QueryProblem = 'empty' | 'too-long' | 'bad-port' | 'range' | 'wildcard' | 'no-scheme' | 'bad-url' | 'not-a-host';

export type ParsedListQuery =
  | { ok: true; query: ListQuery }
  /** `reason` says it in English, with the offending text (the command line prints it). */
  | { ok: false; problem: QueryProblem; reason: string };

/** Longer than any URL worth looking up; a pasted page of text is refused, not looked up. */
export const MAX_QUERY_LENGTH = 4096;
/** "host:port", "1.2.3.4:port" or "[v6]:port"; a bare IPv6 address has more than one colon. */
const WITH_PORT = /^(\[[^\]]*\]|[^:[\]]*):(\d+)$/;
const MAX_PORT = 65535;
const RANGE = /^[\d.:a-f]+\/\d+$/i;

export function parseListQuery(typed: string): ParsedListQuery {
  const text = typed.trim();
  if (text === '') return problem('empty', 'an empty query');
  if (text.length > MAX_QUERY_LENGTH) return problem('too-long', `longer than ${MAX_QUERY_LENGTH} characters`);
  if (text.includes('://')) return parseUrl(text);
  const withPort = WITH_PORT.exec(text);
  if (!withPort) return parseHost(text, 'host');
  const [, host, port] = withPort as unknown as [string, string, string];
  if (Number(port) > MAX_PORT) return problem('bad-port', `bad port ${quoted(port)}`);
  const parsed = parseHost(host, 'host');
  return parsed.ok ? { ok: true, query: { ...parsed.query, portLeftOut: host } } : parsed;
}

/** Every entry that matches the query: for a URL its own entry first, then its host's. */
export function lookUpListQuery(matcher: BlocklistMatcher, query: ListQuery): ListHit[] {
  const hostHits = query.hostKind === 'address' ? matcher.matchAddress(query.host) : matcher.matchHost(query.host);
  return query.url === undefined ? hostHits : [...matcher.matchUrl(query.url), ...hostHits];
}

/** The hosting network of the query's address (a URL's too); null for a name or an address on none. */
export function lookUpNetwork(matcher: BlocklistMatcher, query: ListQuery): HostingNetwork | null {
  return query.hostKind === 'address' ? matcher.matchNetwork(query.host) : null;
}

function parseUrl(text: string): ParsedListQuery {
  const url = normaliseListUrl(text);
  const key = url.ok ? locateUrlHost(url.value) : null;
  if (!key) return problem('bad-url', url.ok ? `bad URL ${quoted(text)}` : url.reason);
  const host = parseHost(key.href.slice(key.hostStart, key.hostEnd), 'url');
  return host.ok ? { ok: true, query: { ...host.query, url: key.href } } : host;
}

function parseHost(host: string, kind: 'host' | 'url'): ParsedListQuery {
  if (parseAddressQuery(host, new Uint32Array(4))) {
    return { ok: true, query: { kind: kind === 'url' ? 'url' : 'address', hostKind: 'address', host: canonicalAddress(host) } };
  }
  if (RANGE.test(host)) return problem('range', `${quoted(host)} is a range: look up an address in it`);
  if (host.startsWith('*.')) return problem('wildcard', `${quoted(host)} is a wildcard: look up a name under it`);
  if (host.includes('/')) {
    return problem('no-scheme', `${quoted(host)} is no host, and a URL needs its scheme ("http://${host}")`);
  }
  const domain = toAsciiDomain(host);
  if (!domain.ok) return problem('not-a-host', `not a host, address or URL (${domain.reason})`);
  return { ok: true, query: { kind, hostKind: 'name', host: domain.value } };
}

/**
 * "2001:DB8:0::1" as "2001:db8::1", brackets dropped; as typed (a zone, a mapped form) unless the
 * canonical form is the very same address to the matcher.
 */
function canonicalAddress(text: string): string {
  const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  const canonical = normaliseAddress(bare);
  return canonical.ok && sameAddress(canonical.value, bare) ? canonical.value : bare;
}

function sameAddress(a: string, b: string): boolean {
  const [bitsA, bitsB] = [new Uint32Array(4), new Uint32Array(4)];
  const family = parseAddressQuery(a, bitsA);
  return family !== 0 && family === parseAddressQuery(b, bitsB) && bitsA.every((word, index) => word === bitsB[index]);
}

function problem(code: QueryProblem, reason: string): ParsedListQuery {
  return { ok: false, problem: code, reason };
}
