// Builds the extension for the end-to-end runs, with the test list in place of the bundled one,
// into a directory of its own so a normal build in .output/ is left alone.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
export const TEST_LIST_SOURCES = 'rkn:tests/fixtures/e2e-list/e2e-registry.csv,networks:tests/fixtures/e2e-list/e2e-networks.txt';

/**
 * Builds for `browser` under `outDir` (relative to the project) and returns the unpacked build;
 * `env` adds build variables (LIST_CHANNEL_URL, LIST_PUBLIC_KEY).
 */
export async function buildTestExtension(browser: 'chrome' | 'firefox', outDir: string, env: Record<string, string> = {}): Promise<string> {
  const absoluteOutDir = join(root, outDir);
  // wxt's CLI has no output-directory flag (and `--mode` would change what the bundle contains), so
  // the build runs through wxt's API in a child process: vitest's own NODE_ENV must not leak into it.
  const buildScript =
    `const { build } = await import('wxt'); ` +
    `await build({ browser: ${JSON.stringify(browser)}, outDir: ${JSON.stringify(absoluteOutDir)} });`;
  const log = await run(process.execPath, ['--input-type=module', '-e', buildScript], {
    ...process.env,
    NODE_ENV: 'production',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    BLOCKLIST_SOURCES: TEST_LIST_SOURCES,
    ...env,
  });
  const extensionPath = join(absoluteOutDir, `${browser}-mv3`);
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`the ${browser} build produced no manifest in ${extensionPath}:\n${log}`);
  }
  return extensionPath;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolvePromise(output);
      else reject(new Error(`the e2e build failed (exit ${code}):\n${output}`));
    });
  });
}
