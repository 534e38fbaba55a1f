// Findings belong to a tab's page: kept while the worker is stopped and started again, cleared by
// the next top-level navigation, forgotten with the tab.
import { describe, expect, it } from 'vitest';
import { addImage, fetchFrom } from './support/page-requests';
import { shownFinding, shownHosts, shownVerdict } from './support/popup';
import { useExtensionBrowser } from './support/use-extension-browser';

describe('a tab\'s findings over time', () => {
  const session = useExtensionBrowser();

  it('survive the worker being stopped: a later failure merges into them', async () => {
    const browser = session();
    const { page, tabId } = await browser.openTab();
    const { pages, listedSub, unlisted503 } = browser.sites;
    listedSub.server.set({ type: 'reset' });
    unlisted503.server.set({ type: 'status', status: 503 });
    expect((await page.goto(pages.url('/feed')))?.status()).toBe(200);
    await addImage(page, listedSub.url('/1.png'));
    expect((await browser.waitForFinding(tabId, listedSub.name)).count).toBe(1);

    const starts = await browser.stopWorker();
    await addImage(page, listedSub.url('/2.png'));
    await fetchFrom(page, [unlisted503.url('/api')]);
    await browser.waitForWorkerStart(starts);
    const record = await browser.waitForFindings(
      tabId,
      (r) => r?.findings.some((f) => f.host === listedSub.name && f.count === 2) === true &&
        r.findings.some((f) => f.host === unlisted503.name),
    );
    expect(record?.findings.map((f) => f.host)).toEqual([listedSub.name, unlisted503.name]);

    const popup = await browser.popup(tabId);
    const first = await shownFinding(popup, listedSub.name);
    expect(first).toMatchObject({ kind: 'tcp-reset', cause: 'listed', mechanism: 'dpi', confidence: 'high' });
    expect(first.text).toContain('Failed requests: 2');
    // Failures without signs of blocking wait behind a toggle.
    await popup.getByRole('button', { name: /without signs of blocking: 1/ }).click();
    expect(await shownFinding(popup, unlisted503.name)).toMatchObject({ kind: 'http-error', cause: 'site-problem' });
    expect((await browser.badge(tabId)).text).toBe('1');
  });

  it('are cleared by a new top-level navigation and forgotten when the tab closes', async () => {
    const browser = session();
    const { page, tabId } = await browser.openTab();
    const { pages, listedSub } = browser.sites;
    listedSub.server.set({ type: 'reset' });
    pages.server.page('/with-image', `<!doctype html><title>image</title><img src="${listedSub.url('/x.png')}">`);
    await page.goto(pages.url('/with-image'));
    await browser.waitForFinding(tabId, listedSub.name);
    await expect.poll(async () => (await browser.badge(tabId)).text).toBe('1');

    await page.goto(pages.url('/plain'));
    const fresh = await browser.waitForFindings(tabId, (r) => r?.findings.length === 0);
    expect(fresh?.pageUrl).toBe(pages.url('/plain'));
    const popup = await browser.popup(tabId);
    const verdict = await shownVerdict(popup);
    expect(verdict.verdict).toBe('none');
    expect(verdict.text).toContain('No blocking seen on this page');
    expect(await shownHosts(popup)).toEqual([]);
    expect((await browser.badge(tabId)).text).toBe('');

    await page.goto(pages.url('/with-image'));
    await browser.waitForFinding(tabId, listedSub.name);
    await page.close();
    await browser.waitForFindings(tabId, (r) => r === undefined);
  });
});
