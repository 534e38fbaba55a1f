// List updates in Firefox ESR against a loopback list channel, as tests/e2e/list-updates does in
// Chromium: an add-on built with the channel's URL and a key made for this run. Turning updates on
// brings channel version 1, whose host only it lists is explained as listed; "check now" brings
// version 2 by a patch; a changed patch changes nothing and is shown.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildTestExtension } from '../e2e/support/build-test-extension';
import { changedPatch, channelVersion, ChannelServer, lists, publishPlain } from '../e2e/support/list-channel';
import { FirefoxBrowser } from './support/firefox-browser';

const V1_ONLY = 'v1-only.blocklens-e2e-lists.test';
const V2_ONLY = 'v2-only.blocklens-e2e-lists.test';
const POLL = { timeout: 30_000, interval: 200 };

describe('list updates in Firefox ESR', () => {
  let dir: string;
  let channel: string;
  let server: ChannelServer;
  let firefox: FirefoxBrowser;
  let options: Page;

  const publish = (version: number, extra: string[]) => publishPlain(dir, version, extra, channel, join(dir, 'keys/list-key.private'));
  /** An attribute of the options page's list updates section, or null while it is not shown. */
  const marker = (selector: string, attribute: string) =>
    options
      .$eval(`section.list-updates ${selector}`, (element, name) => element.getAttribute(name), attribute)
      .catch(() => null);
  const versionInUse = () => marker('[data-list-version]', 'data-list-version');
  const shownError = () => marker('[data-list-error]', 'data-list-error');
  const checkNowEnabled = () => options.$eval('#lists-check-now', (button) => !(button as HTMLButtonElement).disabled).catch(() => false);
  const checkNow = async () => {
    await expect.poll(checkNowEnabled, POLL).toBe(true);
    await options.click('#lists-check-now');
    await expect.poll(checkNowEnabled, POLL).toBe(true);
  };
  /** What the popup says of a listed host that failed to resolve, and the list its footer names. */
  const listedByPopup = async (host: string) => {
    const { page, tabId } = await firefox.openTab();
    await page.goto(`http://${host}/`).then(
      () => {
        throw new Error(`${host} loaded, but it must not resolve`);
      },
      (error: Error) => expect(error.message).toContain('NS_ERROR_UNKNOWN_HOST'),
    );
    const popup = await firefox.popup(tabId, host);
    return { verdict: popup.verdict, ...popup.list };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'blocklens-e2e-firefox-lists-'));
    channel = join(dir, 'channel');
    lists('keygen', '--out', join(dir, 'keys'));
    publish(1, [V1_ONLY]);
    server = new ChannelServer(() => channel);
    const url = await server.start();
    const extensionPath = await buildTestExtension('firefox', 'tests/e2e/.artifacts/firefox-list-updates', {
      LIST_CHANNEL_URL: url,
      LIST_PUBLIC_KEY: readFileSync(join(dir, 'keys/list-key.public'), 'utf8').trim(),
    });
    firefox = await FirefoxBrowser.launch(extensionPath, {
      hosts: [
        { name: V1_ONLY, address: null },
        { name: V2_ONLY, address: null },
      ],
    });
    options = await firefox.addonPage('/options.html');
  });
  afterEach(async () => {
    await firefox?.reset();
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('fetches nothing while off; turned on, puts channel version 1 in use and explains a host only it lists', async () => {
    await expect.poll(versionInUse, POLL).toBe('bundled');
    expect(server.requests).toEqual([]);
    await options.click('#lists-updates');
    await expect.poll(versionInUse, POLL).toBe('1');
    expect(server.requests.slice(0, 2)).toEqual(['manifest.json', 'snapshot-1.bin']);
    expect(await listedByPopup(V1_ONLY)).toEqual({ verdict: 'listed', version: '1', name: 'live' });
  });

  it('takes version 2 by a patch on "check now"', async () => {
    publish(2, [V2_ONLY]);
    const seen = server.requests.length;
    await checkNow();
    await expect.poll(versionInUse, POLL).toBe('2');
    expect(server.requests.slice(seen).filter((path) => path !== 'manifest.json')).toEqual(['patch-1-2.bin']);
    expect(await listedByPopup(V2_ONLY)).toEqual({ verdict: 'listed', version: '2', name: 'live' });
  });

  it('changes nothing for a changed patch, and shows the error', async () => {
    publish(3, [V2_ONLY, 'v3-only.example']);
    expect(channelVersion(channel)).toBe(3);
    server.fault = changedPatch(channel);
    await checkNow();
    await expect.poll(shownError, POLL).toBe('file');
    expect(await versionInUse()).toBe('2');
    expect(server.requests).toContain('patch-2-3.bin');
    server.fault = null;
    expect(await listedByPopup(V2_ONLY)).toEqual({ verdict: 'listed', version: '2', name: 'live' });
  });
});
