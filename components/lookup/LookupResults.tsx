// What the lookup found, or why it found nothing: the summary is announced (aria-live), with an
// address's hosting network; the entries follow with their records. Every host, URL and list text is rendered as text.
import type { Translate } from '../../lib/explain/translate';
import { describeDate } from '../../lib/explain/describe-record';
import type { QueryProblem } from '../../lib/blocklist/lookup/list-query';
import type { ListLookupReply } from '../../lib/messages/list-lookup';
import { LookupHit } from './LookupHit';
import { LookupNetwork } from './LookupNetwork';
import type { LookupState } from './use-list-lookup';

const PROBLEMS: Record<QueryProblem, string> = {
  empty: 'lookup_problem_empty',
  'too-long': 'lookup_problem_too_long',
  'bad-port': 'lookup_problem_bad_port',
  range: 'lookup_problem_range',
  wildcard: 'lookup_problem_wildcard',
  'no-scheme': 'lookup_problem_no_scheme',
  'bad-url': 'lookup_problem_bad_url',
  'not-a-host': 'lookup_problem_not_a_host',
};

/** What was typed, cut short so a pasted page does not fill the screen. */
const shortened = (typed: string) => {
  const text = typed.trim();
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
};

export function LookupResults({ state, t }: { state: LookupState; t: Translate }) {
  const outcome = state.phase === 'answered' ? state.reply.outcome : state.phase;
  return (
    <section class="card lookup-results" aria-labelledby="lookup-results-title" data-lookup={outcome}>
      <h2 id="lookup-results-title">{t('lookup_results_title')}</h2>
      <div class="lookup-summary" aria-live="polite">
        {state.phase === 'idle' && <p class="empty">{t('lookup_idle')}</p>}
        {state.phase === 'loading' && <p>{t('lookup_loading')}</p>}
        {state.phase === 'failed' && <p class="notice notice-error">{t('lookup_failed')}</p>}
        {state.phase === 'answered' && <Summary reply={state.reply} typed={state.typed} t={t} />}
      </div>
      {state.phase === 'failed' && (
        <p class="lookup-detail" dir="ltr">
          {state.message}
        </p>
      )}
      {state.phase === 'answered' && state.reply.outcome === 'answered' && (
        <Answer reply={state.reply} typed={state.typed} t={t} />
      )}
    </section>
  );
}

function Summary({ reply, typed, t }: { reply: ListLookupReply; typed: string; t: Translate }) {
  if (reply.outcome === 'no-list') return <p class="notice notice-error">{t('lookup_no_list')}</p>;
  if (reply.outcome === 'unusable') {
    return (
      <p class="notice notice-error" data-problem={reply.problem}>
        {t(PROBLEMS[reply.problem], [shortened(typed)])}
      </p>
    );
  }
  const { query, hits, network } = reply;
  const asked = query.url ?? query.host;
  const inRange = hits.some((hit) => hit.type === 'list-range');
  return (
    <>
      <p class="lookup-verdict" data-hits={hits.length}>
        {hits.length > 0 ? t('lookup_found', [asked, String(hits.length)]) : t('lookup_not_found', [asked])}
      </p>
      {query.hostKind === 'address' && (
        <p class="lookup-range" data-in-range={inRange ? 'yes' : 'no'}>
          {t(inRange ? 'lookup_in_range' : 'lookup_not_in_range', [query.host])}
        </p>
      )}
      {network && <LookupNetwork network={network} t={t} />}
    </>
  );
}

interface AnswerProps {
  reply: Extract<ListLookupReply, { outcome: 'answered' }>;
  typed: string;
  t: Translate;
}

/** How the query was read, when that is not just what was typed (IDNA, a port, a URL), then the entries. */
function Answer({ reply, typed, t }: AnswerProps) {
  const { query, hits, list } = reply;
  const readAsTyped = typed.trim().toLowerCase().replace(/\.$/, '') === query.host;
  return (
    <>
      {query.url !== undefined && <p class="hint">{t('lookup_as_url', [query.url, query.host])}</p>}
      {query.portLeftOut !== undefined && <p class="hint">{t('lookup_port_left_out', [query.host])}</p>}
      {query.kind !== 'url' && query.portLeftOut === undefined && !readAsTyped && (
        <p class="hint">{t('lookup_as_host', [query.host])}</p>
      )}
      {query.hostKind === 'name' && <p class="hint">{t('lookup_name_no_address')}</p>}
      {hits.length > 0 && (
        <ul class="lookup-hits">
          {hits.map((hit) => (
            <LookupHit key={`${hit.type} ${hit.entry}`} hit={hit} query={query} t={t} />
          ))}
        </ul>
      )}
      <p class="hint lookup-list" data-list-name={list.name} data-list-date={list.date}>
        {list.date ? t('lookup_list', [list.name, describeDate(list.date, t)]) : t('lookup_list_undated', [list.name])}
      </p>
    </>
  );
}
