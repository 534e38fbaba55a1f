import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EMPTY_UPDATE_STATE } from '../../../lib/list-updates/list-updater';
import { askWorker } from '../../../shells/common/ask-worker';
import { lookUpList } from '../../../shells/pages/look-up-list';
import { routeWorkerMessages, type MessageHandlers } from '../../../shells/worker/message-router';

function handlers(): MessageHandlers {
  return {
    'blocklens:ensure-blocklist': vi.fn(async () => true as const),
    'blocklens:send-reports-now': vi.fn(async () => null),
    'blocklens:recheck': vi.fn(async () => ({ ok: false as const, reason: 'gone' as const })),
    'blocklens:look-up-address': vi.fn(async () => ({ ok: false as const, reason: 'not-a-name' as const })),
    'blocklens:look-up-list': vi.fn(async () => ({ outcome: 'no-list' as const })),
    'blocklens:list-updates': vi.fn(async () => ({ state: EMPTY_UPDATE_STATE, stored: null })),
    'blocklens:check-lists-now': vi.fn(async () => null),
    'blocklens:use-bundled-list': vi.fn(async () => ({ state: EMPTY_UPDATE_STATE, stored: null })),
    'blocklens:judge-stalls': vi.fn(async () => true as const),
  };
}

describe('the worker message router', () => {
  beforeEach(() => fakeBrowser.reset());

  it('hands each request to its handler and answers with its reply', async () => {
    const routed = handlers();
    routeWorkerMessages(routed);
    expect(await askWorker({ type: 'blocklens:recheck', tabId: 4, host: 'rutracker.org' })).toEqual({ ok: false, reason: 'gone' });
    expect(routed['blocklens:recheck']).toHaveBeenCalledWith({ type: 'blocklens:recheck', tabId: 4, host: 'rutracker.org' });
    expect(await askWorker({ type: 'blocklens:look-up-address', tabId: 4, host: '1.2.3.4' })).toEqual({ ok: false, reason: 'not-a-name' });
    expect(await askWorker({ type: 'blocklens:ensure-blocklist' })).toBe(true);
    expect(await lookUpList('rutracker.org')).toEqual({ outcome: 'no-list' });
    expect(routed['blocklens:look-up-list']).toHaveBeenCalledWith({ type: 'blocklens:look-up-list', query: 'rutracker.org' });
    expect(routed['blocklens:send-reports-now']).not.toHaveBeenCalled();
  });

  it('leaves malformed and foreign messages unanswered, calling no handler', async () => {
    const routed = handlers();
    routeWorkerMessages(routed);
    await expect(fakeBrowser.runtime.sendMessage({ type: 'blocklens:recheck', tabId: 'x', host: 'a.ru' })).resolves.toBeUndefined();
    await expect(fakeBrowser.runtime.sendMessage({ type: 'someone-else' })).resolves.toBeUndefined();
    await expect(fakeBrowser.runtime.sendMessage({ type: 'blocklens:look-up-list', query: 42 })).resolves.toBeUndefined();
    for (const handler of Object.values(routed)) expect(handler).not.toHaveBeenCalled();
  });

  it('makes a page see a worker that gave no answer as an error', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => undefined);
    await expect(askWorker({ type: 'blocklens:ensure-blocklist' })).rejects.toThrow(/did not answer/);
  });
});
