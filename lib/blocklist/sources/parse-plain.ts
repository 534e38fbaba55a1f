// Parses a plain list: UTF-8, one domain, "*." wildcard, address or CIDR range a line; "#" starts a
// comment. Records from it carry no authority, decision or date.

import type { SourceRecord } from '../format/types';
import { decodeLines } from './decode-lines';
import type { ParseTally } from './parse-tally';
import { RecordEntries } from './record-entries';

const COMMENT = /(?:^|\s)#.*$/;

export async function* parsePlain(
  chunks: AsyncIterable<Uint8Array>,
  list: string,
  tally: ParseTally,
): AsyncGenerator<SourceRecord> {
  for await (const line of decodeLines(chunks, 'utf-8')) {
    const entry = line.text.replace(COMMENT, '').trim();
    if (entry === '') {
      tally.skip();
      continue;
    }
    if (/\s/.test(entry)) {
      tally.reject(line.number, ['expected one entry a line']);
      continue;
    }
    const entries = new RecordEntries();
    entries.addHost(entry);
    const record = entries.toRecord({ list, authority: '', decision: '', date: '' });
    if (!record) {
      tally.reject(line.number, entries.dropped);
      continue;
    }
    tally.accept(record, line.number, []);
    yield record;
  }
  tally.finish();
}
