// List sources to a snapshot in one pass: what the extension's build and the CLI both run.
import type { ListDate, SourceItem } from '../format/types';
import type { ProblemListener } from '../sources/parse-tally';
import { blocklistNames, readSources, type SourceSpec, type SourcesReport } from '../sources/read-sources';
import { compileSnapshot, type CompileResult } from './compile-snapshot';

export interface CompiledSources extends CompileResult {
  report: SourcesReport;
}

export interface CompileSourcesOptions {
  onProblem?: ProblemListener;
  /**
   * The build time to record; by default SOURCE_DATE_EPOCH when set (so a rebuild from the same
   * sources gives the same bytes, as store reviewers check), else now.
   */
  built?: string;
  /** Told each record and network as it is compiled (the list publisher keeps them, to compare versions). */
  onRecord?: (record: SourceItem) => void;
}

export async function compileSources(
  specs: SourceSpec[],
  { onProblem, built = buildTime(), onRecord }: CompileSourcesOptions = {},
): Promise<CompiledSources> {
  const reading = readSources(specs, onProblem);
  const name = blocklistNames(specs).join('+');
  // The list dates come from the sources' headers and records, known only once they are read: the
  // compiler reads its options after the last record, so the getters see the finished report.
  const compiled = await compileSnapshot(onRecord ? observed(reading.records, onRecord) : reading.records, {
    name,
    built,
    get date() {
      return reading.report().date;
    },
    get lists() {
      return reading.report().listDates;
    },
  });
  return { ...compiled, report: reading.report() };
}

/** A list's own date as the build and the command line report it. */
export function describeListDate({ name, date, dated }: ListDate): string {
  if (dated === 'updated') return `${name}: ${date} (its "Updated:" line)`;
  if (dated === 'newest-record') return `${name}: ${date} (its newest entry; it has no "Updated:" line)`;
  return `${name}: no date`;
}

async function* observed(records: AsyncIterable<SourceItem>, onRecord: (record: SourceItem) => void): AsyncGenerator<SourceItem> {
  for await (const record of records) {
    onRecord(record);
    yield record;
  }
}

function buildTime(): string {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return new Date(Number.isFinite(epoch) && epoch > 0 ? epoch * 1000 : Date.now()).toISOString();
}
