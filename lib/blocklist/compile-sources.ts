// List sources to a snapshot in one pass: what the extension's build and the CLI both run.
import { compileSnapshot, type CompileResult } from './compile-snapshot';
import type { ProblemListener } from './parse-tally';
import { readSources, type SourceSpec, type SourcesReport } from './read-sources';

export interface CompiledSources extends CompileResult {
  report: SourcesReport;
}

export async function compileSources(specs: SourceSpec[], onProblem?: ProblemListener): Promise<CompiledSources> {
  const reading = readSources(specs, onProblem);
  const name = [...new Set(specs.map((spec) => spec.list))].join('+');
  // The list date comes from the sources' headers, known only once they are read: the compiler
  // reads its options after the last record, so the getter sees the finished report.
  const compiled = await compileSnapshot(reading.records, {
    name,
    get date() {
      return reading.report().date;
    },
  });
  return { ...compiled, report: reading.report() };
}
