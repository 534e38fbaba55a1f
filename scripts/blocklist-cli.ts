// The blocklist from the command line:
//   npm run blocklist -- build --source rkn:FILE [--source plain:FILE ...] --out FILE
//   npm run blocklist -- lookup [--snapshot FILE] HOST|ADDRESS|URL|HOST:PORT ...
// `lookup` without --snapshot compiles the bundled sources first, as the extension build does. Every
// query is answered; one that cannot be looked up says why, and the exit code is then 1.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compileSources, describeListDate } from '../lib/blocklist/compile/compile-sources';
import { loadSnapshot } from '../lib/blocklist/lookup/load-snapshot';
import { DEFAULT_BLOCKLIST_SOURCES, parseSourceSpecs } from '../lib/blocklist/sources/read-sources';
import { answerLines, answerQuery } from './blocklist-query';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = `usage:
  npm run blocklist -- build --source FORMAT:FILE [--source FORMAT:FILE ...] --out FILE
  npm run blocklist -- lookup [--snapshot FILE] HOST|ADDRESS|URL|HOST:PORT ...
FORMAT is rkn, plain, citizenlab or networks.`;

async function build(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { source: { type: 'string', multiple: true }, out: { type: 'string' } } });
  if (!values.source?.length || !values.out) throw new Error(USAGE);
  const compiled = await compileSources(parseSourceSpecs(values.source.join(','), process.cwd()));
  for (const source of compiled.report.sources) {
    const read = source.entries.networks ? `${source.entries.networks} network ranges` : `${source.accepted} records`;
    console.log(`${source.file}: ${read}, ${source.rejected} lines refused, ${source.droppedEntries} entries dropped`);
    for (const problem of source.problems) console.log(`  line ${problem.line}: ${problem.reason}`);
    if (source.problemCount > source.problems.length) console.log(`  ... ${source.problemCount - source.problems.length} more`);
  }
  if (compiled.refused.count) console.log(`compiler refused ${compiled.refused.count} entries: ${compiled.refused.examples.join(', ')}`);
  const { name, date, counts } = compiled.info;
  writeFileSync(values.out, compiled.bytes);
  console.log(
    `${values.out}: ${name} of ${date || 'no date'}, ${counts.domains} domains, ${counts.wildcards} wildcards, ` +
      `${counts.urls} URLs, ${counts.ipv4} IPv4 and ${counts.ipv6} IPv6 entries, ${counts.records} records, ` +
      `${counts.networks} hosting-network ranges, ${compiled.bytes.length} bytes`,
  );
  for (const list of compiled.info.lists) console.log(`  ${describeListDate(list)}`);
}

async function lookup(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { snapshot: { type: 'string' } } });
  if (!positionals.length) throw new Error(USAGE);
  const bytes = values.snapshot
    ? readFileSync(values.snapshot)
    : (await compileSources(parseSourceSpecs(DEFAULT_BLOCKLIST_SOURCES, ROOT))).bytes;
  const matcher = loadSnapshot(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const { name, date } = matcher.info;
  const answers = positionals.map((query) => answerQuery(matcher, query));
  for (const answer of answers) for (const line of answerLines(answer, `${name} of ${date || 'no date'}`)) console.log(line);
  const unusable = answers.filter((answer) => !answer.ok).length;
  if (unusable) {
    console.error(`${unusable} of ${answers.length} queries could not be looked up`);
    process.exitCode = 1;
  }
}

const [command, ...rest] = process.argv.slice(2);
try {
  if (command === 'build') await build(rest);
  else if (command === 'lookup') await lookup(rest);
  else throw new Error(USAGE);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
