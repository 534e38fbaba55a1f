// Collateral damage: a host the list does not name, whose address lies in a listed range. The
// worker can only know the address from an earlier response (Chromium gives no address on a reset).
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { ExtensionBrowser } from './support/extension-browser';
import { navigateToFailure } from './support/navigate';
import { shownEvidence, shownFinding, shownVerdict } from './support/popup';

describe('collateral damage', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await ExtensionBrowser.launch(inject('extensionPath'));
  });
  afterEach(async () => {
    await browser.reset();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('an unlisted host that answered, then is reset from an address in a listed range: collateral, by address', async () => {
    const { page, tabId } = await browser.openTab();
    const site = browser.sites.collateral;
    expect((await page.goto(site.url('/')))?.status()).toBe(200);
    site.server.set({ type: 'reset' });
    expect(await navigateToFailure(page, site.url('/play'))).toBe('net::ERR_CONNECTION_RESET');
    await browser.waitForFinding(tabId, site.name);

    const popup = await browser.popup(tabId);
    expect((await shownVerdict(popup)).verdict).toBe('collateral');
    const finding = await shownFinding(popup, site.name);
    expect(finding).toMatchObject({ kind: 'tcp-reset', cause: 'collateral', mechanism: 'ip', confidence: 'high' });
    expect(finding.text).toContain(site.name);
    expect(finding.text).toContain('127.0.0.20');
    expect(finding.text).toContain('127.0.0.16/28');
    expect(finding.text).toContain('Генпрокуратура');
    expect(finding.text).toContain('27-31-2026/Ид4004-26');
    expect(finding.text).toContain('2026-04-18');
    const evidence = await shownEvidence(popup, site.name);
    expect(evidence).toContain('net::ERR_CONNECTION_RESET');
    expect(evidence).toContain('127.0.0.20, seen on an earlier response');

    await expect.poll(async () => (await browser.badge(tabId)).text).toBe('1');
  });

  it('the same failure from an address outside every listed range is only suspected', async () => {
    const { page, tabId } = await browser.openTab();
    const site = browser.sites.unlisted503;
    expect((await page.goto(site.url('/')))?.status()).toBe(200);
    site.server.set({ type: 'reset' });
    expect(await navigateToFailure(page, site.url('/play'))).toBe('net::ERR_CONNECTION_RESET');
    await browser.waitForFinding(tabId, site.name);

    const popup = await browser.popup(tabId);
    expect((await shownVerdict(popup)).verdict).toBe('suspected');
    const finding = await shownFinding(popup, site.name);
    expect(finding).toMatchObject({ kind: 'tcp-reset', cause: 'suspected', mechanism: 'dpi', confidence: 'low' });
    expect(finding.text).not.toContain('collateral');
  });
});
