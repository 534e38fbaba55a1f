// The worker's answer to the lookup page: every entry of the list in use that matches what the person
// typed (and an address's hosting network), or why it could not be looked up. Answered on the device,
// from the list the worker holds.
import type { HostingNetwork } from '@blocklens/vocabulary';
import type { BlocklistMatcher, ListHit } from '../blocklist/format/types';
import { lookUpListQuery, lookUpNetwork, parseListQuery, type ListQuery, type QueryProblem } from '../blocklist/lookup/list-query';

export type ListLookupReply =
  | { outcome: 'answered'; list: { name: string; date: string }; query: ListQuery; hits: ListHit[]; network: HostingNetwork | null }
  | { outcome: 'unusable'; problem: QueryProblem; reason: string }
  /** The worker has no list to answer from (it failed to load; the popup says why). */
  | { outcome: 'no-list' };

/** The reply to `typed`, from `matcher` (null: no list in use). */
export function answerListLookup(matcher: BlocklistMatcher | null, typed: string): ListLookupReply {
  const parsed = parseListQuery(typed);
  if (!parsed.ok) return { outcome: 'unusable', problem: parsed.problem, reason: parsed.reason };
  if (!matcher) return { outcome: 'no-list' };
  const { name, date } = matcher.info;
  const { query } = parsed;
  return { outcome: 'answered', list: { name, date }, query, hits: lookUpListQuery(matcher, query), network: lookUpNetwork(matcher, query) };
}
