import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { explainRulesMarkdown } from '../../lib/explain/rules-markdown';

it("the README's explain table is the one in code", () => {
  const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
  const table = readme.split('<!-- explain-rules:start -->\n')[1]?.split('\n<!-- explain-rules:end -->')[0];
  expect(table?.trim()).toBe(explainRulesMarkdown().trim());
});
