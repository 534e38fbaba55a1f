// Which of a host's failure kinds decides its explanation: the most telling one seen.
import type { FailureKind } from '@blocklens/vocabulary';

/**
 * Most telling first: a block-page fingerprint or a 451 names the block outright; a DNS sinkhole
 * or a reset are typical of filtering; a refused connection or a server error rarely are; a
 * request stopped on this device says nothing about the network.
 */
export const KIND_SEVERITY: readonly FailureKind[] = [
  'http-blockpage',
  'http-451',
  'dns-sinkhole',
  'http-cut',
  'tcp-reset',
  'tls-cert-mismatch',
  'tls-cert-untrusted',
  'tls-failure',
  'http-empty',
  'http-timeout',
  'http-stall',
  'dns-nxdomain',
  'tcp-timeout',
  'quic-failure',
  'dns-failure',
  'tcp-refused',
  'http-error',
  'local',
  'other',
];

export function decisiveKind(kinds: Partial<Record<FailureKind, number>>): FailureKind {
  return KIND_SEVERITY.find((kind) => (kinds[kind] ?? 0) > 0) ?? 'other';
}
