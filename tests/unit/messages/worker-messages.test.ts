import { describe, expect, it } from 'vitest';
import { workerRequest } from '../../../lib/messages/worker-messages';

describe('workerRequest', () => {
  it('accepts each request the pages send', () => {
    for (const request of [
      { type: 'blocklens:ensure-blocklist' },
      { type: 'blocklens:send-reports-now' },
      { type: 'blocklens:recheck', tabId: 7, host: 'rutracker.org' },
      { type: 'blocklens:look-up-address', tabId: 0, host: 'rutracker.org' },
      { type: 'blocklens:look-up-list', query: 'https://rutracker.org/forum/' },
    ]) {
      expect(workerRequest(request)).toBe(request);
    }
  });

  it('refuses what is not one of them, or lacks what its type needs', () => {
    for (const message of [
      null,
      undefined,
      'blocklens:recheck',
      42,
      {},
      { type: 'blocklens:unknown' },
      { type: 'toString' },
      { type: 'blocklens:recheck', tabId: 1.5, host: 'a.ru' },
      { type: 'blocklens:recheck', tabId: '7', host: 'a.ru' },
      { type: 'blocklens:look-up-address', tabId: 7 },
      { type: 'blocklens:look-up-address', tabId: 7, host: ['a.ru'] },
      { type: 'blocklens:look-up-list' },
      { type: 'blocklens:look-up-list', query: ['rutracker.org'] },
    ]) {
      expect(workerRequest(message)).toBeNull();
    }
  });
});
