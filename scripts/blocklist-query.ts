// What `npm run blocklist -- lookup` answers to one query, and how it prints the answer; the query is
// read as the lookup page reads it (lib/blocklist/lookup/list-query.ts).

import type { HostingNetwork } from '@blocklens/vocabulary';
import type { BlocklistMatcher, ListHit } from '../lib/blocklist/format/types';
import { lookUpListQuery, lookUpNetwork, parseListQuery } from '../lib/blocklist/lookup/list-query';

export type QueryAnswer =
  | {
      query: string;
      ok: true;
      hits: ListHit[];
      /** The address's hosting network, if it is on one. */
      network: HostingNetwork | null;
      /** Set when a port was left out. */
      lookedUpAs?: string;
    }
  | { query: string; ok: false; reason: string };

export function answerQuery(matcher: BlocklistMatcher, query: string): QueryAnswer {
  const parsed = parseListQuery(query);
  if (!parsed.ok) return { query, ok: false, reason: parsed.reason };
  const { portLeftOut } = parsed.query;
  const hits = lookUpListQuery(matcher, parsed.query);
  return { query, ok: true, hits, network: lookUpNetwork(matcher, parsed.query), ...(portLeftOut && { lookedUpAs: portLeftOut }) };
}

/** The answer as the command line prints it: a line for the query, then the hits, indented, then the hosting network. */
export function answerLines(answer: QueryAnswer, list: string): string[] {
  if (!answer.ok) return [`${answer.query}: not looked up: ${answer.reason}`];
  const asked = answer.lookedUpAs ? `${answer.query}: looked up as ${answer.lookedUpAs} (list entries name hosts, not ports)` : answer.query;
  return [...hitLines(answer.hits, asked, list), ...(answer.network ? [`  ${networkLine(answer.network)}`] : [])];
}

/** "hosting network: Cloudflare, 104.16.0.0/13, connections cut since 2025-06-09" */
function networkLine({ name, range, since }: HostingNetwork): string {
  return `hosting network: ${name}, ${range}, ${since ? `connections cut since ${since}` : 'not known to be cut'}`;
}

function hitLines(hits: ListHit[], asked: string, list: string): string[] {
  if (!hits.length) return [`${asked}: not in ${list}`];
  return [
    `${asked}: ${hits.length} hit(s) in ${list}`,
    ...hits.flatMap((hit) => [
      `  ${hit.type} ${hit.entry}`,
      ...hit.records.map(
        (record) =>
          `    ${record.authority || '(no authority)'}, decision ${record.decision || '(none)'}, ${record.date || '(no date)'} [${record.list}]`,
      ),
    ]),
  ];
}
