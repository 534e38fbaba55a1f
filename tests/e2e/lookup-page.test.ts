// The lookup page as a site owner uses it, opened from the popup (with the tab's host): a listed host, a host under a listed
// parent, an address in a listed range, a listed address, a URL and an unlisted host, each answered
// by the worker from the list the build was given (tests/fixtures/e2e-list/).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './support/use-extension-browser';

/** Types `query` into the page's field and presses Enter; resolves once the answer names `shown`. */
async function lookUp(page: Page, query: string, shown = query): Promise<string> {
  await page.getByLabel('Domain, URL or IP address').fill(query);
  await page.getByLabel('Domain, URL or IP address').press('Enter');
  const summary = page.locator('.lookup-results [aria-live="polite"]');
  await expect.poll(() => summary.innerText()).toContain(shown);
  return summary.innerText();
}

/** The entries shown, as type and entry. */
function entries(page: Page): Promise<string[][]> {
  return page
    .locator('.lookup-hit')
    .evaluateAll((hits) => hits.map((hit) => [(hit as HTMLElement).dataset.entryType!, (hit as HTMLElement).dataset.entry!]));
}

describe('the lookup page', () => {
  const session = useExtensionBrowser();

  it('opens from the popup and answers from the list in use', async () => {
    const browser = session();
    const { tabId } = await browser.openTab();
    const popup = await browser.popup(tabId);
    const opening = browser.context.waitForEvent('page');
    await popup.getByRole('link', { name: 'Look up a site on the blocklist' }).click();
    const page = await opening;
    await page.locator('.lookup-results').waitFor();
    expect(await page.title()).toBe('Look up a site on the blocklist');
    // The popup hands over the tab's host, which the page looks up at once: the test pages' host is not listed.
    const pagesHost = browser.sites.pages.name;
    expect(new URL(page.url()).searchParams.get('q')).toBe(pagesHost);
    await expect.poll(() => page.locator('.lookup-verdict').innerText()).toBe(`Not on the blocklist: no entry matches ${pagesHost}.`);

    expect(await lookUp(page, 'listed-reset.test')).toContain('Entries of the blocklist that match listed-reset.test: 1.');
    expect(await entries(page)).toEqual([['list-domain', 'listed-reset.test']]);
    const record = await page.locator('.lookup-hit').innerText();
    for (const shown of ['Роскомнадзор', '2-1001/2026', '2026-01-15', 'e2e-registry']) expect(record).toContain(shown);
    expect(await page.locator('.lookup-list').innerText()).toBe('Answered from the blocklist e2e-registry, dated 2026-11-20.');

    await lookUp(page, 'WWW.Listed-Reset.test:443', 'www.listed-reset.test');
    expect(await entries(page)).toEqual([['list-domain', 'listed-reset.test']]);
    expect(await page.locator('.lookup-entry-label').innerText()).toBe('Listed parent domain (that name only)');

    expect(await lookUp(page, '127.0.0.20')).toContain('The address 127.0.0.20 lies in a listed range.');
    expect(await page.locator('[data-in-range]').getAttribute('data-in-range')).toBe('yes');
    expect(await entries(page)).toEqual([['list-range', '127.0.0.16/28']]);
    const range = await page.locator('.lookup-hit').innerText();
    for (const shown of ['Генпрокуратура', '27-31-2026/Ид4004-26', '2026-04-18']) expect(range).toContain(shown);

    expect(await lookUp(page, '127.0.0.6')).toContain('The address 127.0.0.6 lies in no listed range.');
    expect(await entries(page)).toEqual([['list-ip', '127.0.0.6']]);

    await lookUp(page, 'http://listed-sub.test:8080/photo.png', 'http://listed-sub.test:8080/photo.png');
    expect(await entries(page)).toEqual([['list-domain', 'listed-sub.test']]);

    expect(await lookUp(page, 'unlisted.test')).toBe('Not on the blocklist: no entry matches unlisted.test.');
    expect(await entries(page)).toEqual([]);

    expect(await lookUp(page, '127.0.0.16/28')).toContain('is a range of addresses');
    expect(await page.locator('.lookup-results').getAttribute('data-lookup')).toBe('unusable');
    await page.close();
    await popup.close();
  });

  it('looks up the query it is opened with', async () => {
    const browser = session();
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/lookup.html?q=www.blocklens-e2e-reset.ru`);
    await expect.poll(() => page.locator('.lookup-results').getAttribute('data-lookup')).toBe('answered');
    expect(await page.getByLabel('Domain, URL or IP address').inputValue()).toBe('www.blocklens-e2e-reset.ru');
    expect(await entries(page)).toEqual([['list-domain', 'blocklens-e2e-reset.ru']]);
    await page.close();
  });
});
