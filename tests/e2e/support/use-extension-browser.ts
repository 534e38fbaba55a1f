// One browser per test file: launched before its first test, tidied after each, closed at the end.
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { ExtensionBrowser } from './extension-browser';

/** Registers the file's hooks; the returned function gives the running browser inside a test. */
export function useExtensionBrowser(): () => ExtensionBrowser {
  let browser: ExtensionBrowser | undefined;
  beforeAll(async () => {
    browser = await ExtensionBrowser.launch(inject('extensionPath'));
  });
  afterEach(async () => {
    await browser?.reset();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser did not start');
    return browser;
  };
}
