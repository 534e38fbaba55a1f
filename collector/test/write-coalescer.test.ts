// Group commit: writes queued while others are in flight go together, bounded in number and size.
import { describe, expect, it } from 'vitest';
import { coalesceWrites } from '../src/storage/write-coalescer';

/** A write whose completion the test controls, recording the groups it was given. */
function controlledWrite() {
  const groups: number[][] = [];
  const finish: Array<(error?: Error) => void> = [];
  const write = (items: number[]) =>
    new Promise<string[]>((resolve, reject) => {
      groups.push(items);
      finish.push((error) => (error ? reject(error) : resolve(items.map((item) => `stored ${item}`))));
    });
  return { groups, finish, write };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('coalesceWrites', () => {
  it('writes the first item at once and groups those that arrive while it is in flight', async () => {
    const { groups, finish, write } = controlledWrite();
    const enqueue = coalesceWrites(write, () => 1, { maxInFlight: 1, maxItems: 100, isItemFault: () => true });
    const results = [1, 2, 3, 4].map(enqueue);
    expect(groups).toEqual([[1]]);
    finish[0]!();
    await settle();
    expect(groups).toEqual([[1], [2, 3, 4]]);
    finish[1]!();
    expect(await Promise.all(results)).toEqual(['stored 1', 'stored 2', 'stored 3', 'stored 4']);
  });

  it('keeps up to maxInFlight writes going and groups no more than maxItems', async () => {
    const { groups, finish, write } = controlledWrite();
    const enqueue = coalesceWrites(write, (item) => item, { maxInFlight: 2, maxItems: 10, isItemFault: () => true });
    const results = [1, 2, 4, 5, 3, 20, 1].map(enqueue);
    expect(groups).toEqual([[1], [2]]);
    finish[0]!();
    await settle();
    // 4 + 5 fit in 10, 3 does not; 20 is over the limit on its own and still goes, alone.
    expect(groups).toEqual([[1], [2], [4, 5]]);
    finish[1]!();
    await settle();
    expect(groups).toEqual([[1], [2], [4, 5], [3]]);
    finish[2]!();
    await settle();
    finish[3]!();
    await settle();
    expect(groups).toEqual([[1], [2], [4, 5], [3], [20], [1]]);
    finish[4]!();
    finish[5]!();
    expect(await Promise.all(results)).toHaveLength(7);
  });

  it('writes each item of a failed group again alone, so only the item the database refuses fails', async () => {
    const groups: number[][] = [];
    // A database that refuses any statement carrying item 3, as PostgreSQL refuses a NUL in text.
    const write = async (items: number[]) => {
      groups.push(items);
      if (items.includes(3)) throw new Error('invalid byte sequence');
      return items.map((item) => `stored ${item}`);
    };
    const enqueue = coalesceWrites(write, () => 1, { maxInFlight: 1, maxItems: 100, isItemFault: () => true });
    const results = [1, 2, 3, 4].map(enqueue);
    await expect(results[0]).resolves.toBe('stored 1');
    await expect(results[1]).resolves.toBe('stored 2');
    await expect(results[2]).rejects.toThrow('invalid byte sequence');
    await expect(results[3]).resolves.toBe('stored 4');
    expect(groups).toEqual([[1], [2, 3, 4], [2], [3], [4]]);
    await expect(enqueue(5)).resolves.toBe('stored 5');
  });

  it('fails the whole group at once when the error is not about its items (the database is down)', async () => {
    const groups: number[][] = [];
    const write = async (items: number[]) => {
      groups.push(items);
      throw new Error('connection refused');
    };
    const enqueue = coalesceWrites(write, () => 1, { maxInFlight: 1, maxItems: 100, isItemFault: () => false });
    const results = [1, 2, 3, 4].map(enqueue);
    for (const result of results) await expect(result).rejects.toThrow('connection refused');
    expect(groups).toEqual([[1], [2, 3, 4]]);
  });

  it('fails an item alone with the error of its own write', async () => {
    const { finish, write } = controlledWrite();
    const enqueue = coalesceWrites(write, () => 1, { maxInFlight: 1, maxItems: 100, isItemFault: () => true });
    const first = enqueue(1);
    finish[0]!(new Error('disk full'));
    await expect(first).rejects.toThrow('disk full');
    const after = enqueue(2);
    await settle();
    finish[1]!();
    await expect(after).resolves.toBe('stored 2');
  });
});
