// Parses the Russian registry dump ("rkn" format, as published by zapret-info): Windows-1251, an
// optional "Updated:" first line, then six ";" fields a line: addresses; domain; URLs; authority;
// decision number; decision date.

import type { SourceRecord } from '../format/types';
import { decodeLines, refuseUtf8 } from './decode-lines';
import { normaliseDate } from './list-date';
import type { ParseTally } from './parse-tally';
import { RecordEntries } from './record-entries';
import { splitDelimited } from './split-delimited';
import { cleanText } from './text-field';

const FIELDS = 6;
const HEADER = 'Updated:';
/** Addresses are separated by "|" with or without spaces; URLs only by " | " (a bare "|" occurs inside URLs). */
const ADDRESS_SEPARATOR = '|';
const URL_SEPARATOR = ' | ';

export async function* parseRkn(
  chunks: AsyncIterable<Uint8Array>,
  list: string,
  tally: ParseTally,
): AsyncGenerator<SourceRecord> {
  const refusal =
    `${tally.file}: the file is UTF-8, but a registry dump ("rkn") is Windows-1251: read as such, every ` +
    `authority, decision and Cyrillic domain in it would be garbled ("Мосгорсуд" as "РњРѕСЃРіРѕСЂСЃСѓРґ"). ` +
    `Convert it first: iconv -f utf-8 -t cp1251 < FILE > FILE.cp1251`;
  for await (const line of decodeLines(refuseUtf8(chunks, refusal), 'windows-1251')) {
    if (line.number === 1 && line.text.startsWith(HEADER)) {
      const updated = normaliseDate(line.text.slice(HEADER.length).trim());
      if (updated.ok) {
        tally.setUpdated(updated.value);
        tally.skip();
      } else tally.reject(line.number, [`bad header: ${updated.reason}`]);
      continue;
    }
    if (line.text.trim() === '') {
      tally.skip();
      continue;
    }
    const { fields, open } = splitDelimited(line.text, ';');
    const [addresses = '', domain = '', urls = '', authority = '', decision = '', rawDate = ''] = fields;
    const date = normaliseDate(rawDate.trim());
    if (!line.terminated && (open || fields.length < FIELDS || !date.ok)) {
      tally.rejectTruncated(line.number);
      continue;
    }
    if (open) {
      tally.reject(line.number, ['unterminated quote']);
      continue;
    }
    if (fields.length !== FIELDS) {
      tally.reject(line.number, [`expected ${FIELDS} fields, found ${fields.length}`]);
      continue;
    }
    if (!date.ok) {
      tally.reject(line.number, [date.reason]);
      continue;
    }
    const entries = new RecordEntries();
    for (const address of addresses.split(ADDRESS_SEPARATOR)) {
      const trimmed = address.trim();
      if (trimmed) entries.addAddress(trimmed);
    }
    if (domain.trim()) entries.addHost(domain.trim());
    for (const url of urls.split(URL_SEPARATOR)) {
      const trimmed = url.trim();
      if (trimmed) entries.addUrl(trimmed);
    }
    const record = entries.toRecord({
      list,
      authority: cleanText(authority),
      decision: cleanText(decision),
      date: date.value,
    });
    if (!record) {
      tally.reject(line.number, entries.dropped.length ? entries.dropped : ['names no domain, URL or address']);
      continue;
    }
    tally.accept(record, line.number, entries.dropped);
    yield record;
  }
  tally.finish();
}
