// One browser per test file: launched before its first test, tidied after each, closed at the end.
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { ExtensionBrowser, type LaunchOptions } from './extension-browser';

/**
 * Registers the file's hooks (or a describe block's, when called inside one: a browser per
 * language); the returned function gives the running browser inside a test.
 */
export function useExtensionBrowser(options?: LaunchOptions): () => ExtensionBrowser {
  let browser: ExtensionBrowser | undefined;
  beforeAll(async () => {
    browser = await ExtensionBrowser.launch(inject('extensionPath'), options);
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
