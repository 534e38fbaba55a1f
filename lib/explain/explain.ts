// A host's facts and list hits to an explanation: cause, mechanism, confidence and evidence.
import type { Explanation, HostFacts } from '@blocklens/vocabulary';
import { decisiveKind } from './decisive-kind';
import { decisiveTlsFault } from './decisive-tls-fault';
import { dohAnswerOf, kindGivenDoh } from './doh-answer';
import { evidenceOf } from './evidence';
import { listedParentOnly, type HostHits } from './list-hits';
import { confidenceFor, ruleFor, type Situation } from './rules';

export function situationOf(facts: HostFacts, hits: HostHits): Situation {
  const dohAnswer = dohAnswerOf(facts);
  const kind = kindGivenDoh(decisiveKind(facts.kinds), dohAnswer);
  return {
    kind,
    dohAnswer,
    hostListed: hits.host.length > 0 || hits.url.length > 0,
    parentOnly: listedParentOnly(facts.host, [...hits.host, ...hits.url]) !== null,
    // Address hits only count for the address this host is known to use.
    addressListed: facts.address !== null && hits.address.length > 0,
    tlsFault: decisiveTlsFault(facts.errors, kind),
    serverError: facts.statuses.some((status) => status >= 500 && status <= 599),
    // Like address hits, the network counts for the address this host is known to use.
    networkCut: facts.address !== null && (hits.network?.since ?? '') !== '',
  };
}

export function explain(facts: HostFacts, hits: HostHits): Explanation {
  const situation = situationOf(facts, hits);
  const rule = ruleFor(situation);
  return {
    kind: situation.kind,
    cause: rule.cause,
    mechanism: rule.mechanism,
    confidence: confidenceFor(rule, situation),
    evidence: evidenceOf(facts, hits),
  };
}
