// Compiles a list patch (layout in patch-format.ts): the records of what the newer version adds and
// of what it removes (hosting networks included), each compiled as an ordinary snapshot.
import { writePatch, type PatchHeader } from '../format/patch-format';
import type { SourceItem } from '../format/types';
import { compileSnapshot } from './compile-snapshot';

export async function compilePatch(
  header: PatchHeader,
  changes: { added: Iterable<SourceItem>; removed: Iterable<SourceItem> },
): Promise<Uint8Array> {
  const { name, date, built, lists } = header.info;
  const options = { name, date, built, lists };
  const [added, removed] = await Promise.all([compileSnapshot(changes.added, options), compileSnapshot(changes.removed, options)]);
  return writePatch({ ...header, added: added.bytes, removed: removed.bytes });
}
