import { describe, expect, it } from 'vitest';
import { ALLOW_LIST_WINDOW_MS } from '../../../lib/network-mode/allow-list-mode';
import { NETWORK_MODE_KEY, networkModeAt, networkModeRecordFrom } from '../../../lib/network-mode/network-mode-record';
import { NetworkWatch } from '../../../lib/network-mode/network-watch';
import { MemorySessionArea } from '../helpers/memory-session-area';

const START = 1_700_000_000_000;

function watching(area = new MemorySessionArea()) {
  const clock = { now: START };
  const watch = new NetworkWatch(area, () => clock.now);
  const mode = async () => {
    await watch.settled();
    return networkModeAt(await area.get(NETWORK_MODE_KEY), clock.now);
  };
  return { area, clock, watch, mode };
}

const HUNG = ['www.one.com', 'cdn.two.net', 'three.org', 'api.four.io'];

describe('NetworkWatch', () => {
  it('publishes the allow list once four unrelated sites hung while another answered', async () => {
    const { watch, mode, clock } = watching();
    watch.sawResponse('https://ya.ru/search?text=x');
    for (const host of HUNG.slice(0, 3)) await watch.sawHang(host, clock.now);
    expect(await mode()).toBe('unrestricted');
    await watch.sawHang(HUNG[3]!, clock.now);
    expect(await mode()).toBe('allow-list');
  });

  it('judges again when the first answer comes after the hangs', async () => {
    const { watch, mode, clock } = watching();
    for (const host of HUNG) await watch.sawHang(host, clock.now);
    expect(await mode()).toBe('unrestricted');
    watch.sawResponse('https://vk.com/');
    expect(await mode()).toBe('allow-list');
  });

  it('writes storage for hangs and changes of verdict, not for each answer', async () => {
    const { watch, area, clock } = watching();
    watch.sawResponse('https://ya.ru/');
    for (const host of HUNG) await watch.sawHang(host, clock.now);
    const writes = area.writes.length;
    for (let i = 0; i < 100; i++) watch.sawResponse(`https://ya.ru/page${i}`);
    await watch.settled();
    expect(area.writes.length).toBe(writes);
  });

  it('writes storage once for a host whose many requests hang', async () => {
    const { watch, area, clock } = watching();
    await watch.sawHang('www.one.com', clock.now);
    const writes = area.writes.length;
    for (let i = 0; i < 50; i++) await watch.sawHang('www.one.com', (clock.now += 10));
    expect(area.writes.length).toBe(writes);
  });

  it('keeps the lapse in storage as later hangs of the same sites extend the verdict', async () => {
    const { watch, area, clock } = watching();
    watch.sawResponse('https://ya.ru/');
    for (const host of HUNG) await watch.sawHang(host, clock.now);
    clock.now += 60_000;
    watch.sawResponse('https://ya.ru/');
    for (const host of HUNG) await watch.sawHang(host, clock.now);
    await watch.settled();
    expect(networkModeRecordFrom(await area.get(NETWORK_MODE_KEY))?.allowList?.until).toBe(clock.now + ALLOW_LIST_WINDOW_MS);
  });

  it('does not take answers from this device or the local network for a network that works', async () => {
    const { watch, mode, clock } = watching();
    watch.sawResponse('http://localhost:3000/');
    watch.sawResponse('http://192.168.1.1/');
    watch.sawResponse('http://[::1]:8080/');
    for (const host of HUNG) await watch.sawHang(host, clock.now);
    expect(await mode()).toBe('unrestricted');
  });

  it('lets the verdict lapse once its hangs leave the window', async () => {
    const { watch, mode, clock } = watching();
    watch.sawResponse('https://ya.ru/');
    for (const host of HUNG) await watch.sawHang(host, clock.now);
    expect(await mode()).toBe('allow-list');
    clock.now += ALLOW_LIST_WINDOW_MS;
    expect(await mode()).toBe('unrestricted');
  });

  it('goes on from what a stopped worker kept', async () => {
    const first = watching();
    first.watch.sawResponse('https://ya.ru/');
    for (const host of HUNG.slice(0, 3)) await first.watch.sawHang(host, first.clock.now);
    await first.watch.settled();
    const second = watching(first.area);
    await second.watch.sawHang(HUNG[3]!, second.clock.now);
    expect(await second.mode()).toBe('allow-list');
    expect(networkModeRecordFrom(await second.area.get(NETWORK_MODE_KEY))?.allowList?.loadedSites).toEqual(['ya.ru']);
  });

  it('keeps its memory of answers bounded', async () => {
    const { watch, area, clock } = watching();
    for (let i = 0; i < 1000; i++) watch.sawResponse(`https://site${i}.example/`);
    await watch.sawHang('www.one.com', clock.now);
    const record = networkModeRecordFrom(await area.get(NETWORK_MODE_KEY));
    expect(record?.loaded.length).toBeLessThanOrEqual(32);
    expect(record?.loaded[0]?.[0]).toBe('https://site999.example');
  });
});
