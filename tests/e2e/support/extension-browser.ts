// Starts Chromium with the built extension and the test hosts' servers, and reads what the
// extension shows: the tab's stored findings, its badge, its popup. State is read through an
// extension page (the probe), not the worker, so reading works while the worker is stopped and
// never wakes it. Debian's Chromium (156) loads the unpacked build with --load-extension in its
// (new) headless mode; no other flag is needed for that.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '@blocklens/vocabulary';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import type { TabFindings } from '../../../lib/findings/tab-findings';
import { badgeOf, sessionBytesInUse, storedSession, storedTabFindings, tabIdOf, type Badge, type ProbeEvaluate } from './extension-state';
import { hostResolverRules } from './hosts';
import { resetSites, startSites, stopSites, type Sites } from './sites';

// The extension pages' global, as seen by functions sent to the probe with evaluate().
declare const chrome: typeof Browser;

export interface TestTab {
  page: Page;
  tabId: number;
}

export type { Badge };

/** A service worker's state as DevTools reports it. */
type WorkerStatus = 'stopped' | 'starting' | 'running' | 'stopping';

const WAIT_MS = 10_000;

export interface LaunchOptions {
  /** The browser's language, and so the extension's messages: a Chromium locale such as `en-US`, `ru`, `fa`. */
  lang?: string;
  /**
   * Origins (`host:port`) Chromium must reach over QUIC alone, with no fallback to TCP; QUIC is off
   * otherwise, so that no test depends on it.
   */
  forceQuicOn?: readonly string[];
  /**
   * The SHA-256 hashes (base64) of server keys whose certificates Chromium is to take as valid: a
   * test site's, issued by a throwaway authority Chromium does not know.
   */
  trustedKeys?: readonly string[];
}

export class ExtensionBrowser {
  private blankPages = 0;
  /** The tabs the harness opened (test tabs and popups), closed by reset(). */
  private readonly openedTabs = new Set<number>();
  private workerVersion: { id: string; status: WorkerStatus } | null = null;
  /** How often the worker entered each state: a stop and a restart can pass between two polls. */
  private readonly workerEntered: Record<WorkerStatus, number> = { stopped: 0, starting: 0, running: 0, stopping: 0 };
  /**
   * Runs a function in the probe (shared readers in extension-state.ts). Playwright types the
   * argument through its own Unboxed<>, which no generic caller can name, hence the cast.
   */
  private readonly evaluate: ProbeEvaluate = (fn, arg) => this.probe.evaluate(fn as never, arg);

  private constructor(
    readonly context: BrowserContext,
    readonly extensionId: string,
    readonly sites: Sites,
    private readonly userDataDir: string,
    private readonly probe: Page,
    private readonly devtools: CDPSession,
    private readonly extensionPath: string,
    private readonly options: LaunchOptions,
  ) {
    devtools.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const version of versions) {
        if (!version.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) continue;
        if (this.workerVersion?.status !== version.runningStatus) this.workerEntered[version.runningStatus]++;
        this.workerVersion = { id: version.versionId, status: version.runningStatus };
      }
    });
  }

  static async launch(extensionPath: string, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
    const sites = await startSites();
    const userDataDir = await mkdtemp(join(tmpdir(), 'blocklens-e2e-'));
    return ExtensionBrowser.start(extensionPath, options, sites, userDataDir);
  }

  private static async start(
    extensionPath: string,
    options: LaunchOptions,
    sites: Sites,
    userDataDir: string,
  ): Promise<ExtensionBrowser> {
    const { lang = 'en-US', forceQuicOn = [], trustedKeys = [] } = options;
    const trust = trustedKeys.length > 0 ? [`--ignore-certificate-errors-spki-list=${trustedKeys.join(',')}`] : [];
    const quic = forceQuicOn.length > 0 ? ['--enable-quic', `--origin-to-force-quic-on=${forceQuicOn.join(',')}`] : ['--disable-quic'];
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      headless: true,
      // Chromium on Linux takes its language from the environment as well as from --lang.
      env: { ...process.env, LANG: `${lang.replace('-', '_')}.UTF-8`, LANGUAGE: lang.replace('-', '_') },
      args: [
        `--disable-extensions-except=${extensionPath}`,
        `--load-extension=${extensionPath}`,
        `--host-resolver-rules=${hostResolverRules()}`,
        '--no-sandbox',
        '--disable-gpu',
        ...quic,
        ...trust,
        // Chromium reloads a failed page by itself about a second later; that fresh navigation
        // would start the tab's findings afresh in the middle of a scenario.
        '--disable-auto-reload',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--lang=${lang}`,
      ],
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: WAIT_MS }));
    // An evaluation runs once the worker's script has run to its end, where every listener is
    // registered: requests made before that reach no listener.
    await worker.evaluate(() => true);
    const extensionId = new URL(worker.url()).host;
    // Any page of the extension's origin has its APIs; the manifest needs no entrypoint to exist.
    const probe = context.pages()[0] ?? (await context.newPage());
    await probe.goto(`chrome-extension://${extensionId}/manifest.json`);
    const devtools = await context.newCDPSession(probe);
    const browser = new ExtensionBrowser(context, extensionId, sites, userDataDir, probe, devtools, extensionPath, options);
    await devtools.send('ServiceWorker.enable');
    return browser;
  }

  /** A new tab showing a blank page of its own, and its id in the extension's eyes. */
  async openTab(): Promise<TestTab> {
    const page = await this.context.newPage();
    const url = this.sites.pages.url(`/blank?tab=${++this.blankPages}`);
    await page.goto(url);
    const tabId = await tabIdOf(this.evaluate, url);
    if (tabId < 0) throw new Error(`no tab found with ${url}`);
    this.openedTabs.add(tabId);
    return { page, tabId };
  }

  /** The tab's record in storage.session, as the worker wrote it. */
  async tabFindings(tabId: number): Promise<TabFindings | undefined> {
    return storedTabFindings(this.evaluate, tabId);
  }

  /** Everything the extension keeps in storage.session, and its size in bytes. */
  async session(): Promise<{ items: Record<string, unknown>; bytes: number }> {
    return storedSession(this.evaluate);
  }

  /** The bytes storage.session holds, as the browser counts them against its quota. */
  async sessionBytes(): Promise<number> {
    return sessionBytesInUse(this.evaluate);
  }

  /** Waits until the tab's stored findings satisfy `ready`, and returns them. */
  async waitForFindings(
    tabId: number,
    ready: (record: TabFindings | undefined) => boolean,
  ): Promise<TabFindings | undefined> {
    return this.waitFor(() => this.tabFindings(tabId), ready, `tab ${tabId}'s stored findings`);
  }

  /** Waits until the worker has stored a finding for `host` on the tab, and returns it. */
  async waitForFinding(tabId: number, host: string): Promise<Finding> {
    const record = await this.waitForFindings(tabId, (r) => r?.findings.some((f) => f.host === host) ?? false);
    return record!.findings.find((f) => f.host === host)!;
  }

  async badge(tabId: number): Promise<Badge> {
    return badgeOf(this.evaluate, tabId);
  }

  /** The popup for a tab, opened once the worker has stored a finding for `host`. */
  async popupWith(tabId: number, host: string): Promise<Page> {
    await this.waitForFinding(tabId, host);
    return this.popup(tabId);
  }

  /** The popup for a tab, opened as a page, once it has rendered its verdict. */
  async popup(tabId: number, timeout = WAIT_MS): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(`chrome-extension://${this.extensionId}/popup.html?tabId=${tabId}`);
    this.openedTabs.add(await page.evaluate(async () => (await chrome.tabs.getCurrent())?.id ?? -1));
    await page.locator('[data-verdict]').waitFor({ timeout });
    return page;
  }

  /**
   * Stops the extension's service worker, as Chromium does when it is idle, and waits until it has.
   * An event already queued for the worker may start it again at once: that is a restart too.
   * Returns how many times the worker had started before this stop.
   */
  async stopWorker(): Promise<number> {
    const version = await this.waitFor(
      async () => this.workerVersion,
      (v) => v?.status === 'running',
      'a running worker',
    );
    const stops = this.workerEntered.stopped;
    const starts = this.workerEntered.running;
    await this.devtools.send('ServiceWorker.stopWorker', { versionId: version!.id });
    await this.waitFor(async () => this.workerEntered.stopped, (n) => n > stops, 'the worker to stop');
    return starts;
  }

  /** Waits until the worker has started more than `starts` times. */
  async waitForWorkerStart(starts: number): Promise<void> {
    await this.waitFor(async () => this.workerEntered.running, (n) => n > starts, 'the worker to start again');
  }

  /** Every server answers 200 again and every tab the harness opened is closed. */
  async reset(): Promise<void> {
    resetSites(this.sites);
    // Through the tabs API: Playwright's page.close() of the error page for a public name that does
    // not resolve (example.org here) sometimes never returns.
    await this.probe.evaluate(async (opened) => {
      const open = (await chrome.tabs.query({})).map((tab) => tab.id);
      await chrome.tabs.remove(opened.filter((id) => open.includes(id)));
    }, [...this.openedTabs]);
    this.openedTabs.clear();
  }

  /**
   * Closes Chromium and launches it again on the same profile (user-data dir), as a person who quits
   * and reopens the browser: what the extension kept (storage.local, IndexedDB) is still there, and
   * the test hosts' servers keep running. This object is done with; use the one returned.
   */
  async restart(): Promise<ExtensionBrowser> {
    await this.context.close();
    return ExtensionBrowser.start(this.extensionPath, this.options, this.sites, this.userDataDir);
  }

  async close(): Promise<void> {
    await this.context.close();
    await stopSites(this.sites);
    await rm(this.userDataDir, { recursive: true, force: true });
  }

  private async waitFor<T>(read: () => Promise<T>, ready: (value: T) => boolean, what: string): Promise<T> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const value = await read();
      if (ready(value)) return value;
      if (Date.now() > deadline) {
        throw new Error(`gave up waiting for ${what}; last seen: ${JSON.stringify(value, null, 2)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
