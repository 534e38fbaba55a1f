// The harness itself: the extension loads, and each server behaviour produces the browser error the
// scenarios rely on. When a scenario fails, this file says whether the harness or the extension is at fault.
import { describe, expect, it } from 'vitest';
import { HOSTS } from './support/hosts';
import { navigateToFailure } from './support/navigate';
import { useExtensionBrowser } from './support/use-extension-browser';

describe('e2e harness', () => {
  const session = useExtensionBrowser();

  it('loads the extension and finds its worker and a tab id', async () => {
    const browser = session();
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const { tabId } = await browser.openTab();
    expect(tabId).toBeGreaterThan(0);
  });

  it.each([
    [{ type: 'reset' } as const, 'net::ERR_CONNECTION_RESET'],
    [{ type: 'empty' } as const, 'net::ERR_EMPTY_RESPONSE'],
  ])('server behaviour %o fails navigation with %s', async (behaviour, error) => {
    const browser = session();
    const { page } = await browser.openTab();
    const site = browser.sites.unlisted503;
    site.server.set(behaviour);
    expect(await navigateToFailure(page, site.url('/'))).toBe(error);
    site.server.set({ type: 'ok' });
    expect((await page.goto(site.url('/')))?.status()).toBe(200);
  });

  it('answers a status, and redirects to the block-page host', async () => {
    const browser = session();
    const { page } = await browser.openTab();
    const { unlisted451, redirected, blockPage } = browser.sites;
    unlisted451.server.set({ type: 'status', status: 451 });
    expect((await page.goto(unlisted451.url('/')))?.status()).toBe(451);
    redirected.server.set({ type: 'redirect', location: blockPage.url('/blocked') });
    const response = await page.goto(redirected.url('/'));
    expect(response?.url()).toBe(blockPage.url('/blocked'));
    expect(response?.status()).toBe(200);
  });

  it('resolves nothing but the test hosts', async () => {
    const browser = session();
    const { page } = await browser.openTab();
    expect(await navigateToFailure(page, `http://${HOSTS.nxdomainListed.name}/`)).toBe('net::ERR_NAME_NOT_RESOLVED');
    expect(await navigateToFailure(page, 'http://example.org/')).toBe('net::ERR_NAME_NOT_RESOLVED');
  });

  it('stops the worker, which starts again for the next event', async () => {
    const browser = session();
    const { page } = await browser.openTab();
    const starts = await browser.stopWorker();
    const site = browser.sites.unlisted503.server.set({ type: 'reset' });
    await navigateToFailure(page, browser.sites.unlisted503.url('/after-stop'));
    site.set({ type: 'ok' });
    await browser.waitForWorkerStart(starts);
  });
});
