// Collateral damage: a host the list does not name, whose address lies in a listed range. The
// worker can only know the address from an earlier response (Chromium gives no address on a reset).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './support/extension-browser';
import { navigateToFailure } from './support/navigate';
import { shownEvidence, shownFinding, shownVerdict } from './support/popup';
import type { Site } from './support/sites';
import { useExtensionBrowser } from './support/use-extension-browser';

/** The site answers once, so the worker learns its address, then resets the next page load. */
async function answerThenReset(browser: ExtensionBrowser, site: Site): Promise<{ popup: Page; tabId: number }> {
  const { page, tabId } = await browser.openTab();
  expect((await page.goto(site.url('/')))?.status()).toBe(200);
  site.server.set({ type: 'reset' });
  expect(await navigateToFailure(page, site.url('/play'))).toBe('net::ERR_CONNECTION_RESET');
  return { popup: await browser.popupWith(tabId, site.name), tabId };
}

describe('collateral damage', () => {
  const session = useExtensionBrowser();

  it('an unlisted host that answered, then is reset from an address in a listed range: collateral', async () => {
    const browser = session();
    const site = browser.sites.collateral;
    const { popup, tabId } = await answerThenReset(browser, site);
    expect((await shownVerdict(popup)).verdict).toBe('collateral');
    const finding = await shownFinding(popup, site.name);
    expect(finding).toMatchObject({ kind: 'tcp-reset', cause: 'collateral', mechanism: 'ip', confidence: 'high' });
    for (const shown of [
      site.name, '127.0.0.20', '127.0.0.16/28', "the Prosecutor General's Office", '27-31-2026/Ид4004-26', '2026-04-18',
    ]) {
      expect(finding.text).toContain(shown);
    }
    const evidence = await shownEvidence(popup, site.name);
    // The registry's own word for the authority, which the sentence names in English.
    expect(evidence).toContain('Генпрокуратура, decision 27-31-2026/Ид4004-26');
    expect(evidence).toContain('net::ERR_CONNECTION_RESET');
    expect(evidence).toContain('127.0.0.20, seen on an earlier response');

    await expect.poll(async () => (await browser.badge(tabId)).text).toBe('1');
  });

  it('the same failure from an address outside every listed range is only suspected', async () => {
    const browser = session();
    const site = browser.sites.unlisted503;
    const { popup } = await answerThenReset(browser, site);
    expect((await shownVerdict(popup)).verdict).toBe('suspected');
    const finding = await shownFinding(popup, site.name);
    expect(finding).toMatchObject({ kind: 'tcp-reset', cause: 'suspected', mechanism: 'dpi', confidence: 'low' });
    expect(finding.text).not.toContain('collateral');
  });
});
