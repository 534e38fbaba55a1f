// What the worker keeps in storage.session about the network as a whole: the recent hangs and
// loads it judged on (so a restarted worker goes on from them) and its verdict, which the popup reads.
import type { AllowListVerdict } from './allow-list-mode';

export const NETWORK_MODE_KEY = 'network-mode';

export interface NetworkModeRecord {
  /** Each recent hang's host, and each recent answer's origin ("https://host:port"), with its time (ms since the epoch). */
  hung: [host: string, at: number][];
  loaded: [origin: string, at: number][];
  allowList: AllowListVerdict | null;
}

/** How the network looks to the popup: restricted to an allow list, or no sign of it. */
export type NetworkMode = 'allow-list' | 'unrestricted';

function isSightings(value: unknown): value is [string, number][] {
  return Array.isArray(value) && value.every((entry) => Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'number');
}

/** The stored value as a record, or null when there is none or it has another shape. */
export function networkModeRecordFrom(value: unknown): NetworkModeRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const { hung, loaded, allowList } = value as Record<string, unknown>;
  if (!isSightings(hung) || !isSightings(loaded)) return null;
  const verdict = allowList as AllowListVerdict | null | undefined;
  const validVerdict = typeof verdict === 'object' && verdict !== null && typeof verdict.until === 'number';
  return { hung, loaded, allowList: validVerdict ? verdict : null };
}

/** The network mode a stored record shows at `now`: a verdict counts until it lapses. */
export function networkModeAt(value: unknown, now: number): NetworkMode {
  const until = networkModeRecordFrom(value)?.allowList?.until;
  return until !== undefined && now < until ? 'allow-list' : 'unrestricted';
}
