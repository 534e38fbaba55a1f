// What changed between two versions of a list, as the pairs (entry, record) one adds and removes;
// the changes of consecutive versions compose into the change across all of them.

export interface ListDelta {
  added: Set<string>;
  removed: Set<string>;
}

export function diffPairs(from: ReadonlySet<string>, to: ReadonlySet<string>): ListDelta {
  const added = new Set<string>();
  const removed = new Set<string>();
  for (const pair of to) if (!from.has(pair)) added.add(pair);
  for (const pair of from) if (!to.has(pair)) removed.add(pair);
  return { added, removed };
}

/** The change from A to C, given the change from A to B and the change from B to C. */
export function composeDeltas(first: ListDelta, second: ListDelta): ListDelta {
  const added = new Set<string>();
  const removed = new Set<string>();
  for (const pair of first.added) if (!second.removed.has(pair)) added.add(pair);
  for (const pair of second.added) if (!first.removed.has(pair)) added.add(pair);
  for (const pair of first.removed) if (!second.added.has(pair)) removed.add(pair);
  for (const pair of second.removed) if (!first.added.has(pair)) removed.add(pair);
  return { added, removed };
}
