// Which findings are worth an automatic address lookup. Each one may send the host's name to the
// person's resolver, so only network failures of public names whose address is unknown, or whose
// DNS answer is in doubt, qualify, and each host once.
import type { FailureKind, Finding } from '@blocklens/vocabulary';
import { isPublicHostName } from '../failures/sinkhole';
import { looksLikeAddress } from '../ip/ip-address';

const DNS_KINDS: readonly FailureKind[] = ['dns-nxdomain', 'dns-failure', 'dns-sinkhole'];

/** Failures on the way to the server, where its address decides between blocked and down. */
const NETWORK_KINDS: readonly FailureKind[] = [
  ...DNS_KINDS,
  'tcp-refused',
  'tcp-timeout',
  'tcp-reset',
  'tls-failure',
  'tls-cert-mismatch',
  'tls-cert-untrusted',
  'http-empty',
  'http-timeout',
  'quic-failure',
];

export function wantsAutomaticLookup(finding: Finding): boolean {
  if (!NETWORK_KINDS.includes(finding.kind) || !isPublicHostName(finding.host)) return false;
  if ((finding.lookups ?? []).length > 0) return false;
  return finding.address === null || DNS_KINDS.includes(finding.kind);
}

/** A name a resolver can be asked about at all: not an address literal. */
export function canBeLookedUp(host: string): boolean {
  return host !== '' && !looksLikeAddress(host);
}
