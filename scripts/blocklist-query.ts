// What `npm run blocklist -- lookup` makes of one query: a URL (its own entry, then its host's), an
// address, a host, or a host or address with a port, looked up as the host (list entries name hosts
// and addresses, never ports: a domain entry covers every port). Anything else is not looked up, with
// the reason, rather than read as a host that is "not listed".

import { toAsciiDomain } from '../lib/blocklist/format/idna-host';
import { normaliseListUrl } from '../lib/blocklist/format/list-url';
import type { BlocklistMatcher, ListHit } from '../lib/blocklist/format/types';
import { locateUrlHost } from '../lib/blocklist/format/url-key';
import { parseAddressQuery } from '../lib/ip/address-bits';
import { accepted, quoted, refused, type Checked } from '../lib/validation/checked';

export type QueryAnswer =
  | { query: string; ok: true; hits: ListHit[]; /** Set when a port was left out. */ lookedUpAs?: string }
  | { query: string; ok: false; reason: string };

/** "host:port", "1.2.3.4:port" or "[v6]:port"; a bare IPv6 address has more than one colon. */
const WITH_PORT = /^(\[[^\]]*\]|[^:[\]]*):(\d+)$/;
const MAX_PORT = 65535;
const RANGE = /^[\d.:a-f]+\/\d+$/i;

export function answerQuery(matcher: BlocklistMatcher, query: string): QueryAnswer {
  const answer = (hits: Checked<ListHit[]>, lookedUpAs?: string): QueryAnswer =>
    hits.ok ? { query, ok: true, hits: hits.value, ...(lookedUpAs && { lookedUpAs }) } : { query, ok: false, reason: hits.reason };
  const text = query.trim();
  if (text === '') return answer(refused('an empty query'));
  if (text.includes('://')) return answer(urlHits(matcher, text));
  const withPort = WITH_PORT.exec(text);
  if (!withPort) return answer(hostHits(matcher, text));
  const [, host, port] = withPort as unknown as [string, string, string];
  if (Number(port) > MAX_PORT) return answer(refused(`bad port ${quoted(port)}`));
  return answer(hostHits(matcher, host), host);
}

/** The URL's own entry, then its host's. */
function urlHits(matcher: BlocklistMatcher, text: string): Checked<ListHit[]> {
  const url = normaliseListUrl(text);
  const key = url.ok ? locateUrlHost(url.value) : null;
  if (!key) return refused(url.ok ? `bad URL ${quoted(text)}` : url.reason);
  const host = hostHits(matcher, key.href.slice(key.hostStart, key.hostEnd));
  return host.ok ? accepted([...matcher.matchUrl(key.href), ...host.value]) : host;
}

function hostHits(matcher: BlocklistMatcher, host: string): Checked<ListHit[]> {
  if (parseAddressQuery(host, new Uint32Array(4))) return accepted(matcher.matchAddress(host));
  if (RANGE.test(host)) return refused(`${quoted(host)} is a range: look up an address in it`);
  if (host.includes('/')) return refused(`${quoted(host)} is no host, and a URL needs its scheme ("http://${host}")`);
  const domain = toAsciiDomain(host);
  if (!domain.ok) return refused(`not a host, address or URL (${domain.reason})`);
  return accepted(matcher.matchHost(domain.value));
}

/** The answer as the command line prints it: a line for the query, then the hits, indented. */
export function answerLines(answer: QueryAnswer, list: string): string[] {
  if (!answer.ok) return [`${answer.query}: not looked up: ${answer.reason}`];
  const asked = answer.lookedUpAs ? `${answer.query}: looked up as ${answer.lookedUpAs} (list entries name hosts, not ports)` : answer.query;
  if (!answer.hits.length) return [`${asked}: not in ${list}`];
  return [
    `${asked}: ${answer.hits.length} hit(s) in ${list}`,
    ...answer.hits.flatMap((hit) => [
      `  ${hit.type} ${hit.entry}`,
      ...hit.records.map(
        (record) =>
          `    ${record.authority || '(no authority)'}, decision ${record.decision || '(none)'}, ${record.date || '(no date)'} [${record.list}]`,
      ),
    ]),
  ];
}
