// Pictures for the store listing and the README: the popup, 400 px wide, in the main scenarios (a
// listed host, collateral damage of a listed range and of a cut hosting network, a site problem, none), light
// and dark, in English and Russian, and once in Persian (right to left), saved to docs/screenshots/.
// Each picture is taken only after the popup shows the scenario's markers, so a broken scenario
// fails here instead of leaving a wrong picture behind.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Cause } from '@blocklens/vocabulary';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './support/extension-browser';
import { navigateToFailure } from './support/navigate';
import { shownHosts } from './support/popup';
import type { Site } from './support/sites';
import { useExtensionBrowser } from './support/use-extension-browser';

const PICTURES_DIR = join(import.meta.dirname, '../../docs/screenshots');
const POPUP_WIDTH = 400;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

type Scheme = 'light' | 'dark';
const BACKGROUNDS: Record<Scheme, string> = { light: 'rgb(255, 255, 255)', dark: 'rgb(31, 31, 31)' };

interface Scenario {
  name: string;
  /** Sets the scenario up in a new tab and opens that tab's popup. */
  popup(browser: ExtensionBrowser): Promise<Page>;
  verdict: Cause | 'none';
  /** The cause the popup must show for each host, in the popup's order. */
  findings: [string, Cause][];
}

/** A tab whose page the site resets, and its popup. */
async function popupAfterReset(browser: ExtensionBrowser, site: Site, { answerFirst }: { answerFirst: boolean }) {
  const { page, tabId } = await browser.openTab();
  // One answer first tells the worker the site's address, which a collateral finding needs.
  if (answerFirst) await page.goto(site.url('/'));
  site.server.set({ type: 'reset' });
  await navigateToFailure(page, site.url('/news'));
  return browser.popupWith(tabId, site.name);
}

const SCENARIOS: Scenario[] = [
  {
    name: 'listed',
    popup: (browser) => popupAfterReset(browser, browser.sites.listedReset, { answerFirst: false }),
    verdict: 'listed',
    findings: [['listed-reset.test', 'listed']],
  },
  {
    name: 'collateral',
    popup: (browser) => popupAfterReset(browser, browser.sites.collateral, { answerFirst: true }),
    verdict: 'collateral',
    findings: [['collateral.test', 'collateral']],
  },
  {
    // Issue 15: a page on the test list's stand-in for a Cloudflare range, cut after 16 KB.
    name: 'cut-cloudflare',
    popup: async (browser) => {
      const { page, tabId } = await browser.openTab();
      const site = browser.sites.cut;
      site.server.set({ type: 'cut', then: 'reset' });
      await page.goto(site.url('/article.html'), { waitUntil: 'commit' });
      return browser.popupWith(tabId, site.name);
    },
    verdict: 'collateral',
    findings: [['cut.test', 'collateral']],
  },
  {
    name: 'site-problem',
    popup: async (browser) => {
      const { page, tabId } = await browser.openTab();
      const site = browser.sites.unlisted503;
      site.server.set({ type: 'status', status: 503 });
      await page.goto(site.url('/'));
      return browser.popupWith(tabId, site.name);
    },
    verdict: 'site-problem',
    findings: [['unlisted-503.test', 'site-problem']],
  },
  {
    name: 'empty',
    popup: async (browser) => browser.popup((await browser.openTab()).tabId),
    verdict: 'none',
    findings: [],
  },
];

/** Checks what the popup shows against the scenario, in the expected language and direction. */
async function expectPopup(popup: Page, scenario: Scenario, lang: string, dir: 'ltr' | 'rtl'): Promise<void> {
  expect(await popup.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lang, dir]);
  expect(await popup.locator('[data-verdict]').getAttribute('data-verdict')).toBe(scenario.verdict);
  expect(await shownHosts(popup)).toEqual(scenario.findings.map(([host]) => host));
  for (const [host, cause] of scenario.findings) {
    expect(await popup.locator(`[data-host="${host}"]`).getAttribute('data-cause')).toBe(cause);
  }
  if (scenario.findings.length === 0) await popup.locator('.empty-state').waitFor({ state: 'visible' });
}

/** Saves the popup in `scheme` as a PNG and checks that the file is a new picture of the popup's width. */
async function savePicture(popup: Page, file: string, scheme: Scheme): Promise<void> {
  await popup.emulateMedia({ colorScheme: scheme });
  expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(BACKGROUNDS[scheme]);
  const path = join(PICTURES_DIR, file);
  rmSync(path, { force: true });
  await popup.locator('body').screenshot({ path, animations: 'disabled' });
  expect(existsSync(path), path).toBe(true);
  const png = readFileSync(path);
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE), `${path} is a PNG`).toBe(true);
  // The width in the IHDR chunk, right after the signature and the chunk's length and type.
  expect(png.readUInt32BE(16)).toBe(POPUP_WIDTH);
}

async function openAtWidth(browser: ExtensionBrowser, scenario: Scenario): Promise<Page> {
  const popup = await scenario.popup(browser);
  await popup.setViewportSize({ width: POPUP_WIDTH, height: 600 });
  return popup;
}

mkdirSync(PICTURES_DIR, { recursive: true });

// The Chromium locale the browser runs in, and the language the popup then declares.
describe.each([
  { chromium: 'en-US', lang: 'en' },
  { chromium: 'ru', lang: 'ru' },
])('pictures of the popup in $lang', ({ chromium, lang }) => {
  const session = useExtensionBrowser({ lang: chromium });

  it.each(SCENARIOS)('$name, light and dark', async (scenario) => {
    const popup = await openAtWidth(session(), scenario);
    await expectPopup(popup, scenario, lang, 'ltr');
    for (const scheme of ['light', 'dark'] as const) {
      await savePicture(popup, `${scenario.name}-${lang}-${scheme}.png`, scheme);
    }
  });
});

describe('a picture of the popup in Persian', () => {
  const session = useExtensionBrowser({ lang: 'fa' });

  it('listed, right to left, with the host kept left to right', async () => {
    const scenario = SCENARIOS[0]!;
    const popup = await openAtWidth(session(), scenario);
    await expectPopup(popup, scenario, 'fa', 'rtl');
    const host = popup.locator('[data-host="listed-reset.test"] .finding-host bdi');
    expect(await host.getAttribute('dir')).toBe('ltr');
    expect(await host.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    expect(await popup.locator('[data-verdict]').evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    await savePicture(popup, `${scenario.name}-fa-light.png`, 'light');
  });

  it('the options, first-run and privacy pages are right to left too, the privacy text in Persian', async () => {
    const browser = session();
    for (const name of ['options', 'welcome', 'privacy']) {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/${name}.html`);
      await page.locator('h1').waitFor();
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['fa', 'rtl']);
      if (name === 'privacy') {
        expect(await page.locator('main h1').innerText()).toBe('Blocklens و حریم خصوصی شما');
        const code = page.locator('code', { hasText: 'storage.session' }).first();
        expect(await code.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
      }
      await page.close();
    }
  });
});
