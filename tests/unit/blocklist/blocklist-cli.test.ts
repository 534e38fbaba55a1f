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
    const sources = ['rkn:split/dump-00.csv', 'rkn:rkn-quirks.csv', 'citizenlab:citizenlab-sample.csv', 'networks:networks-sample.txt'];
    build = cli('build', ...sources.flatMap((source) => ['--source', source.replace(':', ':tests/fixtures/lists/')]), '--out', snapshot);
  }, 30_000);

  it("builds, dating the list by the registry's Updated: lines and naming each list's own date (hosting networks are no list)", () => {
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    expect(build.stdout).toContain(`${snapshot}: dump+rkn-quirks+citizenlab-sample of 2024-03-01, `);
    expect(build.stdout).toContain(' records, 3 hosting-network ranges, ');
    expect(build.stdout).toContain('networks-sample.txt: 3 network ranges, 0 lines refused');
    expect(build.stdout).toContain('  dump: 2020-02-16 (its "Updated:" line)\n');
    expect(build.stdout).toContain('  rkn-quirks: 2024-03-01 (its "Updated:" line)\n');
    expect(build.stdout).toContain('  citizenlab-sample: 2022-08-26 (its newest entry; it has no "Updated:" line)\n');
  });

  it('answers every query, an unusable one with its reason, and a host with a port as the host', () => {
    const queries = [
      'http://',
      'example.org:443',
      'no such host',
      'example.org',
      'nothing.example',
      '[2001:db8::1]:443',
      '35.200.1.9:80',
      'example.org:99999',
      '10.0.0.0/8',
      'example.org/page',
    ];
    const run = cli('lookup', '--snapshot', snapshot, ...queries);
    const list = 'dump+rkn-quirks+citizenlab-sample of 2024-03-01';
    expect(run.stdout.split('\n').filter((line) => !line.startsWith(' '))).toEqual([
      'http://: not looked up: bad URL "http://"',
      `example.org:443: looked up as example.org (list entries name hosts, not ports): 1 hit(s) in ${list}`,
      'no such host: not looked up: not a host, address or URL (bad domain "no such host")',
      `example.org: 1 hit(s) in ${list}`,
      `nothing.example: not in ${list}`,
      `[2001:db8::1]:443: looked up as [2001:db8::1] (list entries name hosts, not ports): 2 hit(s) in ${list}`,
      `35.200.1.9:80: looked up as 35.200.1.9 (list entries name hosts, not ports): 1 hit(s) in ${list}`,
      'example.org:99999: not looked up: bad port "99999"',
      '10.0.0.0/8: not looked up: "10.0.0.0/8" is a range: look up an address in it',
      'example.org/page: not looked up: "example.org/page" is no host, and a URL needs its scheme ("http://example.org/page")',
      '',
    ]);
    expect(run.stderr).toBe('5 of 10 queries could not be looked up\n');
    expect(run.status).toBe(1);
  }, 30_000);

  it("names an address's hosting network after its hits, dated or not", () => {
    const run = cli('lookup', '--snapshot', snapshot, '35.200.1.9', '192.0.2.77', '3fff:0:77::1', 'example.org');
    const list = 'dump+rkn-quirks+citizenlab-sample of 2024-03-01';
    expect(run.stdout.split('\n').filter((line) => !line.startsWith('    '))).toEqual([
      `35.200.1.9: 1 hit(s) in ${list}`,
      '  list-range 35.192.0.0/12',
      '  hosting network: Test Cloud, 35.192.0.0/11, connections cut since 2025-06-09',
      `192.0.2.77: not in ${list}`,
      '  hosting network: Test Hosting, 192.0.2.0/24, not known to be cut',
      `3fff:0:77::1: not in ${list}`,
      '  hosting network: Test Cloud, 3fff::/20, connections cut since 2025-06-09',
      `example.org: 1 hit(s) in ${list}`,
      '  list-domain example.org',
      '',
    ]);
    expect(run.status).toBe(0);
  }, 30_000);
});
