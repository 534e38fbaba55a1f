import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import config from '../../wxt.config';

/** The permissions the built manifest asks for in `browser`, as the README's table names them. */
async function requested(browser: 'chrome' | 'firefox'): Promise<string[]> {
  const manifest = await (typeof config.manifest === 'function'
    ? config.manifest({ browser, manifestVersion: 3, mode: 'production', command: 'build' })
    : (config.manifest ?? {}));
  return [
    ...(manifest.permissions ?? []).map((permission: string) => `\`${permission}\``),
    ...(manifest.host_permissions ?? []).map((pattern: string) => `host permission \`${pattern}\``),
  ];
}

it("the README's permission table names exactly the permissions the manifests ask for", async () => {
  const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
  const table = readme.split('\n## Permissions\n')[1]?.split('\n## ')[0] ?? '';
  const rows = table
    .split('\n')
    .filter((line) => line.startsWith('| `') || line.startsWith('| host permission'))
    .map((line) => line.split('|')[1]!.trim().replace(/ \((Chrome|Firefox) only\)$/, ''));
  const asked = new Set([...(await requested('chrome')), ...(await requested('firefox'))]);
  expect(rows.sort()).toEqual([...asked].sort());
});
