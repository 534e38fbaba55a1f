// A transfer cut after 16 KB over HTTP/2 in Firefox ESR (issue 15). Firefox fires no headers event
// for the streams a cut HTTP/2 connection carried and ends them with NS_ERROR_ABORT, the code it
// gives a request an extension blocked before it went out (README, "Cut and stalled transfers").
// A stream that had gone out and waited for its answer is no extension's doing: it is a broken
// connection (a reset, suspected), not "blocked on this device".
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { H2Site } from '../e2e/support/h2-site';
import { HOSTS } from '../e2e/support/hosts';
import { TransferCutter } from '../e2e/support/transfer-cutter';
import { card, FirefoxBrowser } from './support/firefox-browser';
import { TestAuthority } from './support/test-certificates';

/** On the test list's stand-in for Cloudflare (127.0.0.48/29, cut since 2025-06-09). */
const H2_CUT = HOSTS.h2cut;

let authority: TestAuthority;
let site: H2Site;
let cutter: TransferCutter;
let firefox: FirefoxBrowser;

beforeAll(async () => {
  authority = TestAuthority.create();
  site = await H2Site.start(H2_CUT.address, authority.issue(H2_CUT.name, 'valid'));
  cutter = await TransferCutter.start(H2_CUT.address, site.port, 'reset');
  firefox = await FirefoxBrowser.launch(inject('firefoxExtensionPath'), { trustedRoots: [authority.rootBase64] });
});
afterAll(async () => {
  await firefox?.close();
  await cutter?.stop();
  await site?.stop();
  authority?.dispose();
});

it('an HTTP/2 image cut after 16 KB (NS_ERROR_ABORT while it waited for its answer) is a broken connection, not an extension block', async () => {
  const { page, tabId } = await firefox.openTab();
  const origin = `https://${H2_CUT.name}:${cutter.port}`;
  // The small answer passes; the large image, asked for once it came, is cut. (The small body is no picture: the page hears of it as an error, webRequest as a 200.)
  const askLarge = `setTimeout(() => { const big = new Image(); big.src = '${origin}/large.png'; document.body.append(big) }, 500)`;
  firefox.sites.pages.server.page(
    '/h2-parts',
    `<!doctype html><title>h2</title><img src="${origin}/small.png" onload="${askLarge}" onerror="${askLarge}">`,
  );
  page.goto(firefox.sites.pages.url('/h2-parts')).catch(() => {});
  const popup = await firefox.popup(tabId, H2_CUT.name);
  const shown = card(popup, H2_CUT.name);
  // Firefox reported no server address with the HTTP/2 answers (measured here: the small image's
  // onCompleted had none), so the network stays unknown: a reset on an unlisted host.
  expect(shown).toMatchObject({ kind: 'tcp-reset', cause: 'suspected', mechanism: 'dpi', confidence: 'low' });
  expect(shown.text).toContain('NS_ERROR_ABORT');
});
