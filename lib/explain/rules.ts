// The explain table: ordered rules from what was seen to a cause, a mechanism and a confidence.
// The first rule whose condition holds decides; the README shows this table (rules-markdown.ts).
import type { Cause, Confidence, FailureKind, Mechanism } from '@blocklens/vocabulary';
import type { TlsFault } from '../failures/tls-fault';
import type { DohAnswer } from './doh-answer';

/** What a rule looks at, for one host. */
export interface Situation {
  /** The decisive kind (decisive-kind.ts). */
  kind: FailureKind;
  /** The list names the host, a parent domain, a wildcard covering it, or the failed URL. */
  hostListed: boolean;
  /**
   * All the list has for the host is the exact entry of a parent domain (`example.org` for
   * `www.example.org`): no entry of its own, no wildcard covering it, not its URL. Rules that
   * conclude "listed" then hold with their `parentConfidence` (list-hits.ts).
   */
  parentOnly: boolean;
  /** The host's known address is a listed address or lies in a listed range. */
  addressListed: boolean;
  /** What the errors behind the decisive kind say about TLS (decisive-tls-fault.ts). */
  tlsFault: TlsFault | null;
  /** One of the failing statuses is a 5xx. */
  serverError: boolean;
  /** What DNS-over-HTTPS said about the name, when it was asked (doh-answer.ts). */
  dohAnswer: DohAnswer | null;
  /**
   * The host's known address lies on a hosting network whose transfers the list says are cut or
   * throttled as a whole since a date (a dated `networks:` range). A network without a date is
   * named in the evidence but blames nothing.
   */
  networkCut: boolean;
}

/** Every field that is set must hold; an empty condition always holds. */
export interface RuleCondition {
  kinds?: readonly FailureKind[];
  hostListed?: boolean;
  addressListed?: boolean;
  tlsFault?: TlsFault;
  serverError?: boolean;
  dohAnswer?: DohAnswer;
  networkCut?: boolean;
}

export interface ExplainRule {
  /** Stable name, for tests and for reading the table. */
  id: string;
  when: RuleCondition;
  cause: Cause;
  mechanism: Mechanism;
  confidence: Confidence;
  /**
   * Rules that conclude "listed": the confidence when the list names only a parent domain by its
   * exact entry (`Situation.parentOnly`). An exact entry names one name, so a hit on its subdomain
   * is weaker: one step lower, unless something else (a listed address) carries the conclusion.
   */
  parentConfidence?: Confidence;
  /** Why the rule concludes what it does (shown in the README). */
  why: string;
}

/** Failures to connect at all: what blocking an address produces. */
const CONNECT_FAILURES: readonly FailureKind[] = ['tcp-refused', 'tcp-timeout'];
/** Connections made and then cut before an answer: also what a cut HTTP/2 connection gives the requests after the first. */
const CUT_BEFORE_ANSWER: readonly FailureKind[] = ['tcp-reset', 'http-empty', 'http-timeout', 'tls-failure'];
/** Failures after the connection was made, before or after the answer started: what filtering by name (DPI) produces. */
const CUT_CONNECTIONS: readonly FailureKind[] = [...CUT_BEFORE_ANSWER, 'http-cut'];
/** Transfers that started and then broke or froze: what throttling a whole network produces. */
const CUT_TRANSFERS: readonly FailureKind[] = ['http-cut', 'http-stall'];
const WRONG_CERTIFICATES: readonly FailureKind[] = ['tls-cert-mismatch', 'tls-cert-untrusted'];

export const EXPLAIN_RULES: readonly ExplainRule[] = [
  {
    id: 'local',
    when: { kinds: ['local'] },
    cause: 'local',
    mechanism: 'none',
    confidence: 'high',
    why: 'The browser stopped the request itself (an extension, a policy, no connection), so the network never saw it.',
  },
  {
    id: 'listed-blockpage',
    when: { kinds: ['http-blockpage'], hostListed: true },
    cause: 'listed',
    mechanism: 'blockpage',
    confidence: 'high',
    parentConfidence: 'medium',
    why: 'A known block page for a listed host: the block is shown outright.',
  },
  {
    id: 'blockpage',
    when: { kinds: ['http-blockpage'], hostListed: false },
    cause: 'suspected',
    mechanism: 'blockpage',
    confidence: 'high',
    why: 'A known block-page fingerprint is proof of a block even when the bundled list does not name the host.',
  },
  {
    id: 'listed-451',
    when: { kinds: ['http-451'], hostListed: true },
    cause: 'listed',
    mechanism: 'http451',
    confidence: 'high',
    parentConfidence: 'medium',
    why: 'A listed host answered "unavailable for legal reasons".',
  },
  {
    id: '451',
    when: { kinds: ['http-451'], hostListed: false },
    cause: 'suspected',
    mechanism: 'http451',
    confidence: 'medium',
    why: 'A 451 claims a legal block, but the server may be withholding the page itself (geo-blocking, for instance).',
  },
  {
    id: 'listed-dead-name',
    when: { kinds: ['dns-nxdomain'], hostListed: true, dohAnswer: 'nxdomain' },
    cause: 'listed',
    mechanism: 'unknown',
    confidence: 'low',
    parentConfidence: 'low',
    why: 'The list names the host, but DNS-over-HTTPS too says the name does not exist: the domain is gone, so the block is not what stops it.',
  },
  {
    id: 'listed-dns',
    when: { kinds: ['dns-nxdomain', 'dns-sinkhole'], hostListed: true },
    cause: 'listed',
    mechanism: 'dns',
    confidence: 'high',
    parentConfidence: 'medium',
    why: 'A listed name that does not resolve, or resolves to a block page or bogon: blocking by DNS.',
  },
  {
    id: 'listed-dns-failure',
    when: { kinds: ['dns-failure'], hostListed: true },
    cause: 'listed',
    mechanism: 'dns',
    confidence: 'medium',
    parentConfidence: 'low',
    why: 'A failed lookup (server failure, timeout) of a listed name is likely the block, but resolvers also fail on their own.',
  },
  {
    id: 'listed-site-answer',
    when: { kinds: ['http-error'], hostListed: true },
    cause: 'listed',
    mechanism: 'unknown',
    confidence: 'low',
    parentConfidence: 'low',
    why: 'The list names the host, but the failure is an HTTP error the site sent itself: the site was reached.',
  },
  {
    id: 'listed-site-certificate',
    when: { tlsFault: 'site', hostListed: true },
    cause: 'listed',
    mechanism: 'unknown',
    confidence: 'low',
    parentConfidence: 'low',
    why: "The list names the host, but the failure is the site's own expired or revoked certificate or outdated TLS.",
  },
  {
    id: 'listed-address',
    when: { kinds: CONNECT_FAILURES, hostListed: true, addressListed: true },
    cause: 'listed',
    mechanism: 'ip',
    confidence: 'high',
    parentConfidence: 'high',
    why: 'Host and address are both listed, and no connection to the address could be made: blocking by address. A parent hit is enough here: the address itself is listed.',
  },
  {
    id: 'listed-dpi',
    when: { kinds: CUT_CONNECTIONS, hostListed: true },
    cause: 'listed',
    mechanism: 'dpi',
    confidence: 'high',
    parentConfidence: 'medium',
    why: 'The connection to a listed host was made and then cut (reset, closed, stalled, TLS handshake broken, or a transfer cut after the server answered): how DPI blocks by name.',
  },
  {
    id: 'listed-stall',
    when: { kinds: ['http-stall'], hostListed: true },
    cause: 'listed',
    mechanism: 'dpi',
    confidence: 'medium',
    parentConfidence: 'low',
    why: 'A transfer from a listed host froze after the server answered: filters drop such connections silently, but a slow server looks the same.',
  },
  {
    id: 'listed-certificate',
    when: { kinds: WRONG_CERTIFICATES, hostListed: true },
    cause: 'listed',
    mechanism: 'tls',
    confidence: 'high',
    parentConfidence: 'medium',
    why: "A listed host answered with a certificate that is not its own: a filter answered in its place.",
  },
  {
    id: 'listed-connect',
    when: { kinds: CONNECT_FAILURES, hostListed: true, addressListed: false },
    cause: 'listed',
    mechanism: 'ip',
    confidence: 'medium',
    parentConfidence: 'low',
    why: "No connection to a listed host: providers often drop or refuse its addresses, but the list does not name the address and a site can also be down.",
  },
  {
    id: 'listed-quic',
    when: { kinds: ['quic-failure'], hostListed: true },
    cause: 'listed',
    mechanism: 'dpi',
    confidence: 'medium',
    parentConfidence: 'low',
    why: 'QUIC to a listed host failed: filters block QUIC by name or outright, and browsers then fall back to TCP.',
  },
  {
    id: 'listed-other',
    when: { kinds: ['other'], hostListed: true },
    cause: 'listed',
    mechanism: 'unknown',
    confidence: 'medium',
    parentConfidence: 'low',
    why: 'The list names the host; the error does not show how it was blocked.',
  },
  {
    id: 'site-certificate',
    when: { tlsFault: 'site', hostListed: false },
    cause: 'site-problem',
    mechanism: 'none',
    confidence: 'medium',
    why: 'The site presented its own certificate, expired or revoked, or only outdated TLS: its fault, and proof it was reached.',
  },
  {
    id: 'collateral',
    when: { kinds: [...CONNECT_FAILURES, ...CUT_BEFORE_ANSWER, 'quic-failure'], hostListed: false, addressListed: true },
    cause: 'collateral',
    mechanism: 'ip',
    confidence: 'high',
    why: 'The host is not listed, but its address is, alone or in a range, and connections to it fail: collateral damage.',
  },
  {
    id: 'collateral-other',
    when: { kinds: ['other'], hostListed: false, addressListed: true },
    cause: 'collateral',
    mechanism: 'ip',
    confidence: 'low',
    why: 'The address is listed, but the error does not show that the connection was blocked.',
  },
  {
    id: 'ech',
    when: { tlsFault: 'ech', hostListed: false },
    cause: 'suspected',
    mechanism: 'dpi',
    confidence: 'medium',
    why: "The server did not accept the encrypted ClientHello (ECH), or its fallback certificate was not valid: filters that block ECH (Cloudflare's, since 2024-11) answer or cut in its place.",
  },
  {
    id: 'network-cut',
    when: { kinds: ['http-cut'], hostListed: false, networkCut: true },
    cause: 'collateral',
    mechanism: 'throttle',
    confidence: 'high',
    why: "The server answered and the transfer was then cut, on a hosting network whose connections the list says are cut after the first kilobytes since a date: collateral damage of throttling the whole network.",
  },
  {
    id: 'network-stall',
    when: { kinds: ['http-stall'], hostListed: false, networkCut: true },
    cause: 'collateral',
    mechanism: 'throttle',
    confidence: 'medium',
    why: 'The transfer froze after the server answered, on a network cut as a whole: the silent form of the same cut, though a slow server looks alike.',
  },
  {
    id: 'network-connection',
    when: { kinds: CUT_BEFORE_ANSWER, hostListed: false, networkCut: true },
    cause: 'collateral',
    mechanism: 'throttle',
    confidence: 'medium',
    why: 'A connection to a network cut as a whole broke before an answer: requests that follow a cut one on the same connection (HTTP/2) fail that way, but so do servers.',
  },
  {
    id: 'network-quic',
    when: { kinds: ['quic-failure'], hostListed: false, networkCut: true },
    cause: 'suspected',
    mechanism: 'dpi',
    confidence: 'medium',
    why: 'QUIC (HTTP/3) to foreign hosting networks is dropped; the browser falls back to TCP, where the network is cut as well.',
  },
  {
    id: 'collateral-transfer',
    when: { kinds: CUT_TRANSFERS, hostListed: false, addressListed: true },
    cause: 'collateral',
    mechanism: 'unknown',
    confidence: 'low',
    why: 'The address is listed, but the server answered before the transfer broke or froze: a block by address would have stopped the connection, so the listing may not be what cut it.',
  },
  {
    id: 'dns-tampering',
    when: { kinds: ['dns-sinkhole'], hostListed: false, dohAnswer: 'public' },
    cause: 'suspected',
    mechanism: 'dns',
    confidence: 'high',
    why: 'The local resolver said the name does not exist, or gave a block-page or private address, while DNS-over-HTTPS found a public address: the local answer was forged.',
  },
  {
    id: 'sinkhole',
    when: { kinds: ['dns-sinkhole'], hostListed: false },
    cause: 'suspected',
    mechanism: 'dns',
    confidence: 'medium',
    why: 'A public name resolved to a known block page or to an address no public site has.',
  },
  {
    id: 'interception',
    when: { tlsFault: 'interception', hostListed: false },
    cause: 'suspected',
    mechanism: 'tls',
    confidence: 'high',
    why: 'The certificate belongs to a known state interception system (Chrome recognises them).',
  },
  {
    id: 'suspected-cut',
    when: { kinds: CUT_TRANSFERS, hostListed: false },
    cause: 'suspected',
    mechanism: 'throttle',
    confidence: 'low',
    why: 'A transfer cut or frozen after the server answered is how whole networks are throttled, but neither the host nor its network is known to be, and servers and networks fail this way too.',
  },
  {
    id: 'suspected-dpi',
    when: { kinds: ['tcp-reset', 'tls-failure', 'http-timeout'], hostListed: false },
    cause: 'suspected',
    mechanism: 'dpi',
    confidence: 'low',
    why: 'Resets and broken or stalled TLS handshakes are typical of DPI, but servers and networks fail this way too.',
  },
  {
    id: 'suspected-certificate',
    when: { kinds: WRONG_CERTIFICATES, hostListed: false },
    cause: 'suspected',
    mechanism: 'tls',
    confidence: 'low',
    why: 'A certificate for another name or from an unknown issuer may be substituted, or just misconfigured.',
  },
  {
    id: 'server-error',
    when: { kinds: ['http-error'], hostListed: false, serverError: true },
    cause: 'site-problem',
    mechanism: 'none',
    confidence: 'medium',
    why: 'The site answered with a 5xx: it was reached and failed on its side.',
  },
  {
    id: 'page-error',
    when: { kinds: ['http-error'], hostListed: false, serverError: false },
    cause: 'site-problem',
    mechanism: 'none',
    confidence: 'low',
    why: 'The page answered 403 or 404: the site was reached; weak evidence of anything.',
  },
  {
    id: 'refused',
    when: { kinds: ['tcp-refused'], hostListed: false },
    cause: 'site-problem',
    mechanism: 'none',
    confidence: 'low',
    why: 'Nothing listens at an unlisted host: usually the site is down.',
  },
  {
    id: 'dead-name',
    when: { kinds: ['dns-nxdomain'], hostListed: false, dohAnswer: 'nxdomain' },
    cause: 'site-problem',
    mechanism: 'none',
    confidence: 'medium',
    why: 'Neither the local resolver nor DNS-over-HTTPS knows the name: the domain does not exist (expired, misspelt), which is no sign of blocking. Medium, as some DoH resolvers hide malicious names too.',
  },
  {
    id: 'unknown',
    when: {},
    cause: 'unknown',
    mechanism: 'unknown',
    confidence: 'low',
    why: 'Anything else (an unlisted name that does not resolve with no DNS-over-HTTPS answer to compare, a timeout, an empty answer, another error): not enough evidence either way.',
  },
];

export function ruleHolds(when: RuleCondition, situation: Situation): boolean {
  return (
    (when.kinds === undefined || when.kinds.includes(situation.kind)) &&
    (when.hostListed === undefined || when.hostListed === situation.hostListed) &&
    (when.addressListed === undefined || when.addressListed === situation.addressListed) &&
    (when.tlsFault === undefined || when.tlsFault === situation.tlsFault) &&
    (when.serverError === undefined || when.serverError === situation.serverError) &&
    (when.dohAnswer === undefined || when.dohAnswer === situation.dohAnswer) &&
    (when.networkCut === undefined || when.networkCut === situation.networkCut)
  );
}

/** The rule's confidence in this situation: lower for a parent hit on a rule that says so. */
export function confidenceFor(rule: ExplainRule, situation: Situation): Confidence {
  return situation.parentOnly && rule.parentConfidence !== undefined ? rule.parentConfidence : rule.confidence;
}

/** The first rule that holds; the last rule holds always. */
export function ruleFor(situation: Situation): ExplainRule {
  return EXPLAIN_RULES.find((rule) => ruleHolds(rule.when, situation))!;
}
