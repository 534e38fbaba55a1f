// Sends the worker one of its typed requests (lib/messages) from an extension page.
import { browser } from 'wxt/browser';
import type { WorkerMessageType, WorkerReply, WorkerRequest } from '../../lib/messages/worker-messages';

/** Resolves to the worker's reply; rejects when no worker answered, or it failed. */
export async function askWorker<T extends WorkerMessageType>(request: WorkerRequest<T>): Promise<WorkerReply<T>> {
  const reply: unknown = await browser.runtime.sendMessage(request);
  if (reply === undefined) throw new Error('the worker did not answer');
  return reply as WorkerReply<T>;
}
