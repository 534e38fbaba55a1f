// Pages that attack the extension: a flood of failing requests with huge URLs must not blind it on
// other tabs nor make its popup slow, and secrets in a URL are never kept or shown.
import { describe, expect, it } from 'vitest';
import { MAX_HOSTS_PER_TAB } from '../../lib/findings/tab-store';
import { navigateToFailure } from './support/navigate';
import { shownEvidence, shownFinding } from './support/popup';
import { useExtensionBrowser } from './support/use-extension-browser';

const FLOOD_HOSTS = 300;
const FLOOD_PATH = 40_000;
/** What a tab keeps at most; the rest is counted. */
const HOSTS_KEPT = MAX_HOSTS_PER_TAB;

/** None of these names resolve (tests/e2e/support/hosts.ts): each image fails at once, as its own host. */
const floodImage = (i: number) => `http://img-${i}.flood.test/${'a'.repeat(FLOOD_PATH)}/${i}.png`;

function imagesPage(urls: string[]): string {
  return `<!doctype html><title>images</title>${urls.map((url) => `<img src="${url}" alt="">`).join('')}`;
}

describe('hostile pages', () => {
  const session = useExtensionBrowser();

  it('a flood of failures with 40 KB URLs stays bounded, leaves other tabs whole and the popup quick', async () => {
    const browser = session();
    const { pages } = browser.sites;
    const flood = await browser.openTab();
    pages.server.page('/flood', imagesPage(Array.from({ length: FLOOD_HOSTS }, (_, i) => floodImage(i))));

    const started = Date.now();
    await flood.page.goto(pages.url('/flood'));
    // Recorded once storage has not changed for 3 s (polling its size only: reading a record of
    // megabytes every few hundred milliseconds would slow the worker it measures).
    let changed = Date.now();
    for (let bytes = -1; Date.now() - changed < 3_000; await new Promise((resolve) => setTimeout(resolve, 200))) {
      const now = await browser.sessionBytes();
      if (now !== bytes) [bytes, changed] = [now, Date.now()];
    }
    const record = await browser.tabFindings(flood.tabId);
    const afterFlood = await browser.session();
    console.log(
      `flood: ${record?.findings.length} findings kept, ${record?.dropped?.hosts ?? 0} hosts counted as not kept,` +
        ` recorded in ${changed - started} ms; storage.session holds ${afterFlood.bytes} bytes`,
    );

    const other = await browser.openTab();
    const sixHosts = Array.from({ length: 6 }, (_, i) => `after-${i}.flood.test`);
    pages.server.page('/six', imagesPage(sixHosts.map((host) => `http://${host}/x.png`)));
    await other.page.goto(pages.url('/six'));
    const otherRecord = await browser
      .waitForFindings(other.tabId, (r) => (r?.findings.length ?? 0) >= 6)
      .catch(() => browser.tabFindings(other.tabId));
    console.log(`flood: the next tab kept ${otherRecord?.findings.length} of its 6 findings`);

    const opening = Date.now();
    const popup = await browser.popup(flood.tabId, 60_000);
    const popupMs = Date.now() - opening;
    console.log(`flood: the flooded tab's popup showed its verdict in ${popupMs} ms`);

    expect(record?.findings).toHaveLength(HOSTS_KEPT);
    expect(record?.dropped).toEqual({ hosts: FLOOD_HOSTS - HOSTS_KEPT, requests: FLOOD_HOSTS - HOSTS_KEPT });
    expect(Math.max(...(record?.findings ?? []).map((f) => f.url.length))).toBeLessThan(400);
    expect(afterFlood.bytes).toBeLessThan(1024 * 1024);
    expect(otherRecord?.findings.map((f) => f.host).sort()).toEqual([...sixHosts].sort());
    expect(popupMs).toBeLessThan(3_000);
    expect(await popup.locator('[data-dropped-hosts]').getAttribute('data-dropped-hosts')).toBe(
      String(FLOOD_HOSTS - HOSTS_KEPT),
    );
  }, 180_000);

  it('keeps no credentials, query or fragment of a URL, nor a 20,000-character path, and checks it again', async () => {
    const browser = session();
    const site = browser.sites.flaky;
    site.server.set({ type: 'reset' });
    const { page, tabId } = await browser.openTab();
    const path = `/${'deep/'.repeat(4_000)}account`;
    const secretUrl = `http://user:secretpass@${site.name}:${site.server.port}${path}?token=s3cr3t-token#frag-secret`;
    expect(await navigateToFailure(page, secretUrl)).toBe('net::ERR_CONNECTION_RESET');
    const finding = await browser.waitForFinding(tabId, site.name);

    const secrets = ['secretpass', 'user:', 's3cr3t', 'token=', 'frag-secret', 'deep/'.repeat(100)];
    const stored = JSON.stringify((await browser.session()).items);
    for (const secret of secrets) expect(stored).not.toContain(secret);
    expect(finding.url).toMatch(new RegExp(`^http://${site.name.replace('.', '\\.')}:${site.server.port}/deep/deep/`));
    expect(finding.url.length).toBeLessThan(400);

    const popup = await browser.popup(tabId);
    const evidence = await shownEvidence(popup, site.name);
    expect(evidence).toContain(`http://${site.name}:${site.server.port}/deep/deep/`);
    const html = await popup.content();
    for (const secret of secrets) expect(html).not.toContain(secret);
    const card = popup.locator(`[data-host="${site.name}"]`);
    expect((await card.boundingBox())?.height).toBeLessThan(1_500);

    // "Check again" still knows the host's origin (its port included) from the URL kept.
    const asked = site.server.requests.length;
    await card.getByRole('button', { name: 'Check again' }).click();
    await popup.locator(`[data-host="${site.name}"][data-recheck="fails"]`).waitFor();
    expect(site.server.requests.slice(asked)).toEqual(['/']);
    expect((await shownFinding(popup, site.name)).text).toContain('it still fails');
  });
});
