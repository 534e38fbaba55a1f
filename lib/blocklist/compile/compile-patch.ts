// Compiles a list patch (layout in patch-format.ts): the records of what the newer version adds and
// of what it removes, each compiled as an ordinary snapshot.
import { writePatch, type PatchHeader } from '../format/patch-format';
import type { SourceRecord } from '../format/types';
import { compileSnapshot } from './compile-snapshot';

export async function compilePatch(
  header: PatchHeader,
  changes: { added: Iterable<SourceRecord>; removed: Iterable<SourceRecord> },
): Promise<Uint8Array> {
  const { name, date, built, lists } = header.info;
  const options = { name, date, built, lists };
  const [added, removed] = await Promise.all([compileSnapshot(changes.added, options), compileSnapshot(changes.removed, options)]);
  return writePatch({ ...header, added: added.bytes, removed: removed.bytes });
}
