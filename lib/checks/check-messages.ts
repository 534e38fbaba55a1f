// Messages the popup sends the worker about one finding: try the host again, or look up its
// address. Only the worker asks, so the answers land in the stored finding for every view.
import type { SourceAnswer } from '../addresses/host-addresses';
import type { Recheck } from '@blocklens/vocabulary';

export interface CheckRequest {
  type: typeof RECHECK_MESSAGE | typeof LOOK_UP_MESSAGE;
  tabId: number;
  host: string;
}

export const RECHECK_MESSAGE = 'blocklens:recheck';
export const LOOK_UP_MESSAGE = 'blocklens:look-up-address';

/** `gone`: the tab no longer has a finding for the host (it navigated, or closed). */
export type RecheckReply = { ok: true; recheck: Recheck } | { ok: false; reason: 'gone' };
export type LookUpReply = { ok: true; answers: SourceAnswer[] } | { ok: false; reason: 'gone' | 'not-a-name' };

export function checkRequest(type: CheckRequest['type'], tabId: number, host: string): CheckRequest {
  return { type, tabId, host };
}

export function isCheckRequest(message: unknown, type: CheckRequest['type']): message is CheckRequest {
  const candidate = message as Partial<CheckRequest> | null;
  return candidate?.type === type && Number.isInteger(candidate.tabId) && typeof candidate.host === 'string';
}
