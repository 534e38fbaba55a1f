// Parses a Citizen Lab test list (CSV with a header: url,category_code,category_description,
// date_added,source,notes). Each row names its URL and the URL's host. The record says where the
// entry comes from: authority "Citizen Lab", decision the category code (e.g. "NEWS"), date the
// date the URL was added; they describe a test list, not a blocking decision.

import { accepted } from '../../validation/checked';
import type { SourceRecord } from '../format/types';
import { decodeLines } from './decode-lines';
import { normaliseDate } from './list-date';
import type { ParseTally } from './parse-tally';
import { RecordEntries } from './record-entries';
import { splitDelimited } from './split-delimited';
import { cleanText } from './text-field';

export const CITIZEN_LAB_AUTHORITY = 'Citizen Lab';

interface Columns {
  url: number;
  category: number;
  date: number;
  count: number;
}

function columnsOf(header: string, file: string): Columns {
  const names = splitDelimited(header, ',').fields.map((name) => name.trim().toLowerCase());
  const url = names.indexOf('url');
  if (url < 0) throw new Error(`${file}: not a Citizen Lab test list (its first line has no "url" column)`);
  return { url, category: names.indexOf('category_code'), date: names.indexOf('date_added'), count: names.length };
}

export async function* parseCitizenLab(
  chunks: AsyncIterable<Uint8Array>,
  list: string,
  tally: ParseTally,
): AsyncGenerator<SourceRecord> {
  let columns: Columns | null = null;
  // A quoted field may span lines (RFC 4180): the row is read on until its quotes close.
  let row = '';
  let rowStart = 0;
  for await (const line of decodeLines(chunks, 'utf-8')) {
    if (!columns) {
      columns = columnsOf(line.text, tally.file);
      tally.skip();
      continue;
    }
    if (row) tally.continueLine();
    else rowStart = line.number;
    row = row ? `${row}\n${line.text}` : line.text;
    const { fields, open } = splitDelimited(row, ',');
    if (open && line.terminated) continue;
    const blank = row.trim() === '';
    row = '';
    if (blank) {
      tally.skip();
      continue;
    }
    const rawDate = columns.date < 0 ? '' : (fields[columns.date] ?? '').trim();
    const date = rawDate ? normaliseDate(rawDate) : accepted('');
    if (!line.terminated && (open || fields.length < columns.count || !date.ok)) {
      tally.rejectTruncated(rowStart);
      continue;
    }
    if (fields.length !== columns.count) {
      tally.reject(rowStart, [`expected ${columns.count} fields, found ${fields.length}`]);
      continue;
    }
    if (!date.ok) {
      tally.reject(rowStart, [date.reason]);
      continue;
    }
    const entries = new RecordEntries();
    const url = fields[columns.url]!.trim();
    entries.addUrl(url);
    if (URL.canParse(url)) entries.addHost(new URL(url).hostname);
    const record = entries.toRecord({
      list,
      authority: CITIZEN_LAB_AUTHORITY,
      decision: columns.category < 0 ? '' : cleanText(fields[columns.category]!),
      date: date.value,
    });
    if (!record) {
      tally.reject(rowStart, entries.dropped);
      continue;
    }
    tally.accept(record, rowStart, entries.dropped);
    yield record;
  }
  if (row) tally.rejectTruncated(rowStart);
  tally.finish();
}
