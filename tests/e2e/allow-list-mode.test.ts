// A network restricted to an allow list, reproduced on loopback: unrelated sites accept the TCP
// connection and never answer the TLS ClientHello, while the test pages still load. Chromium waits
// 30 s for the handshake, then fails the request with net::ERR_TIMED_OUT, the same for a main
// frame and for a subresource; before that it reports only onBeforeRequest, onBeforeSendHeaders
// and onSendHeaders, all at the start. The hangs run concurrently, and so do the two scenarios, in a
// browser each: ~30 s in all.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { ExtensionBrowser } from './support/extension-browser';
import { SILENT_HOSTS } from './support/hosts';
import { addImage } from './support/page-requests';
import { shownFinding } from './support/popup';
import { SilentServer } from './support/silent-server';

/** Chromium's SSL connect-job timeout, as measured: the hang's error comes no sooner. */
const HANDSHAKE_TIMEOUT_MS = 30_000;
/** Time for a scenario: the handshake timeout, the findings, the popup. */
const SCENARIO_MS = 90_000;

type SilentKey = keyof typeof SILENT_HOSTS;
let silent: Record<SilentKey, SilentServer>;

beforeAll(async () => {
  const started = await Promise.all(
    Object.entries(SILENT_HOSTS).map(async ([key, host]) => [key, await SilentServer.start(host.address)] as const),
  );
  silent = Object.fromEntries(started) as Record<SilentKey, SilentServer>;
});

afterAll(async () => {
  await Promise.all(Object.values(silent ?? {}).map((server) => server.stop()));
});

function silentUrl(key: SilentKey, path: string): string {
  return silent[key].url(SILENT_HOSTS[key].name, path);
}

/** Waits, past the handshake timeout, until the tab has a finding for every one of `hosts`. */
async function waitForHangs(browser: ExtensionBrowser, tabId: number, hosts: string[]): Promise<void> {
  await expect
    .poll(async () => (await browser.tabFindings(tabId))?.findings.map((f) => f.host).sort(), {
      timeout: HANDSHAKE_TIMEOUT_MS + 20_000,
      interval: 500,
    })
    .toEqual([...hosts].sort());
}

async function networkNotices(popup: Page): Promise<number> {
  return popup.locator('[data-network-mode]').count();
}

/** The verdict is the network's, not a tab's: each scenario has a browser of its own, and the two run side by side. */
let browsers: { one: ExtensionBrowser; four: ExtensionBrowser };

beforeAll(async () => {
  const [one, four] = await Promise.all([0, 1].map(() => ExtensionBrowser.launch(inject('extensionPath'))));
  browsers = { one: one!, four: four! };
});

afterAll(async () => {
  await Promise.all(Object.values(browsers ?? {}).map((browser) => browser.close()));
});

/** One site that hangs in the TLS handshake: that site's failure, with no word of an allow list. */
async function oneSiteHangs(browser: ExtensionBrowser): Promise<void> {
  // The tab's blank page came from pages.test: another host loads.
  const { page, tabId } = await browser.openTab();
  const started = Date.now();
  // Not navigateToFailure(): waiting for this error page to commit fails with the error itself.
  const failure = await page.goto(silentUrl('hangA', '/'), { timeout: SCENARIO_MS }).then(
    () => 'loaded',
    (error: Error) => error.message,
  );
  expect(failure).toContain('net::ERR_TIMED_OUT');
  const waited = Date.now() - started;
  expect(waited).toBeGreaterThanOrEqual(HANDSHAKE_TIMEOUT_MS - 1000);
  expect(waited).toBeLessThan(HANDSHAKE_TIMEOUT_MS + 15_000);
  // The connection was made: the handshake, not the connect, timed out.
  expect(silent.hangA.accepted).toBeGreaterThan(0);

  const finding = await browser.waitForFinding(tabId, SILENT_HOSTS.hangA.name);
  const popup = await browser.popup(tabId);
  expect(finding).toMatchObject({ kind: 'http-timeout', errors: ['net::ERR_TIMED_OUT'], mainFrame: true });
  expect(await networkNotices(popup)).toBe(0);
}

/** Four unrelated sites that hang while the page loads: the allow-list notice, at the top of the popup. */
async function fourSitesHang(browser: ExtensionBrowser): Promise<void> {
  const { page, tabId } = await browser.openTab();
  const keys: SilentKey[] = ['hangB', 'hangC', 'hangD', 'hangE'];
  await Promise.all(keys.map((key) => addImage(page, silentUrl(key, '/pixel.png'))));
  await waitForHangs(browser, tabId, keys.map((key) => SILENT_HOSTS[key].name));

  const popup = await browser.popup(tabId);
  const notice = popup.locator('[data-network-mode="allow-list"]');
  await notice.waitFor({ state: 'visible' });
  // Named for screen readers by its first line, and before the verdict and the findings.
  await expect.poll(() => popup.getByRole('region', { name: 'Your network looks restricted to an allow list' }).count()).toBe(1);
  expect(await notice.innerText()).toContain('VPN');
  const order = await popup.evaluate(() => {
    const shown = document.querySelector('[data-network-mode]')!;
    const verdict = document.querySelector('[data-verdict]')!;
    return shown.compareDocumentPosition(verdict) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  expect(order).toBeTruthy();
  // Each site keeps its own finding below the notice.
  const hang = await shownFinding(popup, SILENT_HOSTS.hangB.name);
  expect(hang.kind).toBe('http-timeout');
}

it('one site hanging in the TLS handshake is its own failure (ERR_TIMED_OUT after 30 s); four unrelated ones while the page loads put the allow-list notice at the top', { timeout: SCENARIO_MS }, async () => {
  await Promise.all([oneSiteHangs(browsers.one), fourSitesHang(browsers.four)]);
});
