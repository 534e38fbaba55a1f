// Runs a list source parser to the end for tests: its records, its summary and every problem it reported.
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParseProblem, SourceRecord } from '../../../lib/blocklist/format/types';
import { ParseTally, type ParseSummary } from '../../../lib/blocklist/sources/parse-tally';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/lists/', import.meta.url));

export interface ParseRun<T = SourceRecord> {
  records: T[];
  summary: ParseSummary;
  problems: ParseProblem[];
}

/** The bytes in chunks of chunkSize, as a file stream would hand them over. */
export async function* chunked(bytes: Uint8Array, chunkSize: number): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < bytes.length; start += chunkSize) yield bytes.subarray(start, start + chunkSize);
}

export type ParseInput = { fixture: string } | { text: string; chunkSize?: number };

/** Runs a parser of records (rkn, plain, citizenlab) or of networks. */
export async function runParser<T = SourceRecord>(
  parser: (chunks: AsyncIterable<Uint8Array>, list: string, tally: ParseTally) => AsyncIterable<T>,
  input: ParseInput,
  list = 'test-list',
): Promise<ParseRun<T>> {
  const problems: ParseProblem[] = [];
  const file = 'fixture' in input ? input.fixture : 'inline.txt';
  const tally = new ParseTally(file, (problem) => problems.push(problem));
  const chunks =
    'fixture' in input
      ? createReadStream(join(FIXTURES, input.fixture))
      : chunked(Buffer.from(input.text, 'utf8'), input.chunkSize ?? 64 * 1024);
  const records: T[] = [];
  for await (const record of parser(chunks, list, tally)) records.push(record);
  return { records, summary: { ...tally.summary }, problems };
}
