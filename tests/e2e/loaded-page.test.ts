// A page that loads is not blocked (issue 11, item 4): a tester's page whose name led to a loopback
// address, as names in /etc/hosts and split-horizon DNS do, loaded with a 200 while a listed image
// failed and its own favicon answered 404, and got the verdict "suspected" (a DNS sinkhole).
import { describe, expect, it } from 'vitest';
import { fetchFrom } from './support/page-requests';
import { shownFinding, shownHosts, shownVerdict } from './support/popup';
import { useExtensionBrowser } from './support/use-extension-browser';

describe('a page that loaded', () => {
  const session = useExtensionBrowser();

  it('from a loopback address, with a listed image and its own 404s: no verdict for the page, the image listed', async () => {
    const browser = session();
    const { page, tabId } = await browser.openTab();
    const { loopbackPage, loopbackStatic, listedSub, unlisted503 } = browser.sites;
    listedSub.server.set({ type: 'reset' });
    loopbackPage.server
      .statusAt('/favicon.ico', 404)
      .statusAt('/missing.png', 404)
      .page(
        '/',
        `<!doctype html><title>dev</title><link rel="icon" href="/favicon.ico">` +
          `<img src="/missing.png"><img src="${loopbackStatic.url('/logo.png')}">` +
          `<img src="${listedSub.url('/photo.png')}">`,
      );
    expect((await page.goto(loopbackPage.url('/')))?.status()).toBe(200);
    expect(loopbackPage.server.requests).toContain('/missing.png');
    expect(loopbackStatic.server.requests).toContain('/logo.png');
    // The worker takes events in order: once a failure that came after the page's own is stored,
    // every answer of the page above has been weighed.
    unlisted503.server.set({ type: 'status', status: 503 });
    await fetchFrom(page, [unlisted503.url('/after-the-page')]);
    const stored = await browser.waitForFindings(tabId, (r) =>
      [listedSub.name, unlisted503.name].every((host) => r?.findings.some((f) => f.host === host)),
    );

    const popup = await browser.popup(tabId);
    const verdict = await shownVerdict(popup);
    expect(verdict.verdict).toBe('none');
    expect(verdict.text).toContain('Parts of this page are blocked');
    expect(await shownHosts(popup)).not.toContain(loopbackPage.name);
    expect(await shownHosts(popup)).not.toContain(loopbackStatic.name);
    const finding = await shownFinding(popup, listedSub.name);
    expect(finding).toMatchObject({ kind: 'tcp-reset', cause: 'listed', mechanism: 'dpi', confidence: 'high' });
    expect(finding.text).toContain('the Federal Tax Service');
    expect(stored?.page).toEqual({ host: loopbackPage.name, bogon: true, loaded: true });

    // Only the listed image looks blocked; the 503 is the site's own problem.
    await expect.poll(async () => (await browser.badge(tabId)).text).toBe('1');
  });
});
