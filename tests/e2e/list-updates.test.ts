// List updates in a real Chromium against a loopback list channel (lists.md): a build given the
// channel's URL and a key made for this run; the channel published with `npm run lists`, served with
// ETags, and damaged on demand. Turning updates on brings version 1, "check now" version 2 by a
// patch; a changed file, another key, a 503 and a rollback (the same key's channel started over)
// change nothing and are shown; a restarted worker and a restarted browser keep version 2.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestExtension } from './support/build-test-extension';
import { ExtensionBrowser } from './support/extension-browser';
import { changedPatch, channelVersion, ChannelServer, lists, publishPlain } from './support/list-channel';
import { navigateToFailure } from './support/navigate';
import { shownVerdict } from './support/popup';

const V1_ONLY = 'v1-only.blocklens-e2e-lists.test';
const V2_ONLY = 'v2-only.blocklens-e2e-lists.test';

describe('list updates from a loopback channel', () => {
  let dir: string;
  let channel: string;
  /** The folder the server serves: the channel, or another one standing in for it. */
  let served: string;
  let server: ChannelServer;
  let browser: ExtensionBrowser;
  let options: Page;
  /** The dates the bundled list and version 2 carry, as the options page showed them. */
  let dateOfBundled: string | null;
  let dateOfVersion2: string | null;

  const publish = (version: number, extra: string[], into = channel, key = join(dir, 'keys/list-key.private')) =>
    publishPlain(dir, version, extra, into, key);
  const manifestVersion = () => channelVersion(channel);
  const section = () => options.locator('section.list-updates');
  const versionInUse = () => section().locator('[data-list-version]').getAttribute('data-list-version');
  const dateInUse = () => section().locator('[data-list-version]').getAttribute('data-list-date');
  const shownError = () => section().locator('[data-list-error]').getAttribute('data-list-error');
  const checkNow = async () => {
    const button = section().getByRole('button', { name: 'Check now' });
    await expect.poll(() => button.isEnabled()).toBe(true);
    await button.click();
    await expect.poll(() => button.isEnabled()).toBe(true);
  };
  /** The popup's footer for a tab whose listed host failed, and what it says of that host. */
  const listedByPopup = async (host: string) => {
    const { page, tabId } = await browser.openTab();
    expect(await navigateToFailure(page, `http://${host}/`)).toBe('net::ERR_NAME_NOT_RESOLVED');
    const popup = await browser.popupWith(tabId, host);
    const footer = popup.locator('footer [data-list-version]');
    return {
      verdict: (await shownVerdict(popup)).verdict,
      version: await footer.getAttribute('data-list-version'),
      name: await footer.getAttribute('data-list-name'),
      date: await footer.getAttribute('data-list-date'),
    };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'blocklens-e2e-lists-'));
    channel = join(dir, 'channel');
    lists('keygen', '--out', join(dir, 'keys'));
    lists('keygen', '--out', join(dir, 'other-keys'));
    publish(1, [V1_ONLY]);
    served = channel;
    server = new ChannelServer(() => served);
    const url = await server.start();
    const extensionPath = await buildTestExtension('chrome', 'tests/e2e/.artifacts/list-updates', {
      LIST_CHANNEL_URL: url,
      LIST_PUBLIC_KEY: readFileSync(join(dir, 'keys/list-key.public'), 'utf8').trim(),
    });
    browser = await ExtensionBrowser.launch(extensionPath);
    options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('fetches nothing while off; turned on, puts channel version 1 in use and explains a host only it lists', async () => {
    await expect.poll(versionInUse).toBe('bundled');
    dateOfBundled = await dateInUse();
    expect(dateOfBundled).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(server.requests).toEqual([]);
    await section().getByLabel('Keep the list up to date').check();
    await expect.poll(versionInUse, { timeout: 30_000 }).toBe('1');
    // Turning on checks once in the worker; the page's own "check now" may follow with a 304.
    expect(server.requests.slice(0, 2)).toEqual(['manifest.json', 'snapshot-1.bin']);
    expect(server.requests.slice(2).every((path) => path === 'manifest.json')).toBe(true);
    expect(await section().locator('[data-list-name]').getAttribute('data-list-name')).toBe('live');
    expect(await listedByPopup(V1_ONLY)).toEqual({ verdict: 'listed', version: '1', name: 'live', date: await dateInUse() });
  });

  it('takes version 2 by a patch on "check now", after a 304 while nothing changed', async () => {
    let seen = server.requests.length;
    await checkNow();
    await expect.poll(() => server.requests.length).toBeGreaterThan(seen);
    expect(server.requests.slice(seen)).toEqual(['manifest.json']);
    publish(2, [V2_ONLY]);
    seen = server.requests.length;
    await checkNow();
    await expect.poll(versionInUse).toBe('2');
    expect(server.requests.slice(seen)).toEqual(['manifest.json', 'patch-1-2.bin']);
    // A plain list carries no date of its own: the marker follows the list in use, not the bundled one.
    dateOfVersion2 = await dateInUse();
    expect(dateOfVersion2).not.toBe(dateOfBundled);
    expect(await listedByPopup(V2_ONLY)).toEqual({ verdict: 'listed', version: '2', name: 'live', date: dateOfVersion2 });
  });

  it('changes nothing for a changed patch, another key or a 503, and shows the error', async () => {
    publish(3, [V2_ONLY, 'v3-only.example']);
    expect(manifestVersion()).toBe(3);
    server.fault = changedPatch(channel);
    await checkNow();
    await expect.poll(shownError).toBe('file');
    expect(await versionInUse()).toBe('2');

    const forged = join(dir, 'forged');
    publish(11, [V1_ONLY], forged, join(dir, 'other-keys/list-key.private'));
    server.fault = (path) => (path === 'manifest.json' ? { status: 200, body: readFileSync(join(forged, path)) } : null);
    await checkNow();
    await expect.poll(shownError).toBe('signature');
    expect(await versionInUse()).toBe('2');

    server.fault = () => ({ status: 503, body: Buffer.from('busy') });
    await checkNow();
    await expect.poll(shownError).toBe('status');
    expect(await versionInUse()).toBe('2');
    expect(await section().innerText()).toContain('The last check failed; the list in use did not change');
    expect(await dateInUse()).toBe(dateOfVersion2);
    server.fault = null;
  });

  it('keeps version 2 when the worker restarts', async () => {
    await browser.stopWorker();
    expect(await listedByPopup(V2_ONLY)).toEqual({ verdict: 'listed', version: '2', name: 'live', date: dateOfVersion2 });
    const { page, tabId } = await browser.openTab();
    expect(await navigateToFailure(page, `http://${V1_ONLY}/`)).toBe('net::ERR_NAME_NOT_RESOLVED');
    const popup = await browser.popupWith(tabId, V1_ONLY);
    expect((await shownVerdict(popup)).verdict).not.toBe('listed');
  });

  it('refuses an older version from the same key (a rollback), changes nothing and shows the error', async () => {
    const restarted = join(dir, 'restarted');
    publish(21, [V1_ONLY], restarted);
    expect(channelVersion(restarted)).toBe(1);
    served = restarted;
    const seen = server.requests.length;
    await checkNow();
    await expect.poll(shownError).toBe('rollback');
    expect(server.requests.slice(seen)).toEqual(['manifest.json']);
    expect(await versionInUse()).toBe('2');
    expect(await dateInUse()).toBe(dateOfVersion2);
    expect(await section().innerText()).toContain('The last check failed; the list in use did not change');
    expect(await listedByPopup(V2_ONLY)).toEqual({ verdict: 'listed', version: '2', name: 'live', date: dateOfVersion2 });
    served = channel;
  });

  it('keeps version 2 when the browser restarts, even with the channel down', async () => {
    server.fault = () => ({ status: 503, body: Buffer.from('busy') });
    browser = await browser.restart();
    expect(await listedByPopup(V2_ONLY)).toEqual({ verdict: 'listed', version: '2', name: 'live', date: dateOfVersion2 });
    options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(versionInUse).toBe('2');
    expect(await dateInUse()).toBe(dateOfVersion2);
    expect(await section().locator('#lists-updates').isChecked()).toBe(true);
    server.fault = null;
  });

  it('sent no cookie, referrer or origin with any request to the channel (PRIVACY.md)', () => {
    expect(server.requests).toEqual(expect.arrayContaining(['manifest.json', 'snapshot-1.bin', 'patch-1-2.bin']));
    expect(server.telling).toEqual([]);
  });
});
