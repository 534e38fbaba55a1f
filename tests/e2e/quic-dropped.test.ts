// QUIC to foreign hosting networks is dropped in Russia (issue 15). A browser that may fall back to
// TCP does so silently, and nothing reaches webRequest; one that must use QUIC for an origin (here
// Chromium told so by --origin-to-force-quic-on) gives up after about 4 s with
// ERR_QUIC_PROTOCOL_ERROR when every datagram is swallowed (measured in Chromium 156: 6 datagrams
// sent, none answered). On the test list's stand-in for Cloudflare, whose address the host showed
// over TCP before, that is QUIC dropped on a network cut as a whole.
import { createSocket } from 'node:dgram';
import { afterAll, expect, it } from 'vitest';
import { HOSTS } from './support/hosts';
import { fetchFrom } from './support/page-requests';
import { shownFinding } from './support/popup';
import { useExtensionBrowser } from './support/use-extension-browser';

// The swallowing UDP port must be known before the browser starts: it is in the browser's flags.
const swallower = createSocket('udp4');
let swallowed = 0;
swallower.on('message', () => swallowed++);
await new Promise<void>((resolve) => swallower.bind(0, HOSTS.quic.address, resolve));
const quicPort = swallower.address().port;
afterAll(() => swallower.close());

const session = useExtensionBrowser({ forceQuicOn: [`${HOSTS.quic.name}:${quicPort}`] });

it('QUIC whose datagrams are swallowed, on a network cut as a whole: suspected, dpi, medium, saying QUIC is dropped', async () => {
  const browser = session();
  const { quic } = browser.sites;
  const { page, tabId } = await browser.openTab();
  // Over TCP first (another port, so no QUIC is forced): the worker learns the host's address.
  await page.goto(quic.url('/'));
  await fetchFrom(page, [`https://${quic.name}:${quicPort}/data.json`]);
  const finding = await browser.waitForFinding(tabId, quic.name);
  expect(finding).toMatchObject({ kinds: { 'quic-failure': 1 }, errors: ['net::ERR_QUIC_PROTOCOL_ERROR'] });
  expect(swallowed).toBeGreaterThan(0);
  const popup = await browser.popup(tabId);
  const shown = await shownFinding(popup, quic.name);
  expect(shown).toMatchObject({ kind: 'quic-failure', cause: 'suspected', mechanism: 'dpi', confidence: 'medium' });
  expect(shown.text).toContain('QUIC (HTTP/3) to foreign hosting networks is dropped');
});
