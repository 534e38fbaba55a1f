// Accessibility of the extension's pages as people get them: axe-core finds no serious or critical
// problem in light or dark mode, and the keyboard alone reaches every control, each with a visible
// focus ring.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './support/extension-browser';
import { navigateToFailure } from './support/navigate';
import { useExtensionBrowser } from './support/use-extension-browser';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

declare const axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> };

/**
 * The serious and critical violations axe finds on the page, as readable lines. axe is sent through
 * the DevTools protocol, which the pages' content security policy does not apply to.
 */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => (await axe.run(document, { resultTypes: ['violations'] })).violations);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Checks the page in both colour schemes. */
async function expectNoSeriousViolations(page: Page): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await seriousViolations(page), `${page.url()} in ${colorScheme} mode`).toEqual([]);
  }
}

/**
 * Presses Tab until focus comes back round and returns what was focused, in order. Fails for a
 * control the keyboard cannot reach and for a focused control without a visible focus indicator.
 */
async function expectKeyboardReachesEverything(page: Page): Promise<string[]> {
  const controls = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')]
      .filter((el) => !el.matches(':disabled, [tabindex="-1"]') && el.getClientRects().length > 0)
      .map((el, index) => (el.dataset.a11yIndex = String(index))),
  );
  const reached: string[] = [];
  const described: string[] = [];
  for (let presses = 0; presses <= controls.length + 1; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      const name = el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '';
      return { index: el.dataset.a11yIndex ?? null, ring, what: `${el.tagName.toLowerCase()} "${name.slice(0, 40)}"` };
    });
    if (focused === null || focused.index === null) continue;
    if (reached.includes(focused.index)) break;
    reached.push(focused.index);
    described.push(focused.what);
    expect(focused.ring, `a visible focus ring on ${focused.what}`).toBe(true);
  }
  expect([...reached].sort(), 'every control in the tab order').toEqual([...controls].sort());
  return described;
}

/** Presses Tab until the focused element matches `selector`, as a keyboard user moves to a control. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let presses = 0; presses < 50; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`the keyboard never reached ${selector}`);
}

async function openPage(browser: ExtensionBrowser, path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  await page.locator('main, [data-verdict]').first().waitFor();
  return page;
}

describe('accessibility', () => {
  const session = useExtensionBrowser();

  it('the popup with findings: no serious issue, every control reachable by keyboard, evidence opens with Enter', async () => {
    const browser = session();
    const { page, tabId } = await browser.openTab();
    const { pages, listedSub, listedReset } = browser.sites;
    listedSub.server.set({ type: 'reset' });
    pages.server.page('/article', `<!doctype html><title>article</title><img src="${listedSub.url('/photo.png')}">`);
    await page.goto(pages.url('/article'));
    await browser.waitForFinding(tabId, listedSub.name);
    listedReset.server.set({ type: 'reset' });
    await navigateToFailure(page, listedReset.url('/news'));
    const popup = await browser.popupWith(tabId, listedReset.name);

    const card = popup.locator(`[data-host="${listedReset.name}"]`);
    await card.locator('details > summary').focus();
    await popup.keyboard.press('Enter');
    await card.locator('details[open] dl').waitFor();
    await expectNoSeriousViolations(popup);
    await popup.emulateMedia({ colorScheme: 'light' });
    await expectKeyboardReachesEverything(popup);
    await popup.close();
  });

  it('the popup of a tab with nothing wrong: no serious issue', async () => {
    const browser = session();
    const { tabId } = await browser.openTab();
    const popup = await browser.popup(tabId);
    await expectNoSeriousViolations(popup);
    await popup.close();
  });

  it('the options page: no serious issue, every control reachable by keyboard, reporting switched on with Space', async () => {
    const browser = session();
    const options = await openPage(browser, 'options.html');
    await expectNoSeriousViolations(options);
    await options.emulateMedia({ colorScheme: 'light' });
    await expectKeyboardReachesEverything(options);

    const form = options.locator('form.consent-form');
    await tabTo(options, '#consent-url');
    await options.keyboard.type('http://127.0.0.1:9/');
    await tabTo(options, 'form.consent-form button[type="submit"]');
    await options.keyboard.press('Space');
    await expect.poll(() => form.getAttribute('data-reports')).toBe('on');
    // Off again with Enter, so the later tests see the defaults.
    await tabTo(options, 'form.consent-form button[type="button"]');
    await options.keyboard.press('Enter');
    await expect.poll(() => form.getAttribute('data-reports')).toBe('off');
    await options.close();
  });

  it('the first-run page: no serious issue, every control reachable by keyboard', async () => {
    const browser = session();
    const welcome = await openPage(browser, 'welcome.html');
    await expectNoSeriousViolations(welcome);
    await welcome.emulateMedia({ colorScheme: 'light' });
    await expectKeyboardReachesEverything(welcome);
    await welcome.close();
  });

  it('the privacy page, opened from the options page by keyboard: no serious issue', async () => {
    const browser = session();
    const options = await openPage(browser, 'options.html');
    const opening = browser.context.waitForEvent('page');
    await tabTo(options, 'a[href="/privacy.html"]');
    await options.keyboard.press('Enter');
    const privacy = await opening;
    await privacy.locator('main h1').waitFor();
    expect(await privacy.locator('main h1').innerText()).toBe('Blocklens and your privacy');
    await expectNoSeriousViolations(privacy);
    await privacy.close();
    await options.close();
  });

  it('the lookup page, a range found by keyboard alone: no serious issue, every control reachable by keyboard', async () => {
    const browser = session();
    const lookup = await openPage(browser, 'lookup.html');
    await tabTo(lookup, '#lookup-query');
    await lookup.keyboard.type('127.0.0.20');
    await lookup.keyboard.press('Enter');
    await lookup.locator('.lookup-hit').waitFor();
    await expectNoSeriousViolations(lookup);
    await lookup.emulateMedia({ colorScheme: 'light' });
    await expectKeyboardReachesEverything(lookup);
    await lookup.close();
  });
});
