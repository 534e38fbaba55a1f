// The finding vocabulary as types: the codes every part of Blocklens shares (failure kinds, causes,
// mechanisms, confidences, evidence). Popup markers, reports, the collector and tests all depend on
// these exact codes, so they are declared here once; docs/architecture.md says who uses which.

export const FAILURE_KINDS = [
  'dns-nxdomain',
  'dns-failure',
  'dns-sinkhole',
  'tcp-refused',
  'tcp-timeout',
  'tcp-reset',
  'tls-failure',
  'tls-cert-mismatch',
  'tls-cert-untrusted',
  'http-empty',
  'http-timeout',
  'http-451',
  'http-blockpage',
  'http-error',
  'quic-failure',
  'http-cut',
  'http-stall',
  'local',
  'other',
] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

/** Ordered from worst to mildest: the order decides a tab's verdict and the badge colour. */
export const CAUSES = ['listed', 'collateral', 'suspected', 'site-problem', 'local', 'unknown'] as const;
export type Cause = (typeof CAUSES)[number];

export const MECHANISMS = ['dns', 'ip', 'dpi', 'blockpage', 'http451', 'tls', 'throttle', 'none', 'unknown'] as const;
export type Mechanism = (typeof MECHANISMS)[number];

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** The verdict of a page summary: the worst cause of the main frame's findings, or none. */
export type Verdict = Cause | 'none';

/** Who ordered a block and when: the record behind every list hit. */
export interface ListRecord {
  /** Name of the list the entry came from, e.g. "ru-registry". */
  list: string;
  /** e.g. "Роскомнадзор", "Генпрокуратура"; empty when the source does not say. */
  authority: string;
  /** Decision number, e.g. "2-1779/2018"; empty when the source does not say. */
  decision: string;
  /** Decision date as YYYY-MM-DD; empty when the source does not say. */
  date: string;
}

export type ListEvidenceType = 'list-domain' | 'list-wildcard' | 'list-url' | 'list-ip' | 'list-range';

/** Where an address came from: an earlier response, the browser's resolver, or DNS-over-HTTPS. */
export type AddressSource = 'response' | 'dns' | 'doh';

export type Evidence =
  | { type: 'error'; error: string }
  | { type: 'status'; status: number }
  | { type: 'redirect'; host: string }
  | ({ type: ListEvidenceType; entry: string } & ListRecord)
  | ({ type: 'address' } & AddressFact)
  | ({ type: 'network' } & HostingNetwork);

/**
 * The hosting network an address belongs to (a `networks:` list source): Cloudflare, Hetzner, ...
 * Transfers to some of them are cut or throttled as a whole in the list's country.
 */
export interface HostingNetwork {
  /** The network's name as the source gives it, e.g. "Cloudflare". */
  name: string;
  /** The listed range the address lies in, e.g. "104.16.0.0/13". */
  range: string;
  /** YYYY-MM-DD since when transfers to the network are known to be cut; "" when not known to be. */
  since: string;
}

/** An address of a host, and where it was learnt. */
export interface AddressFact {
  address: string;
  source: AddressSource;
}

/** What a resolver said when Blocklens asked it about a host, apart from the failed request. */
export interface AddressLookup {
  /** `dns`: the browser's own resolver (Firefox); `doh`: the DNS-over-HTTPS resolver the person chose. */
  source: Exclude<AddressSource, 'response'>;
  /** The addresses it answered; empty when it named none. */
  addresses: string[];
  /** It said that the name does not exist (NXDOMAIN). */
  nxdomain: boolean;
  at: number;
}

/** The outcome of trying the host again from the extension ("check again" in the popup). */
export interface Recheck {
  at: number;
  outcome: 'loads' | 'fails';
  /**
   * What the last try showed, in no language: a browser error ("net::ERR_CONNECTION_RESET"), a
   * status ("HTTP 503"), a block page it was sent to ("-> warning.rt.ru"), "timeout", or
   * "unreachable" when the browser named no error.
   */
  detail: string;
}

/** What the browser showed about one host on one tab, accumulated over its failed requests. */
export interface HostFacts {
  host: string;
  /** True when the tab's top-level document was requested from this host. */
  mainFrame: boolean;
  /** An example URL that failed (shown to the person, never reported). */
  url: string;
  /** Every kind seen for this host on this tab, with how often. */
  kinds: Partial<Record<FailureKind, number>>;
  /** Distinct raw browser error strings, e.g. "net::ERR_CONNECTION_RESET". */
  errors: string[];
  /** Distinct HTTP statuses that counted as failures. */
  statuses: number[];
  /** Distinct hosts this host redirected to that are known block pages. */
  redirects: string[];
  /** The host's address when one is known. */
  address: AddressFact | null;
  /** What resolvers said about the host when asked (at most one per source, the latest). */
  lookups?: AddressLookup[];
  /** The latest "check again", unless the host failed again after it. */
  recheck?: Recheck;
  /** Failed requests to this host on this tab. */
  count: number;
  firstSeen: number;
  lastSeen: number;
}

/** The conclusion drawn from a host's facts and the list. */
export interface Explanation {
  /** The kind that decided the explanation (the most telling one seen). */
  kind: FailureKind;
  cause: Cause;
  mechanism: Mechanism;
  confidence: Confidence;
  evidence: Evidence[];
}

/** What Blocklens concluded about one host on one tab. */
export interface Finding extends HostFacts, Explanation {}
