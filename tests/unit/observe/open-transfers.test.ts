import { describe, expect, it } from 'vitest';
import { KEEP_AFTER_MS, MAX_OPEN_TRANSFERS, OPEN_TRANSFERS_KEY, OpenTransfers } from '../../../lib/observe/open-transfers';
import { STALL_AFTER_MS, startedTransfer, type StartedTransfer } from '../../../lib/observe/started-transfer';
import { MemorySessionArea } from '../helpers/memory-session-area';

const T0 = 1_000_000;

function transfer(overrides: Partial<StartedTransfer> = {}): StartedTransfer {
  return { tabId: 3, url: 'https://cut.example/big.js?token=secret', type: 'script', startedAt: T0, watched: true, ...overrides };
}

describe('OpenTransfers', () => {
  it('knows a started request until it ends, and only once', () => {
    const transfers = new OpenTransfers(new MemorySessionArea());
    transfers.started('1', transfer());
    expect(transfers.ended('1')).toEqual(transfer());
    expect(transfers.ended('1')).toBeNull();
    expect(transfers.ended('never-started')).toBeNull();
  });

  it('writes nothing for a request that starts and completes, even when kept() runs', async () => {
    const area = new MemorySessionArea();
    const transfers = new OpenTransfers(area);
    for (let i = 0; i < 100; i++) {
      transfers.started(String(i), transfer({ startedAt: T0 + i }));
      transfers.ended(String(i));
    }
    await transfers.keep(T0 + STALL_AFTER_MS);
    expect(area.writes).toEqual([]);
    expect(transfers.nextDue()).toBeNull();
  });

  it('judges a transfer open for 20 s a stall, once, and never one long by nature', () => {
    const transfers = new OpenTransfers(new MemorySessionArea());
    transfers.started('slow', transfer());
    transfers.started('video', transfer({ type: 'media', watched: false }));
    transfers.started('young', transfer({ startedAt: T0 + 5_000 }));
    expect(transfers.stalled(T0 + STALL_AFTER_MS - 1)).toEqual([]);
    expect(transfers.stalled(T0 + STALL_AFTER_MS)).toEqual([transfer()]);
    expect(transfers.stalled(T0 + STALL_AFTER_MS + 1_000)).toEqual([]);
    // Judged, it is still open: an error now is still a cut, a completion takes the stall back.
    expect(transfers.ended('slow')).toEqual(transfer({ judged: true }));
  });

  it('forgets the transfers of a tab that navigated or closed', () => {
    const transfers = new OpenTransfers(new MemorySessionArea());
    transfers.started('a', transfer({ tabId: 3 }));
    transfers.started('b', transfer({ tabId: 4 }));
    transfers.tabGone(3);
    expect(transfers.stalled(T0 + STALL_AFTER_MS).map((t) => t.tabId)).toEqual([4]);
  });

  it('keeps at most MAX_OPEN_TRANSFERS, the oldest giving way', () => {
    const transfers = new OpenTransfers(new MemorySessionArea());
    for (let i = 0; i <= MAX_OPEN_TRANSFERS; i++) transfers.started(String(i), transfer());
    expect(transfers.ended('0')).toBeNull();
    expect(transfers.ended('1')).not.toBeNull();
  });

  it('keeps transfers open 5 s for the next worker, without the query, and only when that changes', async () => {
    const area = new MemorySessionArea();
    const transfers = new OpenTransfers(area);
    transfers.started('old', transfer());
    transfers.started('new', transfer({ startedAt: T0 + 4_000 }));
    expect(transfers.nextDue()).toBe(T0 + KEEP_AFTER_MS);
    await transfers.keep(T0 + KEEP_AFTER_MS);
    expect(await area.get(OPEN_TRANSFERS_KEY)).toEqual({ old: transfer({ url: 'https://cut.example/big.js' }) });
    await transfers.keep(T0 + KEEP_AFTER_MS + 100);
    expect(area.writes).toHaveLength(1);
    // The kept one is next due as a stall, the other as a transfer to keep.
    expect(transfers.nextDue()).toBe(T0 + 4_000 + KEEP_AFTER_MS);
    transfers.ended('old');
    expect(transfers.nextDue()).toBe(0);
    await transfers.keep(T0 + KEEP_AFTER_MS + 200);
    expect(await area.get(OPEN_TRANSFERS_KEY)).toBeUndefined();
  });

  it('a worker started afresh knows what the last one kept: its stall, and its cut', async () => {
    const area = new MemorySessionArea();
    const before = new OpenTransfers(area);
    before.started('stalls', transfer());
    before.started('is-cut', transfer({ tabId: 4 }));
    await before.keep(T0 + KEEP_AFTER_MS);

    const after = new OpenTransfers(area);
    await after.load();
    expect(after.ended('is-cut')).not.toBeNull();
    expect(after.stalled(T0 + STALL_AFTER_MS)).toEqual([transfer({ url: 'https://cut.example/big.js' })]);
  });

  it('does not take back a transfer that ended while storage was being read', async () => {
    const area = new MemorySessionArea();
    const before = new OpenTransfers(area);
    before.started('done', transfer());
    await before.keep(T0 + KEEP_AFTER_MS);

    const after = new OpenTransfers(area);
    const loading = after.load();
    after.ended('done');
    await loading;
    expect(after.stalled(T0 + STALL_AFTER_MS)).toEqual([]);
    await after.keep(T0 + STALL_AFTER_MS);
    expect(await area.get(OPEN_TRANSFERS_KEY)).toBeUndefined();
  });

  it('does not bring back the transfers of a tab that navigated or closed while storage was being read', async () => {
    const area = new MemorySessionArea();
    const before = new OpenTransfers(area);
    before.started('gone', transfer({ tabId: 3 }));
    before.started('stays', transfer({ tabId: 4 }));
    await before.keep(T0 + KEEP_AFTER_MS);

    const after = new OpenTransfers(area);
    const loading = after.load();
    after.tabGone(3);
    await loading;
    expect(after.stalled(T0 + STALL_AFTER_MS).map((t) => t.tabId)).toEqual([4]);
    await after.keep(T0 + STALL_AFTER_MS);
    expect(Object.keys((await area.get(OPEN_TRANSFERS_KEY)) as object)).toEqual(['stays']);
  });
});

describe('startedTransfer', () => {
  const details = { requestId: '9', tabId: 2, url: 'https://a.example/x', type: 'xmlhttprequest', timeStamp: T0, statusCode: 200 };

  it('watches a tab request, with its address', () => {
    expect(startedTransfer({ ...details, ip: '203.0.113.5' })).toEqual({
      tabId: 2,
      url: 'https://a.example/x',
      type: 'xmlhttprequest',
      ip: '203.0.113.5',
      startedAt: T0,
      watched: true,
    });
  });

  it('follows but never judges media, WebSocket and event streams, and ignores requests of no tab', () => {
    expect(startedTransfer({ ...details, type: 'media' })?.watched).toBe(false);
    expect(startedTransfer({ ...details, type: 'websocket' })?.watched).toBe(false);
    const stream = { ...details, responseHeaders: [{ name: 'Content-Type', value: 'text/event-stream; charset=utf-8' }] };
    expect(startedTransfer(stream)?.watched).toBe(false);
    const json = { ...details, responseHeaders: [{ name: 'content-type', value: 'application/json' }] };
    expect(startedTransfer(json)?.watched).toBe(true);
    expect(startedTransfer({ ...details, tabId: -1 })).toBeNull();
  });
});
