// Pages that attack the extension: secrets in a URL are never kept or shown.
import { describe, expect, it } from 'vitest';
import { navigateToFailure } from './support/navigate';
import { shownEvidence, shownFinding } from './support/popup';
import { useExtensionBrowser } from './support/use-extension-browser';

describe('hostile pages', () => {
  const session = useExtensionBrowser();

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
