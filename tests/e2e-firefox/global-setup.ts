// Builds the Firefox add-on once for the Firefox run, with the same test list as the Chromium run.
import type { TestProject } from 'vitest/node';
import { buildTestExtension, TEST_LIST_SOURCES } from '../e2e/support/build-test-extension';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The unpacked Firefox MV3 build under test. */
    firefoxExtensionPath: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const started = Date.now();
  const extensionPath = await buildTestExtension('firefox', 'tests/e2e/.artifacts/firefox-output');
  console.log(`e2e-firefox: built the add-on with ${TEST_LIST_SOURCES} in ${Date.now() - started} ms`);
  project.provide('firefoxExtensionPath', extensionPath);
}
