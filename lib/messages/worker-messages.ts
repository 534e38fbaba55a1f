// The messages extension pages send the worker, and what it answers to each: one table that the
// worker's single router and every sender are typed by.
import type { LookUpReply, RecheckReply } from '../checks/check-replies';
import type { ListUpdatesView } from '../list-updates/list-updater';
import type { SendResult } from '../reports/send-reports';
import type { ListLookupReply } from './list-lookup';

/** A finding on a tab, named by its host. */
export interface FindingRef {
  tabId: number;
  host: string;
}

export interface WorkerMessages {
  /** A worker that has not needed its list yet loads it now and publishes its status. */
  'blocklens:ensure-blocklist': { request: object; reply: true };
  /**
   * Deliver the report queue at once (null: reporting is off). Only the worker sends, so two senders
   * never post the same batch.
   */
  'blocklens:send-reports-now': { request: object; reply: SendResult | null };
  /** Try the finding's host again from the extension ("check again"). */
  'blocklens:recheck': { request: FindingRef; reply: RecheckReply };
  /** Look up the finding's host over DNS-over-HTTPS ("look up address"). */
  'blocklens:look-up-address': { request: FindingRef; reply: LookUpReply };
  /** Every entry of the list in use that matches a host, address or URL (the lookup page). */
  'blocklens:look-up-list': { request: { query: string }; reply: ListLookupReply };
  /** How list updates stand: the last check, its error, the downloaded list kept. */
  'blocklens:list-updates': { request: object; reply: ListUpdatesView };
  /** Check the list channel now (null: updates are off, nothing was fetched). */
  'blocklens:check-lists-now': { request: object; reply: ListUpdatesView | null };
  /** Forget the downloaded list and use the bundled one again. */
  'blocklens:use-bundled-list': { request: object; reply: ListUpdatesView };
  /** Judge the transfers open too long as stalls now (the popup asks as it opens); true once recorded. */
  'blocklens:judge-stalls': { request: object; reply: true };
}

export type WorkerMessageType = keyof WorkerMessages;

export type WorkerRequest<T extends WorkerMessageType = WorkerMessageType> = T extends WorkerMessageType
  ? { type: T } & WorkerMessages[T]['request']
  : never;

export type WorkerReply<T extends WorkerMessageType> = WorkerMessages[T]['reply'];

const REQUEST_SHAPES: { [T in WorkerMessageType]: (message: Record<string, unknown>) => boolean } = {
  'blocklens:ensure-blocklist': () => true,
  'blocklens:send-reports-now': () => true,
  'blocklens:recheck': isFindingRef,
  'blocklens:look-up-address': isFindingRef,
  'blocklens:look-up-list': (message) => typeof message.query === 'string',
  'blocklens:list-updates': () => true,
  'blocklens:check-lists-now': () => true,
  'blocklens:use-bundled-list': () => true,
  'blocklens:judge-stalls': () => true,
};

function isFindingRef(message: Record<string, unknown>): boolean {
  return Number.isInteger(message.tabId) && typeof message.host === 'string';
}

/** The message as a worker request, or null when it is none (another extension's, or malformed). */
export function workerRequest(message: unknown): WorkerRequest | null {
  if (typeof message !== 'object' || message === null) return null;
  const candidate = message as Record<string, unknown>;
  const type = candidate.type;
  if (typeof type !== 'string' || !Object.hasOwn(REQUEST_SHAPES, type)) return null;
  return REQUEST_SHAPES[type as WorkerMessageType](candidate) ? (candidate as WorkerRequest) : null;
}
