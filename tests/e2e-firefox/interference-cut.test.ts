// A transfer cut after 16 KB in Firefox ESR (issue 15): Firefox reports the reset of a response that
// had started as NS_ERROR_NET_RESET, the name it gives a reset before any answer too; Blocklens knows
// the response had started, so it is an http-cut. A small image beside it loads and gives no finding.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { card, FirefoxBrowser } from './support/firefox-browser';

let firefox: FirefoxBrowser;
beforeAll(async () => {
  firefox = await FirefoxBrowser.launch(inject('firefoxExtensionPath'));
});
afterAll(async () => {
  await firefox?.close();
});

it("an image reset after 16 KB: http-cut, with Firefox's error; the small image beside it nothing", async () => {
  const { page, tabId } = await firefox.openTab();
  const { pages, cut, small } = firefox.sites;
  cut.server.set({ type: 'cut', then: 'reset' });
  pages.server.page('/cut-parts', `<!doctype html><title>parts</title><img src="${cut.url('/photo.png')}"><img src="${small.url('/logo.png')}">`);
  await page.goto(pages.url('/cut-parts'));
  const popup = await firefox.popup(tabId, cut.name);
  const shown = card(popup, cut.name);
  expect(shown.kind).toBe('http-cut');
  expect(shown.text).toContain('NS_ERROR_NET_RESET');
  expect(popup.cards.map((c) => c.host)).not.toContain(small.name);
});
