// Store check: lints the Firefox build the way addons.mozilla.org does (web-ext lint). Fails on any
// error, and on any warning that is not one of the known ones explained here and in the README.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

interface LintResult {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

interface KnownWarning {
  code: string;
  why: string;
  /** True when the warning really is the known case, not a new one with the same code. */
  matches(warning: LintMessage, extensionDir: string): boolean;
}

const root = resolve(import.meta.dirname, '..');
const extensionDir = resolve(root, process.argv[2] ?? '.output/firefox-mv3');

const KNOWN_WARNINGS: KnownWarning[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why: "Preact's renderer sets innerHTML for dangerouslySetInnerHTML, which Blocklens never uses",
    matches: (warning, dir) => {
      if (!warning.file || warning.line === undefined || warning.column === undefined) return false;
      const line = readFileSync(join(dir, warning.file), 'utf8').split('\n')[warning.line - 1] ?? '';
      // Preact's own branch: `e.innerHTML = props.dangerouslySetInnerHTML.__html`.
      return line.slice(warning.column - 1, warning.column + 40).includes('.__html');
    },
  },
];

const run = spawnSync(
  join(root, 'node_modules/.bin/web-ext'),
  ['lint', '--source-dir', extensionDir, '--output', 'json', '--no-config-discovery'],
  { cwd: root, encoding: 'utf8' },
);
if (run.error) throw run.error;
const result = JSON.parse(run.stdout) as LintResult;

const unexplained = result.warnings.filter(
  (warning) => !KNOWN_WARNINGS.some((known) => known.code === warning.code && known.matches(warning, extensionDir)),
);
const where = (m: LintMessage) => (m.file ? ` (${m.file}${m.line === undefined ? '' : `:${m.line}:${m.column}`})` : '');
for (const warning of result.warnings) {
  const known = KNOWN_WARNINGS.find((k) => k.code === warning.code && !unexplained.includes(warning));
  console.log(`warning ${warning.code}${where(warning)}: ${known ? `known: ${known.why}` : warning.message}`);
}
for (const error of result.errors) console.log(`error ${error.code}${where(error)}: ${error.message}`);
console.log(
  `web-ext lint ${extensionDir}: ${result.errors.length} errors, ${result.warnings.length} warnings ` +
    `(${unexplained.length} unexplained), ${result.notices.length} notices`,
);
if (result.errors.length > 0 || unexplained.length > 0) process.exitCode = 1;
