// Changes the person's DNS-over-HTTPS settings: through the options page as a person does, or
// straight in storage from an extension page. Either way the worker sees the change through
// storage.onChanged, as it does in use.
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
    const stored = { ...DEFAULT_SETTINGS, doh };
    await page.evaluate(([key, value]) => chrome.storage.local.set({ [key]: value }), [SETTINGS_KEY, stored] as const);
  } finally {
    await page.close();
  }
}

/** Turns lookups on in the options page's DNS-over-HTTPS section, with a resolver of one's own. */
export async function turnOnDohInOptions(browser: ExtensionBrowser, resolverUrl: string): Promise<void> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const section = page.locator('section.doh-settings');
    await section.getByLabel('Look up the addresses of hosts that fail').check();
    await section.getByLabel('Resolver', { exact: true }).selectOption({ label: 'Another resolver' });
    await section.getByLabel('Resolver address').fill(resolverUrl);
    await section.getByLabel('Answer format').selectOption({ label: 'DNS messages (RFC 8484)' });
    await section.getByRole('button', { name: 'Save' }).click();
    await section.locator('form[data-doh="on"]').waitFor();
  } finally {
    await page.close();
  }
}
