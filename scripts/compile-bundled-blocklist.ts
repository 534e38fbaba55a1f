// Build step: compiles the bundled list sources, or BLOCKLIST_SOURCES, into the snapshot asset. A
// source that cannot be used fails the build, so the previous build and its list stay as they were.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compileSources, describeListDate } from '../lib/blocklist/compile/compile-sources';
import { DEFAULT_BLOCKLIST_SOURCES, parseSourceSpecs } from '../lib/blocklist/sources/read-sources';

interface BuildLogger {
  info(message: string): void;
  warn(message: string): void;
}

export async function compileBundledBlocklist(root: string, wxtDir: string, logger: BuildLogger): Promise<string> {
  const specsText = process.env.BLOCKLIST_SOURCES?.trim() || DEFAULT_BLOCKLIST_SOURCES;
  const compiled = await compileSources(parseSourceSpecs(specsText, root));
  for (const source of compiled.report.sources) {
    if (source.problemCount > 0) {
      const shown = source.problems.map((p) => `  line ${p.line}: ${p.reason}`).join('\n');
      logger.warn(`${source.file}: ${source.problemCount} line(s) refused or trimmed:\n${shown}`);
    }
  }
  if (compiled.refused.count > 0) {
    logger.warn(`blocklist: ${compiled.refused.count} entries refused: ${compiled.refused.examples.join(', ')}`);
  }
  const { name, date, counts, lists } = compiled.info;
  logger.info(
    `blocklist ${name} of ${date || 'no date'}: ${counts.domains} domains, ${counts.wildcards} wildcards, ` +
      `${counts.urls} URLs, ${counts.ipv4} IPv4 and ${counts.ipv6} IPv6 entries, ` +
      `${counts.networks} hosting-network ranges, ${compiled.bytes.length} bytes` +
      (lists.length > 1 ? `; ${lists.map(describeListDate).join('; ')}` : ''),
  );
  const out = join(wxtDir, 'blocklist', 'blocklist.bin');
  await mkdir(join(wxtDir, 'blocklist'), { recursive: true });
  await writeFile(out, compiled.bytes);
  return out;
}
