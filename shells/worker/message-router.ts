// The worker's one runtime.onMessage listener: each request the pages send goes to its handler, by
// the typed table of lib/messages; anything else is left for no one to answer.
import { browser } from 'wxt/browser';
import {
  workerRequest,
  type WorkerMessageType,
  type WorkerReply,
  type WorkerRequest,
} from '../../lib/messages/worker-messages';

export type MessageHandlers = {
  [T in WorkerMessageType]: (request: WorkerRequest<T>) => Promise<WorkerReply<T>>;
};

/** Must be called at worker start, with the other listeners. */
export function routeWorkerMessages(handlers: MessageHandlers): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const request = workerRequest(message);
    if (request === null) return undefined;
    const handle = handlers[request.type] as (request: WorkerRequest) => Promise<unknown>;
    return handle(request);
  });
}
