// Changes the person's settings as the options page would, from an extension page of its own: the
// worker sees the change through storage.onChanged, as it does in use.
import type { Browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../../../lib/settings/settings';
import type { ExtensionBrowser } from './extension-browser';

// The extension pages' global, as seen by functions sent to the page with evaluate().
declare const chrome: typeof Browser;

/** Stores the defaults with `doh` in place of theirs. */
export async function setDohSettings(browser: ExtensionBrowser, doh: Settings['doh']): Promise<void> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/manifest.json`);
    await page.evaluate(([key, value]) => chrome.storage.local.set({ [key]: value }), [SETTINGS_KEY, { ...DEFAULT_SETTINGS, doh }] as const);
  } finally {
    await page.close();
  }
}
