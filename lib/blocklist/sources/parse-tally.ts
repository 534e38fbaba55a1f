// Accounts for every line of one source file while it is parsed: what was accepted, refused and why,
// and whether the result is usable at all (a mostly broken file fails instead of giving an empty list).

import type { ParseProblem, SourceRecord } from '../format/types';

/** Problems kept in a summary; every problem still reaches the onProblem callback. */
export const KEPT_PROBLEMS = 20;

export interface ParseSummary {
  file: string;
  /** Physical lines read: accepted + rejected + skipped + continued. */
  lines: number;
  /** Lines that gave a record (or a hosting-network range). */
  accepted: number;
  /** Lines refused whole (each with a problem). */
  rejected: number;
  /** Blank lines, comments and headers. */
  skipped: number;
  /** Lines that continue a record begun on an earlier line (a quoted field spanning lines). */
  continued: number;
  /** Entries refused inside accepted lines (a bad address among good ones). */
  droppedEntries: number;
  /** Problems reported: rejected lines plus accepted lines that lost entries. */
  problemCount: number;
  /** The first KEPT_PROBLEMS problems. */
  problems: ParseProblem[];
  truncatedLastLine: boolean;
  /** The source's own date (the registry's "Updated:" header) as YYYY-MM-DD, or "". */
  updated: string;
  /** The newest decision date among accepted records, or "". */
  newestDecision: string;
  /** Entries yielded, not deduplicated across records. */
  entries: { domains: number; wildcards: number; urls: number; addresses: number; networks: number };
}

export type ProblemListener = (problem: ParseProblem) => void;

export class ParseTally {
  private readonly state: ParseSummary;

  constructor(
    file: string,
    private readonly onProblem?: ProblemListener,
  ) {
    this.state = {
      file,
      lines: 0,
      accepted: 0,
      rejected: 0,
      skipped: 0,
      continued: 0,
      droppedEntries: 0,
      problemCount: 0,
      problems: [],
      truncatedLastLine: false,
      updated: '',
      newestDecision: '',
      entries: { domains: 0, wildcards: 0, urls: 0, addresses: 0, networks: 0 },
    };
  }

  accept(record: SourceRecord, line: number, dropped: string[]): void {
    const state = this.state;
    state.lines++;
    state.accepted++;
    state.entries.domains += record.domains.length;
    state.entries.wildcards += record.wildcards.length;
    state.entries.urls += record.urls.length;
    state.entries.addresses += record.addresses.length;
    if (record.record.date > state.newestDecision) state.newestDecision = record.record.date;
    if (dropped.length) {
      state.droppedEntries += dropped.length;
      this.report(line, joinReasons(dropped));
    }
  }

  /** A line that gave a hosting-network range (a `networks:` source). */
  acceptNetwork(): void {
    this.state.lines++;
    this.state.accepted++;
    this.state.entries.networks++;
  }

  reject(line: number, reasons: string[]): void {
    this.state.lines++;
    this.state.rejected++;
    this.report(line, joinReasons(reasons));
  }

  /** The last line ended mid-record: counted as rejected and flagged, but never fatal by itself. */
  rejectTruncated(line: number): void {
    this.state.truncatedLastLine = true;
    this.reject(line, ['truncated last line (the file ends mid-record)']);
  }

  skip(): void {
    this.state.lines++;
    this.state.skipped++;
  }

  continueLine(): void {
    this.state.lines++;
    this.state.continued++;
  }

  setUpdated(date: string): void {
    this.state.updated = date;
  }

  get file(): string {
    return this.state.file;
  }

  /** The summary so far; final once finish() has returned. */
  get summary(): Readonly<ParseSummary> {
    return this.state;
  }

  /**
   * Ends the count. Throws when the file gave no record, or when more lines were refused than
   * accepted: such a file is the wrong file or the wrong format, and an empty list must not ship.
   */
  finish(): void {
    const state = this.state;
    const failure =
      state.accepted === 0
        ? 'no usable record'
        : state.rejected > state.accepted
          ? `${state.rejected} of ${state.accepted + state.rejected} records refused`
          : null;
    if (failure) {
      const first = state.problems.slice(0, 5).map((problem) => `  line ${problem.line}: ${problem.reason}`);
      throw new Error([`${state.file}: ${failure}; is it the right file and format?`, ...first].join('\n'));
    }
  }

  private report(line: number, reason: string): void {
    const problem: ParseProblem = { file: this.state.file, line, reason };
    this.state.problemCount++;
    if (this.state.problems.length < KEPT_PROBLEMS) this.state.problems.push(problem);
    this.onProblem?.(problem);
  }
}

/** One line's reasons in one sentence, the first few spelled out. */
function joinReasons(reasons: string[]): string {
  const shown = reasons.slice(0, 3).join('; ');
  return reasons.length > 3 ? `${shown}; and ${reasons.length - 3} more` : shown;
}
