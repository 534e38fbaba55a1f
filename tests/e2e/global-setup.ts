// Builds the extension once for the whole e2e run, with the test list in place of the bundled one.
import type { TestProject } from 'vitest/node';
import { buildTestExtension, TEST_LIST_SOURCES } from './support/build-test-extension';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The unpacked Chrome MV3 build under test. */
    extensionPath: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const started = Date.now();
  const extensionPath = await buildTestExtension('chrome', 'tests/e2e/.artifacts/output');
  console.log(`e2e: built the extension with ${TEST_LIST_SOURCES} in ${Date.now() - started} ms`);
  project.provide('extensionPath', extensionPath);
}
