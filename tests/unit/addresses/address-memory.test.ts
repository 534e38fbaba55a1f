import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AddressMemory } from '../../../lib/addresses/address-memory';
import { MemorySessionArea } from '../helpers/memory-session-area';

describe('AddressMemory', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('answers with the last address a host answered from', async () => {
    const memory = new AddressMemory(new MemorySessionArea());
    memory.remember('game.example', '35.200.1.9');
    memory.remember('game.example', '35.200.1.10');
    expect(await memory.lookup('game.example')).toEqual({ address: '35.200.1.10', source: 'response' });
    expect(await memory.lookup('other.example')).toBeNull();
  });

  it('saves in a batch and is read back by the next worker', async () => {
    const area = new MemorySessionArea();
    const memory = new AddressMemory(area);
    memory.remember('a.example', '1.1.1.1');
    memory.remember('b.example', '2.2.2.2');
    expect(area.data.has('addresses')).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    const next = new AddressMemory(area);
    expect(await next.lookup('b.example')).toEqual({ address: '2.2.2.2', source: 'response' });
  });

  it('still answers with what it sees when the stored addresses cannot be read', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const unreadable = new MemorySessionArea();
    unreadable.get = () => Promise.reject(new Error('storage is gone'));
    const garbled = new MemorySessionArea();
    garbled.get = async () => 42;
    for (const area of [unreadable, garbled]) {
      const memory = new AddressMemory(area);
      memory.remember('game.example', '35.200.1.9');
      expect(await memory.lookup('game.example')).toEqual({ address: '35.200.1.9', source: 'response' });
    }
    expect(error).toHaveBeenCalledTimes(2);
    error.mockRestore();
  });

  it('lets an address seen since start win over the stored one', async () => {
    const area = new MemorySessionArea();
    await area.set('addresses', [['a.example', '1.1.1.1']]);
    const memory = new AddressMemory(area);
    memory.remember('a.example', '9.9.9.9');
    expect((await memory.lookup('a.example'))?.address).toBe('9.9.9.9');
  });

  it('forgets the least recently seen host beyond its bound', async () => {
    const memory = new AddressMemory(new MemorySessionArea());
    for (let i = 0; i <= 2000; i++) memory.remember(`h${i}.example`, '1.1.1.1');
    expect(await memory.lookup('h0.example')).toBeNull();
    expect(await memory.lookup('h2000.example')).not.toBeNull();
  });
});
