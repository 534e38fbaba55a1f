// Which errors mean the request was stopped on this device, and by what: an extension, a policy,
// the browser itself, its proxy, a lost connection, or a plain cancellation. The browsers' own
// errors say so in their facts (chromium-errors.ts, firefox-errors.ts); a name they do not list yet
// falls back on its prefix.
import { errorFact } from './error-facts';
import { errorName } from './error-name';

export const LOCAL_REASONS = ['extension', 'policy', 'offline', 'proxy', 'browser', 'aborted'] as const;
export type LocalReason = (typeof LOCAL_REASONS)[number];

/** For names the lists do not know yet. */
export const LOCAL_PREFIXES: readonly (readonly [string, LocalReason])[] = [
  ['ERR_PROXY_', 'proxy'],
  ['ERR_PAC_', 'proxy'],
  ['NS_ERROR_PROXY_', 'proxy'],
];

/**
 * Why the request was stopped on this device, or null when the error is not a local one, or is
 * local without a reason of its own (the browser's certificate store changed, say).
 */
export function localReason(error: string): LocalReason | null {
  const name = errorName(error);
  const fact = errorFact(name);
  if (fact) return fact.kind === 'local' ? (fact.local ?? null) : null;
  return LOCAL_PREFIXES.find(([prefix]) => name.startsWith(prefix))?.[1] ?? null;
}
