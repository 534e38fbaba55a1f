// The command line as a person runs it: `npm run blocklist -- build` and `lookup` (tsx, one process each).
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function cli(...args: string[]) {
  const run = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/blocklist-cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run blocklist', () => {
  const snapshot = join(mkdtempSync(join(tmpdir(), 'blocklens-cli-')), 'list.bin');
  let build: ReturnType<typeof cli>;
  beforeAll(() => {
    const sources = ['rkn:split/dump-00.csv', 'rkn:rkn-quirks.csv', 'citizenlab:citizenlab-sample.csv'];
    build = cli('build', ...sources.flatMap((source) => ['--source', source.replace(':', ':tests/fixtures/lists/')]), '--out', snapshot);
  }, 30_000);

  it("builds, dating the list by the registry's Updated: lines and naming each list's own date", () => {
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    expect(build.stdout).toContain(`${snapshot}: dump+rkn-quirks+citizenlab-sample of 2024-03-01, `);
    expect(build.stdout).toContain('  dump: 2020-02-16 (its "Updated:" line)\n');
    expect(build.stdout).toContain('  rkn-quirks: 2024-03-01 (its "Updated:" line)\n');
    expect(build.stdout).toContain('  citizenlab-sample: 2022-08-26 (its newest entry; it has no "Updated:" line)\n');
  });
});
