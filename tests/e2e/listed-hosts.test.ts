// Hosts the test list names: a page whose connection is reset, a name that does not resolve, and a
// page that loads while one of its images comes from a listed host.
import { describe, expect, it } from 'vitest';
import { HOSTS } from './support/hosts';
import { navigateToFailure } from './support/navigate';
import { shownEvidence, shownFinding, shownVerdict } from './support/popup';
import { useExtensionBrowser } from './support/use-extension-browser';

describe('listed hosts', () => {
  const session = useExtensionBrowser();

  it('a listed page whose connection is reset: listed, by DPI, with high confidence', async () => {
    const browser = session();
    const { page, tabId } = await browser.openTab();
    const site = browser.sites.listedReset;
    site.server.set({ type: 'reset' });
    expect(await navigateToFailure(page, site.url('/news'))).toBe('net::ERR_CONNECTION_RESET');
    const popup = await browser.popupWith(tabId, site.name);
    const verdict = await shownVerdict(popup);
    expect(verdict.verdict).toBe('listed');
    expect(verdict.text).toContain(site.name);
    const finding = await shownFinding(popup, site.name);
    expect(finding).toMatchObject({ kind: 'tcp-reset', cause: 'listed', mechanism: 'dpi', confidence: 'high' });
    for (const shown of [
      site.name, 'the media regulator Roskomnadzor', '2-1001/2026', '2026-01-15',
    ]) {
      expect(finding.text).toContain(shown);
    }
    const evidence = await shownEvidence(popup, site.name);
    // The registry's own word for the authority, which the sentence names in English.
    expect(evidence).toContain('Роскомнадзор, decision 2-1001/2026');
    expect(evidence).toContain('net::ERR_CONNECTION_RESET');
    expect(evidence).toContain(site.url('/news'));
    // The list the build was given, not the bundled one.
    expect(await popup.locator('body').innerText()).toContain('e2e-registry');

    await expect.poll(async () => (await browser.badge(tabId)).text).toBe('1');
  });

  it('a listed name that does not resolve: listed, by DNS', async () => {
    const browser = session();
    const { page, tabId } = await browser.openTab();
    const host = HOSTS.nxdomainListed.name;
    expect(await navigateToFailure(page, `http://${host}/`)).toBe('net::ERR_NAME_NOT_RESOLVED');
    const popup = await browser.popupWith(tabId, host);
    expect((await shownVerdict(popup)).verdict).toBe('listed');
    const finding = await shownFinding(popup, host);
    expect(finding).toMatchObject({ kind: 'dns-nxdomain', cause: 'listed', mechanism: 'dns', confidence: 'high' });
    for (const shown of [host, 'a court', '2а-2002/2026', '2026-02-16']) expect(finding.text).toContain(shown);
    const evidence = await shownEvidence(popup, host);
    expect(evidence).toContain('net::ERR_NAME_NOT_RESOLVED');
    expect(evidence).toContain('суд, decision 2а-2002/2026');

    await expect.poll(async () => (await browser.badge(tabId)).text).toBe('1');
  });

  it('a page that loads while its image from a listed host is reset: page fine, the image host listed', async () => {
    const browser = session();
    const { page, tabId } = await browser.openTab();
    const { pages, listedSub } = browser.sites;
    listedSub.server.set({ type: 'reset' });
    pages.server.page('/article', `<!doctype html><title>article</title><img src="${listedSub.url('/photo.png')}">`);
    expect((await page.goto(pages.url('/article')))?.status()).toBe(200);
    const popup = await browser.popupWith(tabId, listedSub.name);
    const verdict = await shownVerdict(popup);
    expect(verdict.verdict).toBe('none');
    expect(verdict.text).toContain('Parts of this page are blocked');
    const finding = await shownFinding(popup, listedSub.name);
    expect(finding).toMatchObject({ kind: 'tcp-reset', cause: 'listed', mechanism: 'dpi', confidence: 'high' });
    expect(finding.text).toContain('the Federal Tax Service');
    expect(finding.text).toContain('2-6-27/2026-03-17-3-АИ');
    expect(await shownEvidence(popup, listedSub.name)).toContain('ФНС, decision 2-6-27/2026-03-17-3-АИ');
    expect(await popup.locator(`[data-host="${pages.name}"]`).count()).toBe(0);

    await expect.poll(async () => (await browser.badge(tabId)).text).toBe('1');
  });
});
