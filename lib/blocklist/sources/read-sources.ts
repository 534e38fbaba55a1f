// Reads the list sources named by BLOCKLIST_SOURCES ("rkn:dump.csv,plain:extra.txt") at build time,
// streaming each file through its parser. Node only: the extension itself never imports this.

import { createReadStream, statSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import type { ListDate, SourceItem } from '../format/types';
import { parseCitizenLab } from './parse-citizenlab';
import { parseNetworks } from './parse-networks';
import { parsePlain } from './parse-plain';
import { parseRkn } from './parse-rkn';
import { ParseTally, type ParseSummary, type ProblemListener } from './parse-tally';

export const DEFAULT_BLOCKLIST_SOURCES = 'rkn:blocklists/ru-registry.csv,networks:blocklists/networks.txt';

const PARSERS = { rkn: parseRkn, plain: parsePlain, citizenlab: parseCitizenLab, networks: parseNetworks } as const;

export type SourceFormat = keyof typeof PARSERS;

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

/**
 * The blocklists among the sources, in order, without repeats: hosting networks are no blocklist,
 * so they neither name the snapshot nor get a list date (unless nothing else is there to name it).
 */
export function blocklistNames(specs: SourceSpec[]): string[] {
  const lists = specs.filter((spec) => spec.format !== 'networks');
  return [...new Set((lists.length ? lists : specs).map((spec) => spec.list))];
}

export interface SourcesReport {
  /** The blocklist names (blocklistNames). */
  lists: string[];
  /**
   * The date of the whole (YYYY-MM-DD), which the popup shows: the registry's own. The newest
   * "Updated:" line of any source; without one (split parts only), the newest decision of the
   * registry dumps; only for a build without any registry dump, the newest date of any list. A
   * test list's newest entry never moves a registry's date. "" when nothing has a date.
   */
  date: string;
  /** Each list's own date, in the order of `lists`. */
  listDates: ListDate[];
  sources: ParseSummary[];
}

export interface SourceReading {
  /** Every record and network of every source, in order; throws when a source is unusable (see ParseTally.finish). */
  records: AsyncIterable<SourceItem>;
  /** The report, complete once records has been read to the end. */
  report(): SourcesReport;
}

export function readSources(specs: SourceSpec[], onProblem?: ProblemListener): SourceReading {
  const sources: ParseSummary[] = [];
  let done = false;
  async function* records(): AsyncGenerator<SourceItem> {
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
      const lists = blocklistNames(specs);
      const listDates = lists.map((list) => listDate(list, sources.filter((_, i) => specs[i]!.list === list)));
      const isRegistry = (list: ListDate) => specs.some((spec) => spec.list === list.name && spec.format === 'rkn');
      const rank = (list: ListDate) => (list.dated === 'updated' ? 2 : list.dated === 'newest-record' && isRegistry(list) ? 1 : 0);
      const best = Math.max(0, ...listDates.map(rank));
      const date = newest(listDates.filter((list) => rank(list) === best).map((list) => list.date));
      return { lists, date, listDates, sources };
    },
  };
}

/** The newest of YYYY-MM-DD dates, "" for none. */
function newest(dates: string[]): string {
  return dates.reduce((a, b) => (b > a ? b : a), '');
}

/** One list's date from the summaries of its sources (the parts of a split dump): a header wins. */
function listDate(name: string, sources: ParseSummary[]): ListDate {
  const updated = newest(sources.map((source) => source.updated));
  if (updated) return { name, date: updated, dated: 'updated' };
  const record = newest(sources.map((source) => source.newestDecision));
  return record ? { name, date: record, dated: 'newest-record' } : { name, date: '', dated: 'none' };
}
