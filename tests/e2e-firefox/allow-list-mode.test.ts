// A network restricted to an allow list, in Firefox ESR: servers that accept the TCP connection and
// never answer the TLS ClientHello. Firefox keeps waiting: no webRequest error comes, not after its
// network.http.tls-handshake-timeout (30 s) nor within six minutes (measured by hand, README
// "Allow-list networks"), so no finding is made and nothing can be judged from errors. This test
// keeps that fact in view: should a Firefox start to give up on such handshakes, it fails.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SILENT_HOSTS } from '../e2e/support/hosts';
import { SilentServer } from '../e2e/support/silent-server';
import { FirefoxBrowser } from './support/firefox-browser';

/** Past Firefox's network.http.tls-handshake-timeout of 30 s. */
const WAIT_MS = 33_000;

describe('Firefox ESR and TLS handshakes that get no answer', () => {
  const keys = ['hangA', 'hangB', 'hangC', 'hangD'] as const;
  let servers: SilentServer[];
  let firefox: FirefoxBrowser;

  beforeAll(async () => {
    servers = await Promise.all(keys.map((key) => SilentServer.start(SILENT_HOSTS[key].address)));
    firefox = await FirefoxBrowser.launch(inject('firefoxExtensionPath'), { hosts: Object.values(SILENT_HOSTS) });
  });
  afterAll(async () => {
    await firefox?.close();
    await Promise.all((servers ?? []).map((server) => server.stop()));
  });

  it('are still waited on after 33 s, with no error for webRequest to report', { timeout: WAIT_MS + 30_000 }, async () => {
    const { page, tabId } = await firefox.openTab();
    await addImages(
      page,
      keys.map((key, i) => servers[i]!.url(SILENT_HOSTS[key].name, '/pixel.png')),
    );
    await new Promise((resolve) => setTimeout(resolve, WAIT_MS));
    for (const server of servers) {
      expect(server.accepted).toBeGreaterThan(0);
      expect(server.open).toBeGreaterThan(0);
    }
    const hosts: string[] = keys.map((key) => SILENT_HOSTS[key].name);
    const findings = (await firefox.tabFindings(tabId))?.findings ?? [];
    expect(findings.filter((f) => hosts.includes(f.host))).toEqual([]);
  });
});

function addImages(page: Page, urls: string[]): Promise<void> {
  return page.evaluate((all: string[]) => {
    for (const url of all) {
      const image = document.createElement('img');
      image.src = url;
      document.body.append(image);
    }
  }, urls);
}
