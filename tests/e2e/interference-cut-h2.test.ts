// A transfer cut after 16 KB over HTTP/2 in Chromium (issue 15): an HTTP/2 site over TLS behind a
// front that cuts every connection after 16 KB from the server. Chromium reports the headers of
// the streams in flight (onResponseStarted, with the server's address) and then ends each with
// net::ERR_CONNECTION_RESET (README, "Cut and stalled transfers"): http-cut, on the test list's
// stand-in for Cloudflare, so collateral damage by throttle. The site's certificate comes from a
// throwaway authority; Chromium is told to take its key as valid.
import { createHash, createPublicKey } from 'node:crypto';
import { afterAll, expect, it } from 'vitest';
import { TestAuthority } from '../e2e-firefox/support/test-certificates';
import { H2Site } from './support/h2-site';
import { HOSTS } from './support/hosts';
import { shownFinding } from './support/popup';
import { TransferCutter } from './support/transfer-cutter';
import { useExtensionBrowser } from './support/use-extension-browser';

const H2_CUT = HOSTS.h2cut;

// The certificate's key must be known before the browser starts: it is in the browser's flags.
const authority = TestAuthority.create();
const certificate = authority.issue(H2_CUT.name, 'valid');
const keyHash = createHash('sha256')
  .update(createPublicKey(certificate.cert).export({ type: 'spki', format: 'der' }))
  .digest('base64');
const site = await H2Site.start(H2_CUT.address, certificate);
const cutter = await TransferCutter.start(H2_CUT.address, site.port, 'reset');
afterAll(async () => {
  await cutter.stop();
  await site.stop();
  authority.dispose();
});

const session = useExtensionBrowser({ trustedKeys: [keyHash] });

it('an HTTP/2 image cut after 16 KB is http-cut with the address its answer came from: collateral by throttle on the Cloudflare stand-in', async () => {
  const browser = session();
  const { page, tabId } = await browser.openTab();
  const origin = `https://${H2_CUT.name}:${cutter.port}`;
  // The small answer passes; the large image, asked for once it came, is cut.
  const askLarge = `const big = new Image(); big.src = '${origin}/large.png'; document.body.append(big)`;
  browser.sites.pages.server.page(
    '/h2-parts',
    `<!doctype html><title>h2</title><img src="${origin}/small.png" onload="${askLarge}" onerror="${askLarge}">`,
  );
  await page.goto(browser.sites.pages.url('/h2-parts'));
  const finding = await browser.waitForFinding(tabId, H2_CUT.name);
  expect(finding).toMatchObject({
    kinds: { 'http-cut': 1 },
    errors: ['net::ERR_CONNECTION_RESET'],
    address: { address: H2_CUT.address, source: 'response' },
  });
  const popup = await browser.popup(tabId);
  const shown = await shownFinding(popup, H2_CUT.name);
  expect(shown).toMatchObject({ kind: 'http-cut', cause: 'collateral', mechanism: 'throttle', confidence: 'high' });
  expect(shown.text).toContain('hosted at Cloudflare, and since 2025-06-09');
});
