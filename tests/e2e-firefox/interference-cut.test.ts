// A transfer cut after 16 KB in Firefox ESR (issue 15): Firefox reports the reset of a response that
// had started as NS_ERROR_NET_RESET, the name it gives a reset before any answer too; Blocklens knows
// the response had started, so it is an http-cut. An image that goes silent after 16 KB is judged an
// http-stall 20 s after its start, by the background's timer or the popup's request. Both are on the
// test list's stand-in for Cloudflare, so both are collateral damage by throttle. A small image
// beside them loads and gives no finding.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { card, FirefoxBrowser } from './support/firefox-browser';

/** A transfer open this long is judged a stall (lib/observe/started-transfer.ts). */
const STALL_AFTER_MS = 20_000;

let firefox: FirefoxBrowser;
beforeAll(async () => {
  firefox = await FirefoxBrowser.launch(inject('firefoxExtensionPath'));
});
afterAll(async () => {
  await firefox?.close();
});

it("an image reset after 16 KB: http-cut, with Firefox's error; one gone silent: http-stall after 20 s; the small image beside them nothing", async () => {
  const { page, tabId } = await firefox.openTab();
  const { pages, cut, frozen, small } = firefox.sites;
  cut.server.set({ type: 'cut', then: 'reset' });
  frozen.server.set({ type: 'cut', then: 'silent' });
  pages.server.page(
    '/cut-parts',
    `<!doctype html><title>parts</title><img src="${cut.url('/photo.png')}"><img src="${frozen.url('/map.png')}">` +
      `<img src="${small.url('/logo.png')}">`,
  );
  const frozenSince = Date.now();
  page.goto(pages.url('/cut-parts')).catch(() => {});
  const popup = await firefox.popup(tabId, cut.name);
  const shown = card(popup, cut.name);
  // cut.test lies in the test list's stand-in for a Cloudflare range, cut since 2025-06-09.
  expect(shown).toMatchObject({ kind: 'http-cut', cause: 'collateral', mechanism: 'throttle', confidence: 'high' });
  expect(shown.text).toContain('NS_ERROR_NET_RESET');
  expect(shown.text).toContain('hosted at Cloudflare, and since 2025-06-09');
  expect(popup.cards.map((c) => c.host)).not.toContain(frozen.name);

  await new Promise((resolve) => setTimeout(resolve, frozenSince + STALL_AFTER_MS + 500 - Date.now()));
  const later = await firefox.popup(tabId, frozen.name);
  expect(card(later, frozen.name)).toMatchObject({ kind: 'http-stall', cause: 'collateral', mechanism: 'throttle', confidence: 'medium' });
  expect(later.cards.map((c) => c.host)).not.toContain(small.name);
});
