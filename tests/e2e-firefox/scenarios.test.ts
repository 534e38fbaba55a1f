// The Chromium scenarios again in Firefox ESR: the same test list, hosts and servers must give the
// same findings (tests/e2e/listed-hosts, collateral and http-signals), from Firefox's own errors.
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { HOSTS } from '../e2e/support/hosts';
import { card, FirefoxBrowser } from './support/firefox-browser';

/** Navigates to a URL that must fail and returns Firefox's error name (e.g. "NS_ERROR_NET_RESET"). */
async function navigateToFailure(page: Page, url: string): Promise<string> {
  const error = await page.goto(url).then(
    () => null,
    (thrown: Error) => /NS_ERROR_[A-Z_]+/.exec(thrown.message)?.[0] ?? thrown.message,
  );
  if (error === null) throw new Error(`${url} loaded, but the scenario needs it to fail`);
  return error;
}

describe('Firefox ESR', () => {
  let firefox: FirefoxBrowser;
  beforeAll(async () => {
    firefox = await FirefoxBrowser.launch(inject('firefoxExtensionPath'));
  });
  afterEach(async () => {
    await firefox?.reset();
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it('a listed page whose connection is reset: listed, by DPI, with high confidence', async () => {
    const { page, tabId } = await firefox.openTab();
    const site = firefox.sites.listedReset;
    site.server.set({ type: 'reset' });
    expect(await navigateToFailure(page, site.url('/news'))).toBe('NS_ERROR_NET_RESET');
    const popup = await firefox.popup(tabId, site.name);
    expect(popup.verdict).toBe('listed');
    expect(popup.verdictText).toContain(site.name);
    const finding = card(popup, site.name);
    expect(finding).toMatchObject({ kind: 'tcp-reset', cause: 'listed', mechanism: 'dpi', confidence: 'high' });
    for (const shown of ['Роскомнадзор', '2-1001/2026', '2026-01-15', 'NS_ERROR_NET_RESET', site.url('/news')]) {
      expect(finding.text).toContain(shown);
    }
    await expect.poll(async () => (await firefox.badge(tabId)).text).toBe('1');
  });

  it('an unlisted host that answered, then is reset from an address in a listed range: collateral', async () => {
    const { page, tabId } = await firefox.openTab();
    const site = firefox.sites.collateral;
    expect((await page.goto(site.url('/')))?.status()).toBe(200);
    site.server.set({ type: 'reset' });
    expect(await navigateToFailure(page, site.url('/play'))).toBe('NS_ERROR_NET_RESET');
    const popup = await firefox.popup(tabId, site.name);
    expect(popup.verdict).toBe('collateral');
    const finding = card(popup, site.name);
    expect(finding).toMatchObject({ kind: 'tcp-reset', cause: 'collateral', mechanism: 'ip', confidence: 'high' });
    for (const shown of ['127.0.0.20', '127.0.0.16/28', 'Генпрокуратура', '27-31-2026/Ид4004-26', '2026-04-18']) {
      expect(finding.text).toContain(shown);
    }
    await expect.poll(async () => (await firefox.badge(tabId)).text).toBe('1');
  });

  it('an unlisted host answering 503: a problem of the site, not counted on the badge', async () => {
    const { page, tabId } = await firefox.openTab();
    const site = firefox.sites.unlisted503;
    site.server.set({ type: 'status', status: 503 });
    expect((await page.goto(site.url('/')))?.status()).toBe(503);
    const popup = await firefox.popup(tabId, site.name);
    expect(popup.verdict).toBe('site-problem');
    const finding = card(popup, site.name);
    expect(finding).toMatchObject({ kind: 'http-error', cause: 'site-problem', mechanism: 'none', confidence: 'medium' });
    expect(finding.text).toContain('503');
    expect((await firefox.badge(tabId)).text).toBe('');
  });

  it('a listed name that does not resolve: listed, by DNS', async () => {
    const { page, tabId } = await firefox.openTab();
    const host = HOSTS.nxdomainListed.name;
    expect(await navigateToFailure(page, `http://${host}/`)).toBe('NS_ERROR_UNKNOWN_HOST');
    const popup = await firefox.popup(tabId, host);
    expect(popup.verdict).toBe('listed');
    const finding = card(popup, host);
    expect(finding).toMatchObject({ kind: 'dns-nxdomain', cause: 'listed', mechanism: 'dns', confidence: 'high' });
    for (const shown of ['суд', '2а-2002/2026', '2026-02-16', 'NS_ERROR_UNKNOWN_HOST']) expect(finding.text).toContain(shown);
    await expect.poll(async () => (await firefox.badge(tabId)).text).toBe('1');
  });
});
