// List updates in Firefox ESR against a loopback list channel, the scenarios of tests/e2e/list-updates
// in Chromium: an add-on built with the channel's URL and a key made for this run, installed for good
// in a profile of this run's own. Turning updates on brings channel version 1, whose host only it
// lists is explained as listed; "check now" brings a 304, then version 2 by a patch; a changed patch,
// another key, a 503 and a rollback (the same key's channel started over) change nothing and are
// shown; version 2 survives the event page being stopped and Firefox being quit and started again on
// the same profile with the channel down.
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
  /** The folder the server serves: the channel, or another one standing in for it. */
  let served: string;
  /** The dates the bundled list and version 2 carry, as the options page showed them. */
  let dateOfBundled: string | null;
  let dateOfVersion2: string | null;
  let server: ChannelServer;
  let firefox: FirefoxBrowser;
  let options: Page;

  const publish = (version: number, extra: string[], into = channel, key = join(dir, 'keys/list-key.private')) =>
    publishPlain(dir, version, extra, into, key);
  /** An attribute of the options page's list updates section, or null while it is not shown. */
  const marker = (selector: string, attribute: string) =>
    options
      .$eval(`section.list-updates ${selector}`, (element, name) => element.getAttribute(name), attribute)
      .catch(() => null);
  const versionInUse = () => marker('[data-list-version]', 'data-list-version');
  const dateInUse = () => marker('[data-list-version]', 'data-list-date');
  const sectionText = () => options.$eval('section.list-updates', (element) => (element as HTMLElement).innerText);
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
    return { verdict: popup.verdict, version: popup.list.version, name: popup.list.name, date: popup.list.date };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'blocklens-e2e-firefox-lists-'));
    channel = join(dir, 'channel');
    lists('keygen', '--out', join(dir, 'keys'));
    lists('keygen', '--out', join(dir, 'other-keys'));
    publish(1, [V1_ONLY]);
    served = channel;
    server = new ChannelServer(() => served);
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
      profile: join(dir, 'profile'),
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
    dateOfBundled = await dateInUse();
    expect(dateOfBundled).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(server.requests).toEqual([]);
    await options.click('#lists-updates');
    await expect.poll(versionInUse, POLL).toBe('1');
    // Turning on checks once in the background; the page's own "check now" may follow with a 304.
    expect(server.requests.slice(0, 2)).toEqual(['manifest.json', 'snapshot-1.bin']);
    expect(server.requests.slice(2).every((path) => path === 'manifest.json')).toBe(true);
    expect(await marker('[data-list-version]', 'data-list-name')).toBe('live');
    expect(await listedByPopup(V1_ONLY)).toEqual({ verdict: 'listed', version: '1', name: 'live', date: await dateInUse() });
  });

  it('takes version 2 by a patch on "check now", after a 304 while nothing changed', async () => {
    let seen = server.requests.length;
    await checkNow();
    await expect.poll(() => server.requests.length, POLL).toBeGreaterThan(seen);
    expect(server.requests.slice(seen)).toEqual(['manifest.json']);
    expect(await versionInUse()).toBe('1');
    publish(2, [V2_ONLY]);
    seen = server.requests.length;
    await checkNow();
    await expect.poll(versionInUse, POLL).toBe('2');
    expect(server.requests.slice(seen)).toEqual(['manifest.json', 'patch-1-2.bin']);
    // A plain list carries no date of its own: the marker follows the list in use, not the bundled one.
    dateOfVersion2 = await dateInUse();
    expect(dateOfVersion2).not.toBe(dateOfBundled);
    expect(await listedByPopup(V2_ONLY)).toEqual({ verdict: 'listed', version: '2', name: 'live', date: dateOfVersion2 });
  });

  it('changes nothing for a changed patch, another key or a 503, and shows the error', async () => {
    publish(3, [V2_ONLY, 'v3-only.example']);
    expect(channelVersion(channel)).toBe(3);
    server.fault = changedPatch(channel);
    await checkNow();
    await expect.poll(shownError, POLL).toBe('file');
    expect(server.requests).toContain('patch-2-3.bin');
    expect(await versionInUse()).toBe('2');

    const forged = join(dir, 'forged');
    publish(11, [V1_ONLY], forged, join(dir, 'other-keys/list-key.private'));
    server.fault = (path) => (path === 'manifest.json' ? { status: 200, body: readFileSync(join(forged, path)) } : null);
    await checkNow();
    await expect.poll(shownError, POLL).toBe('signature');
    expect(await versionInUse()).toBe('2');

    server.fault = () => ({ status: 503, body: Buffer.from('busy') });
    await checkNow();
    await expect.poll(shownError, POLL).toBe('status');
    expect(await versionInUse()).toBe('2');
    expect(await sectionText()).toContain('The last check failed; the list in use did not change');
    server.fault = null;
    expect(await dateInUse()).toBe(dateOfVersion2);
    expect(await listedByPopup(V2_ONLY)).toEqual({ verdict: 'listed', version: '2', name: 'live', date: dateOfVersion2 });
  });

  it('keeps version 2 when the background (event page) is stopped and started again', async () => {
    await firefox.stopBackground();
    // The failed request is what starts the page again (a listener Firefox kept for it): the
    // popup opens only once the background has recorded the failure.
    expect(await listedByPopup(V2_ONLY)).toEqual({ verdict: 'listed', version: '2', name: 'live', date: dateOfVersion2 });
    expect(await firefox.backgroundState()).toBe('running');
    const { page, tabId } = await firefox.openTab();
    await page.goto(`http://${V1_ONLY}/`).catch(() => undefined);
    const popup = await firefox.popup(tabId, V1_ONLY);
    expect(popup.verdict).not.toBe('listed');
  });

  it('refuses an older version from the same key (a rollback), changes nothing and shows the error', async () => {
    const restarted = join(dir, 'restarted');
    publish(21, [V1_ONLY], restarted);
    expect(channelVersion(restarted)).toBe(1);
    served = restarted;
    const seen = server.requests.length;
    await checkNow();
    await expect.poll(shownError, POLL).toBe('rollback');
    expect(server.requests.slice(seen)).toEqual(['manifest.json']);
    expect(await versionInUse()).toBe('2');
    expect(await dateInUse()).toBe(dateOfVersion2);
    expect(await sectionText()).toContain('The last check failed; the list in use did not change');
    expect(await listedByPopup(V2_ONLY)).toEqual({ verdict: 'listed', version: '2', name: 'live', date: dateOfVersion2 });
    served = channel;
  });

  it('keeps version 2 when Firefox is quit and started again on the same profile, even with the channel down', async () => {
    server.fault = () => ({ status: 503, body: Buffer.from('busy') });
    const seen = server.requests.length;
    firefox = await firefox.restart();
    expect(await listedByPopup(V2_ONLY)).toEqual({ verdict: 'listed', version: '2', name: 'live', date: dateOfVersion2 });
    options = await firefox.addonPage('/options.html');
    await expect.poll(versionInUse, POLL).toBe('2');
    expect(await dateInUse()).toBe(dateOfVersion2);
    expect(await options.$eval('#lists-updates', (input) => (input as HTMLInputElement).checked)).toBe(true);
    // The check at browser start asked the channel and got the 503: version 2 came from IndexedDB.
    await expect.poll(() => server.requests.slice(seen), POLL).toContain('manifest.json');
    await expect.poll(shownError, POLL).toBe('status');
    expect(await versionInUse()).toBe('2');
    server.fault = null;
  });

  it('sent no cookie, referrer or origin with any request to the channel (PRIVACY.md)', () => {
    expect(server.requests).toEqual(expect.arrayContaining(['manifest.json', 'snapshot-1.bin', 'patch-1-2.bin']));
    expect(server.telling).toEqual([]);
  });
});
