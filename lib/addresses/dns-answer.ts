// What one lookup of a host's addresses came to, whichever resolver answered it.

/** Why a lookup has no answer; `rate-limited` means Blocklens did not ask at all. */
export type LookupFailure =
  | 'timeout'
  | 'network'
  | 'http-status'
  | 'malformed'
  | 'server-failure'
  | 'refused'
  | 'rate-limited';

export type DnsAnswer =
  /** `ttl` in seconds: how long the resolver said the answer may be kept. */
  | { outcome: 'addresses'; addresses: string[]; ttl: number }
  | { outcome: 'nxdomain' }
  /** The name exists but has no address of the type asked for. */
  | { outcome: 'no-address' }
  /** `detail` is a short technical fact for the person ("HTTP 502", "rcode 4"), or empty. */
  | { outcome: 'failed'; failure: LookupFailure; detail: string };

export const failed = (failure: LookupFailure, detail = ''): DnsAnswer => ({ outcome: 'failed', failure, detail });

/**
 * The answers for A and AAAA as one answer for the host. A missing name is missing for every type;
 * one type's addresses are enough; a failure counts only when nothing was learnt.
 */
export function combineAnswers(first: DnsAnswer, second: DnsAnswer): DnsAnswer {
  const both = [first, second];
  if (both.some((answer) => answer.outcome === 'nxdomain')) return { outcome: 'nxdomain' };
  const found = both.filter((answer) => answer.outcome === 'addresses');
  if (found.length > 0) {
    return {
      outcome: 'addresses',
      addresses: found.flatMap((answer) => answer.addresses),
      ttl: Math.min(...found.map((answer) => answer.ttl)),
    };
  }
  return both.find((answer) => answer.outcome === 'failed') ?? { outcome: 'no-address' };
}
