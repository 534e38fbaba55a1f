// "Check again" end to end: the worker retries a failed host itself (HTTPS first, then the page's
// own HTTP origin), says it still fails and how, and once the server recovers marks the finding as
// temporary and stops counting it on the badge.
import { describe, expect, it } from 'vitest';
import { navigateToFailure } from './support/navigate';
import { shownFinding } from './support/popup';
import { useExtensionBrowser } from './support/use-extension-browser';

describe('check again', () => {
  const session = useExtensionBrowser();

  it('still failing with the same error, then loading once the server recovers: transient', async () => {
    const browser = session();
    const site = browser.sites.flaky;
    site.server.set({ type: 'reset' });
    const { page, tabId } = await browser.openTab();
    expect(await navigateToFailure(page, site.url('/game'))).toBe('net::ERR_CONNECTION_RESET');
    const popup = await browser.popupWith(tabId, site.name);
    await expect.poll(async () => (await browser.badge(tabId)).text).toBe('1');
    const card = popup.locator(`[data-host="${site.name}"]`);
    expect(await card.getAttribute('data-recheck')).toBeNull();
    const asked = site.server.requests.length;

    const button = card.getByRole('button', { name: 'Check again' });
    await button.focus();
    await popup.keyboard.press('Enter');
    await popup.locator(`[data-host="${site.name}"][data-recheck="fails"]`).waitFor();
    expect(await card.innerText()).toMatch(/Checked again at .+: it still fails \(net::ERR_CONNECTION_RESET\)\./);
    expect(site.server.requests.slice(asked)).toEqual(['/']);
    expect((await browser.badge(tabId)).text).toBe('1');

    site.server.set({ type: 'ok' });
    await card.getByRole('button', { name: 'Check again' }).click();
    await popup.locator(`[data-host="${site.name}"][data-recheck="loads"]`).waitFor();
    const finding = await shownFinding(popup, site.name);
    expect(finding).toMatchObject({ kind: 'tcp-reset', cause: 'suspected' });
    expect(finding.text).toMatch(/Checked again at .+: it loads now\. The failure was temporary, so it is no longer counted as blocked\./);
    await expect.poll(async () => (await browser.badge(tabId)).text).toBe('');
    const stored = await browser.waitForFinding(tabId, site.name);
    expect(stored.recheck).toMatchObject({ outcome: 'loads', detail: 'HTTP 200' });
  });

  it('a failure after a check that loaded makes the host count again', async () => {
    const browser = session();
    const site = browser.sites.flaky;
    site.server.set({ type: 'reset' });
    const { page, tabId } = await browser.openTab();
    await page.evaluate((src) => fetch(src).catch(() => null), site.url('/api'));
    const popup = await browser.popupWith(tabId, site.name);
    site.server.set({ type: 'ok' });
    await popup.locator(`[data-host="${site.name}"]`).getByRole('button', { name: 'Check again' }).click();
    await popup.locator(`[data-host="${site.name}"][data-recheck="loads"]`).waitFor();
    await expect.poll(async () => (await browser.badge(tabId)).text).toBe('');

    site.server.set({ type: 'reset' });
    await page.evaluate((src) => fetch(src).catch(() => null), site.url('/api?again'));
    await popup.locator(`[data-host="${site.name}"]:not([data-recheck])`).waitFor();
    await expect.poll(async () => (await browser.badge(tabId)).text).toBe('1');
  });
});
