// What the answers themselves say: a 451, a redirect to an ISP block page, a server error; and the
// badge, which counts the hosts that look blocked and takes the colour of the worst.
import { describe, expect, it } from 'vitest';
import { addImage, fetchFrom } from './support/page-requests';
import { shownEvidence, shownFinding, shownVerdict } from './support/popup';
import { useExtensionBrowser } from './support/use-extension-browser';

describe('HTTP signals', () => {
  const session = useExtensionBrowser();

  it('an unlisted host answering 451: suspected, legal reasons', async () => {
    const browser = session();
    const { page, tabId } = await browser.openTab();
    const site = browser.sites.unlisted451;
    site.server.set({ type: 'status', status: 451 });
    expect((await page.goto(site.url('/report')))?.status()).toBe(451);
    const popup = await browser.popupWith(tabId, site.name);
    expect((await shownVerdict(popup)).verdict).toBe('suspected');
    const finding = await shownFinding(popup, site.name);
    expect(finding).toMatchObject({ kind: 'http-451', cause: 'suspected', mechanism: 'http451', confidence: 'medium' });
    expect(finding.text).toContain(site.name);
    expect(finding.text).toContain('451');
    expect(await shownEvidence(popup, site.name)).toContain(site.url('/report'));

    await expect.poll(async () => (await browser.badge(tabId)).text).toBe('1');
  });

  it('a redirect to an ISP block page: a block page, even though no list names the host', async () => {
    const browser = session();
    const { page, tabId } = await browser.openTab();
    const { redirected, blockPage } = browser.sites;
    redirected.server.set({ type: 'redirect', location: blockPage.url('/?id=1') });
    expect((await page.goto(redirected.url('/')))?.url()).toBe(blockPage.url('/?id=1'));
    const popup = await browser.popupWith(tabId, redirected.name);
    expect((await shownVerdict(popup)).verdict).toBe('suspected');
    const finding = await shownFinding(popup, redirected.name);
    expect(finding).toMatchObject({
      kind: 'http-blockpage',
      cause: 'suspected',
      mechanism: 'blockpage',
      confidence: 'high',
    });
    expect(finding.text).toContain(redirected.name);
    expect(finding.text).toContain(blockPage.name);

    await expect.poll(async () => (await browser.badge(tabId)).text).toBe('1');
  });

  it('an unlisted host answering 503: a problem of the site, not counted on the badge', async () => {
    const browser = session();
    const { page, tabId } = await browser.openTab();
    const site = browser.sites.unlisted503;
    site.server.set({ type: 'status', status: 503 });
    expect((await page.goto(site.url('/')))?.status()).toBe(503);
    const popup = await browser.popupWith(tabId, site.name);
    const verdict = await shownVerdict(popup);
    expect(verdict.verdict).toBe('site-problem');
    expect(verdict.text).toContain(site.name);
    const finding = await shownFinding(popup, site.name);
    expect(finding).toMatchObject({ kind: 'http-error', cause: 'site-problem', mechanism: 'none' });
    expect(finding.text).toContain('503');

    expect((await browser.badge(tabId)).text).toBe('');
  });

  it('the badge counts the blocked hosts of a page and takes the colour of the worst', async () => {
    const browser = session();
    const { pages, listedSub, unlisted451, unlisted503 } = browser.sites;
    listedSub.server.set({ type: 'reset' });
    unlisted451.server.set({ type: 'status', status: 451 });
    unlisted503.server.set({ type: 'status', status: 503 });

    const badgeAfter = async (images: string[], fetched: string[]) => {
      const { page, tabId } = await browser.openTab();
      await page.goto(pages.url('/app'));
      for (const src of images) await addImage(page, src);
      await fetchFrom(page, fetched);
      const hosts = [...images, ...fetched].map((url) => new URL(url).hostname);
      await browser.waitForFindings(tabId, (r) => hosts.every((host) => r?.findings.some((f) => f.host === host)));
      return browser.badge(tabId);
    };
    // listed + suspected + site problem: two hosts look blocked, the worst is listed.
    const mixed = await badgeAfter([listedSub.url('/a.png')], [unlisted451.url('/b'), unlisted503.url('/c')]);
    const listedOnly = await badgeAfter([listedSub.url('/a.png')], []);
    const suspectedOnly = await badgeAfter([], [unlisted451.url('/b')]);

    expect(mixed.text).toBe('2');
    expect(listedOnly.text).toBe('1');
    expect(suspectedOnly.text).toBe('1');
    expect(mixed.color).toEqual(listedOnly.color);
    expect(suspectedOnly.color).not.toEqual(listedOnly.color);
  });
});
