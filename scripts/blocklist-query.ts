// What `npm run blocklist -- lookup` answers to one query, and how it prints the answer; the query is
// read as the lookup page reads it (lib/blocklist/lookup/list-query.ts).

import type { BlocklistMatcher, ListHit } from '../lib/blocklist/format/types';
import { lookUpListQuery, parseListQuery } from '../lib/blocklist/lookup/list-query';

export type QueryAnswer =
  | { query: string; ok: true; hits: ListHit[]; /** Set when a port was left out. */ lookedUpAs?: string }
  | { query: string; ok: false; reason: string };

export function answerQuery(matcher: BlocklistMatcher, query: string): QueryAnswer {
  const parsed = parseListQuery(query);
  if (!parsed.ok) return { query, ok: false, reason: parsed.reason };
  const { portLeftOut } = parsed.query;
  return { query, ok: true, hits: lookUpListQuery(matcher, parsed.query), ...(portLeftOut && { lookedUpAs: portLeftOut }) };
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
