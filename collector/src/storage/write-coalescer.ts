// Group commit for request handlers: writes that arrive while earlier ones are in flight go to the
// database together, as one statement, so fifty clients cost a few commits instead of fifty.

export interface CoalescerOptions {
  /** Statements in flight at once (a connection pool can overlap their commits; PGlite has one connection). */
  maxInFlight: number;
  /** Items one statement may carry, keeping statements and their parameters bounded. */
  maxItems: number;
  /**
   * Whether a failed write's error is about the items it carried (the database refused their data),
   * so that writing them again one by one can tell the bad one from the others. Any other error (the
   * database is down, out of space) fails the whole group at once instead of once per item.
   */
  isItemFault: (error: unknown) => boolean;
}

interface Pending<Item, Result> {
  item: Item;
  size: number;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
}

/**
 * Returns a function that queues an item and resolves with its own result once `write` has stored
 * it. `write` receives a group of items in arrival order and returns one result per item. When a
 * group of several fails on an item fault, each of its items is written again alone, so one item the
 * database refuses fails only its own sender.
 */
export function coalesceWrites<Item, Result>(
  write: (items: Item[]) => Promise<Result[]>,
  sizeOf: (item: Item) => number,
  { maxInFlight, maxItems, isItemFault }: CoalescerOptions,
): (item: Item) => Promise<Result> {
  const queue: Pending<Item, Result>[] = [];
  let inFlight = 0;

  const takeGroup = (): Pending<Item, Result>[] => {
    let size = 0;
    let count = 0;
    // Always at least one, so an item bigger than maxItems still goes, alone.
    while (count < queue.length && (count === 0 || size + queue[count]!.size <= maxItems)) size += queue[count++]!.size;
    return queue.splice(0, count);
  };

  const writeGroup = async (group: Pending<Item, Result>[]): Promise<void> => {
    try {
      const results = await write(group.map((pending) => pending.item));
      group.forEach((pending, index) => pending.resolve(results[index]!));
    } catch (error) {
      if (group.length === 1 || !isItemFault(error)) for (const pending of group) pending.reject(error);
      else for (const pending of group) await writeGroup([pending]);
    }
  };

  const pump = () => {
    while (inFlight < maxInFlight && queue.length > 0) {
      const group = takeGroup();
      inFlight++;
      void writeGroup(group).finally(() => {
        inFlight--;
        pump();
      });
    }
  };

  return (item) =>
    new Promise<Result>((resolve, reject) => {
      queue.push({ item, size: sizeOf(item), resolve, reject });
      pump();
    });
}
