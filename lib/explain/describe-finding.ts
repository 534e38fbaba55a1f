// The sentences that explain a finding to a person (summary, detail, advice) and the short labels
// of its codes, all through i18n messages keyed by the vocabulary's codes.
import type {
  Cause,
  Confidence,
  Evidence,
  FailureKind,
  Finding,
  ListEvidenceType,
  Mechanism,
} from '@blocklens/vocabulary';
import { kindFromError } from '../failures/kind-from-error';
import { localReason, type LocalReason } from '../failures/local-reason';
import { isSinkholeAnswer } from '../failures/sinkhole';
import { decisiveTlsFault } from './decisive-tls-fault';
import { describeDate, withRecord } from './describe-record';
import { dohAnswerOf } from './doh-answer';
import { listedParentOf, sameHost } from './list-hits';
import type { Translate } from './translate';

interface LabelCodes {
  cause: Cause;
  mechanism: Mechanism;
  confidence: Confidence;
  kind: FailureKind;
}

/** Message keys allow only [A-Za-z0-9_]: "site-problem" becomes "site_problem". */
const keyOf = (prefix: string, code: string): string => `${prefix}_${code.replace(/-/g, '_')}`;

export function labelFor<F extends keyof LabelCodes>(family: F, code: LabelCodes[F], t: Translate): string {
  return t(keyOf(family, code));
}

export interface FindingText {
  summary: string;
  detail: string;
  advice: string;
}

type ListEvidence = Extract<Evidence, { entry: string }>;

function firstListed(finding: Finding, types: readonly ListEvidenceType[]): ListEvidence | undefined {
  return finding.evidence.find((item): item is ListEvidence => 'entry' in item && types.includes(item.type));
}

/** The most telling status: a server error before a 403/404. */
function statusOf(finding: Finding): number | undefined {
  return finding.statuses.find((status) => status >= 500) ?? finding.statuses[0];
}

function localReasonOf(finding: Finding): LocalReason | undefined {
  return finding.errors.map(localReason).find((reason) => reason !== null) ?? undefined;
}

/** The list names the host, but the failure itself looks like the site's own (rules listed-site-*). */
const listedButUnclear = (finding: Finding): boolean =>
  finding.cause === 'listed' && finding.mechanism === 'unknown' && finding.confidence === 'low';

/** The name does not exist for the local resolver nor for DNS-over-HTTPS (rules *dead-name). */
const deadName = (finding: Finding): boolean => finding.kind === 'dns-nxdomain' && dohAnswerOf(finding) === 'nxdomain';

/** The first address DNS-over-HTTPS gave that a public site can have. */
function dohPublicAddress(finding: Finding): string | undefined {
  const doh = finding.lookups?.find((lookup) => lookup.source === 'doh');
  return doh?.addresses.find((address) => !isSinkholeAnswer(address));
}

/** Mechanisms that come with a sentence on how such blocking works. */
const EXPLAINED_MECHANISMS: readonly Mechanism[] = ['dns', 'ip', 'dpi', 'blockpage', 'http451', 'tls', 'throttle'];

type NetworkEvidence = Extract<Evidence, { type: 'network' }>;

function networkOf(finding: Finding): NetworkEvidence | undefined {
  return finding.evidence.find((item): item is NetworkEvidence => item.type === 'network');
}

/** Collateral damage of a hosting network cut as a whole, not of a listed address (rules network-*). */
const networkCollateral = (finding: Finding): boolean =>
  finding.cause === 'collateral' && finding.mechanism === 'throttle';

/** The server did not accept the encrypted ClientHello (rule ech). */
const echRefused = (finding: Finding): boolean =>
  finding.cause === 'suspected' && decisiveTlsFault(finding.errors, finding.kind) === 'ech';

/** A transfer cut or frozen after the server answered. */
const cutTransfer = (finding: Finding): boolean => finding.kind === 'http-cut' || finding.kind === 'http-stall';

/**
 * How directly an entry names the host: its own exact entry, a wildcard covering it, its URL, and
 * last the exact entry of a parent domain (a parent hit, list-hits.ts).
 */
function directness(item: ListEvidence, host: string): number {
  if (item.type === 'list-domain') return sameHost(item.entry, host) ? 0 : 3;
  return item.type === 'list-wildcard' ? 1 : 2;
}

function listedSummary(finding: Finding, t: Translate): string {
  const hit = finding.evidence
    .filter((item): item is ListEvidence => ['list-domain', 'list-wildcard', 'list-url'].includes(item.type))
    .reduce<ListEvidence | undefined>(
      (best, item) => (best && directness(best, finding.host) <= directness(item, finding.host) ? best : item),
      undefined,
    );
  if (!hit) return t('explain_summary_listed_bare', [finding.host]);
  if (hit.type === 'list-url') return t('explain_summary_listed_url', [hit.entry, withRecord(hit.list, hit, t)]);
  switch (directness(hit, finding.host)) {
    case 0:
      return t('explain_summary_listed', [finding.host, withRecord(hit.list, hit, t)]);
    case 3:
      return t('explain_summary_listed_parent', [finding.host, hit.list, withRecord(hit.entry, hit, t)]);
    default:
      return t('explain_summary_listed_entry', [finding.host, hit.list, withRecord(hit.entry, hit, t)]);
  }
}

function collateralSummary(finding: Finding, t: Translate): string {
  const network = networkOf(finding);
  if (network && networkCollateral(finding)) {
    return t('explain_summary_collateral_network', [finding.host, network.name, describeDate(network.since, t)]);
  }
  const hit = firstListed(finding, ['list-ip', 'list-range']);
  if (!hit) return t('explain_summary_collateral_bare', [finding.host]);
  const address = finding.address?.address ?? hit.entry;
  if (hit.type === 'list-ip') {
    return t('explain_summary_collateral_address', [finding.host, withRecord(address, hit, t)]);
  }
  return t('explain_summary_collateral_range', [finding.host, address, withRecord(hit.entry, hit, t)]);
}

function summaryOf(finding: Finding, t: Translate): string {
  switch (finding.cause) {
    case 'listed':
      return listedSummary(finding, t);
    case 'collateral':
      return collateralSummary(finding, t);
    case 'site-problem': {
      if (deadName(finding)) return t('address_summary_dead_name', [finding.host]);
      const status = statusOf(finding);
      return finding.kind === 'http-error' && status !== undefined
        ? t('explain_summary_site_problem_status', [String(status)])
        : t('explain_summary_site_problem', [finding.host]);
    }
    default:
      return t(keyOf('explain_summary', finding.cause), [finding.host]);
  }
}

/** A key for what the browser saw, with the fact it names, or its plain variant when that fact is missing. */
function withFact(key: string, fact: string | number | undefined, t: Translate): string {
  return fact === undefined ? t(`${key}_bare`) : t(key, [String(fact)]);
}

function kindSentence(finding: Finding, t: Translate): string {
  const key = keyOf('explain_kind', finding.kind);
  switch (finding.kind) {
    case 'local': {
      const reason = localReasonOf(finding);
      return reason ? t(`explain_local_${reason}`) : t(key);
    }
    case 'dns-sinkhole':
      return sinkholeSentence(finding, t);
    case 'http-blockpage':
      return withFact(key, finding.redirects[0], t);
    case 'http-error':
      return withFact(key, statusOf(finding), t);
    case 'other':
      return withFact(key, finding.errors.find((error) => kindFromError(error) === 'other'), t);
    default:
      return t(key);
  }
}

/** A false answer: a block-page or bogon address seen locally, or a "no such name" DoH contradicts. */
function sinkholeSentence(finding: Finding, t: Translate): string {
  const doh = dohPublicAddress(finding);
  if (doh === undefined) return withFact('explain_kind_dns_sinkhole', finding.address?.address, t);
  if (!finding.kinds['dns-sinkhole']) return t('address_doh_contradicts_nxdomain', [doh]);
  const local = finding.address?.source === 'doh' ? undefined : finding.address?.address;
  return `${withFact('explain_kind_dns_sinkhole', local, t)} ${t('address_doh_found', [doh])}`;
}

function detailOf(finding: Finding, t: Translate): string {
  const sentences = [kindSentence(finding, t)];
  if (deadName(finding)) sentences.push(t('address_doh_nxdomain_too'));
  if (decisiveTlsFault(finding.errors, finding.kind) === 'site') sentences.push(t('explain_site_certificate'));
  if (echRefused(finding)) sentences.push(t('explain_ech'));
  if (finding.kind === 'quic-failure' && networkOf(finding)?.since) sentences.push(t('explain_quic_dropped'));
  if (EXPLAINED_MECHANISMS.includes(finding.mechanism)) {
    sentences.push(t(keyOf('explain_mechanism', finding.mechanism)));
  }
  const network = networkOf(finding);
  if (network && network.since === '' && cutTransfer(finding)) sentences.push(t('explain_network_named', [network.name]));
  if (listedButUnclear(finding)) sentences.push(t('explain_listed_unclear'));
  const parent = finding.cause === 'listed' ? listedParentOf(finding) : null;
  if (parent !== null) sentences.push(t('explain_listed_parent', [parent]));
  return sentences.join(' ');
}

function adviceOf(finding: Finding, t: Translate): string {
  if (finding.cause === 'listed' && finding.mechanism === 'dns') return t('advice_listed_dns');
  if (finding.cause === 'suspected' && finding.mechanism === 'dns') return t('address_advice_dns_tampering');
  if (listedButUnclear(finding)) return t('advice_listed_unclear');
  if (networkCollateral(finding)) return t('advice_collateral_network');
  if (echRefused(finding)) return t('advice_ech');
  if (deadName(finding)) return t('address_advice_dead_name');
  if (finding.cause === 'local') {
    const reason = localReasonOf(finding);
    if (reason) return t(`advice_local_${reason}`);
  }
  return t(keyOf('advice', finding.cause));
}

export function describeFinding(finding: Finding, t: Translate): FindingText {
  return { summary: summaryOf(finding, t), detail: detailOf(finding, t), advice: adviceOf(finding, t) };
}
