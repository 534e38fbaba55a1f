// Hosts the test list names: a page whose connection is reset, a name that does not resolve, and a
// page that loads while one of its images comes from a listed host.
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { ExtensionBrowser } from './support/extension-browser';
import { HOSTS } from './support/hosts';
import { navigateToFailure } from './support/navigate';
import { shownEvidence, shownFinding, shownVerdict } from './support/popup';

describe('listed hosts', () => {
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

  it('a listed page whose connection is reset: listed, by DPI, with high confidence', async () => {
    const { page, tabId } = await browser.openTab();
    const site = browser.sites.listedReset;
    site.server.set({ type: 'reset' });
    expect(await navigateToFailure(page, site.url('/news'))).toBe('net::ERR_CONNECTION_RESET');
    await browser.waitForFinding(tabId, site.name);

    const popup = await browser.popup(tabId);
    const verdict = await shownVerdict(popup);
    expect(verdict.verdict).toBe('listed');
    expect(verdict.text).toContain(site.name);
    const finding = await shownFinding(popup, site.name);
    expect(finding).toMatchObject({ kind: 'tcp-reset', cause: 'listed', mechanism: 'dpi', confidence: 'high' });
    expect(finding.text).toContain(site.name);
    expect(finding.text).toContain('Роскомнадзор');
    expect(finding.text).toContain('2-1001/2026');
    expect(finding.text).toContain('2026-01-15');
    const evidence = await shownEvidence(popup, site.name);
    expect(evidence).toContain('net::ERR_CONNECTION_RESET');
    expect(evidence).toContain(site.url('/news'));
    // The list the build was given, not the bundled one.
    expect(await popup.locator('body').innerText()).toContain('e2e-registry');

    await expect.poll(async () => (await browser.badge(tabId)).text).toBe('1');
  });

  it('a listed name that does not resolve: listed, by DNS', async () => {
    const { page, tabId } = await browser.openTab();
    const host = HOSTS.nxdomainListed.name;
    expect(await navigateToFailure(page, `http://${host}/`)).toBe('net::ERR_NAME_NOT_RESOLVED');
    await browser.waitForFinding(tabId, host);

    const popup = await browser.popup(tabId);
    expect((await shownVerdict(popup)).verdict).toBe('listed');
    const finding = await shownFinding(popup, host);
    expect(finding).toMatchObject({ kind: 'dns-nxdomain', cause: 'listed', mechanism: 'dns', confidence: 'high' });
    expect(finding.text).toContain(host);
    expect(finding.text).toContain('суд');
    expect(finding.text).toContain('2а-2002/2026');
    expect(finding.text).toContain('2026-02-16');
    expect(await shownEvidence(popup, host)).toContain('net::ERR_NAME_NOT_RESOLVED');

    await expect.poll(async () => (await browser.badge(tabId)).text).toBe('1');
  });

  it('a page that loads while its image from a listed host is reset: page fine, the image host listed', async () => {
    const { page, tabId } = await browser.openTab();
    const { pages, listedSub } = browser.sites;
    listedSub.server.set({ type: 'reset' });
    pages.server.page('/article', `<!doctype html><title>article</title><img src="${listedSub.url('/photo.png')}">`);
    expect((await page.goto(pages.url('/article')))?.status()).toBe(200);
    await browser.waitForFinding(tabId, listedSub.name);

    const popup = await browser.popup(tabId);
    const verdict = await shownVerdict(popup);
    expect(verdict.verdict).toBe('none');
    expect(verdict.text).toContain('Parts of this page are blocked');
    const finding = await shownFinding(popup, listedSub.name);
    expect(finding).toMatchObject({ kind: 'tcp-reset', cause: 'listed', mechanism: 'dpi', confidence: 'high' });
    expect(finding.text).toContain('ФНС');
    expect(finding.text).toContain('2-6-27/2026-03-17-3-АИ');
    expect(await popup.locator(`[data-host="${pages.name}"]`).count()).toBe(0);

    await expect.poll(async () => (await browser.badge(tabId)).text).toBe('1');
  });
});
