// Reads the list sources named by BLOCKLIST_SOURCES ("rkn:dump.csv,plain:extra.txt") at build time,
// streaming each file through its parser. Node only: the extension itself never imports this.

import { createReadStream, statSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import type { SourceRecord } from '../format/types';
import { parseCitizenLab } from './parse-citizenlab';
import { parsePlain } from './parse-plain';
import { parseRkn } from './parse-rkn';
import { ParseTally, type ParseSummary, type ProblemListener } from './parse-tally';

export const DEFAULT_BLOCKLIST_SOURCES = 'rkn:blocklists/ru-registry.csv';

const PARSERS = { rkn: parseRkn, plain: parsePlain, citizenlab: parseCitizenLab } as const;

export type SourceFormat = keyof typeof PARSERS;

/** A streaming parser: the bytes of one source to its records, accounted for in the tally. */
export type SourceParser = (typeof PARSERS)[SourceFormat];

export interface SourceSpec {
  format: SourceFormat;
  /** Absolute path of the file. */
  path: string;
  /** The list name put on every record: the file name without extension. */
  list: string;
}

/** The registry's split dumps (dump-00.csv ... dump-NN.csv) are parts of one list called "dump". */
const SPLIT_PART = /^(dump)-\d+$/;

function listNameOf(path: string): string {
  const name = basename(path, extname(path));
  return SPLIT_PART.exec(name)?.[1] ?? name;
}

function isSourceFormat(format: string): format is SourceFormat {
  return Object.hasOwn(PARSERS, format);
}

/**
 * "rkn:path/dump.csv,plain:path/extra.txt" -> specs, with paths resolved against baseDir. Throws on
 * an empty spec, an unknown format or a missing file, naming the offending entry.
 */
export function parseSourceSpecs(text: string, baseDir: string): SourceSpec[] {
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (!entries.length) throw new Error(`BLOCKLIST_SOURCES names no source: ${JSON.stringify(text)}`);
  return entries.map((entry) => {
    const colon = entry.indexOf(':');
    const format = colon < 0 ? '' : entry.slice(0, colon).trim();
    const file = colon < 0 ? '' : entry.slice(colon + 1).trim();
    if (!isSourceFormat(format) || !file) {
      const known = Object.keys(PARSERS).join(', ');
      throw new Error(`BLOCKLIST_SOURCES entry ${JSON.stringify(entry)}: expected FORMAT:PATH with FORMAT one of ${known}`);
    }
    const path = resolve(baseDir, file);
    if (!statSync(path, { throwIfNoEntry: false })?.isFile()) {
      throw new Error(`BLOCKLIST_SOURCES entry ${JSON.stringify(entry)}: no such file ${path}`);
    }
    return { format, path, list: listNameOf(path) };
  });
}

export interface SourcesReport {
  /** The list names, in source order, without repeats. */
  lists: string[];
  /**
   * The list's date (YYYY-MM-DD): the newest across sources of each source's "Updated:" header or,
   * for a source without one, its newest decision date; "" when no source has either.
   */
  date: string;
  sources: ParseSummary[];
}

export interface SourceReading {
  /** Every record of every source, in order; throws when a source is unusable (see ParseTally.finish). */
  records: AsyncIterable<SourceRecord>;
  /** The report, complete once records has been read to the end. */
  report(): SourcesReport;
}

export function readSources(specs: SourceSpec[], onProblem?: ProblemListener): SourceReading {
  const sources: ParseSummary[] = [];
  let done = false;
  async function* records(): AsyncGenerator<SourceRecord> {
    for (const spec of specs) {
      const tally = new ParseTally(spec.path, onProblem);
      yield* PARSERS[spec.format](createReadStream(spec.path), spec.list, tally);
      sources.push(tally.summary);
    }
    done = true;
  }
  return {
    records: records(),
    report() {
      if (!done) throw new Error('readSources: the report is ready once every record has been read');
      const date = sources.map((source) => source.updated || source.newestDecision).reduce((a, b) => (b > a ? b : a), '');
      return { lists: [...new Set(specs.map((spec) => spec.list))], date, sources };
    },
  };
}
