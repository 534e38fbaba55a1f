// Starts Firefox ESR with the built add-on over WebDriver BiDi (puppeteer-core) and the test hosts'
// servers, and reads what the add-on shows: the tab's stored findings, its badge, its popup. As in
// the Chromium harness, state is read through a page of the add-on (the probe), with the same
// readers (extension-state.ts). Given a profile folder, it installs the add-on as a person would
// (permanently, from a packed .xpi) so that restart() can quit Firefox and start it again on that
// profile; stopBackground() stops the add-on's event page as about:debugging's "Terminate
// background script" does.
import { spawnSync } from 'node:child_process';
import type { Finding } from '@blocklens/vocabulary';
import puppeteer, { type Browser as PuppeteerBrowser, type Page } from 'puppeteer-core';
import { expect, vi } from 'vitest';
import type { TabFindings } from '../../../lib/findings/tab-findings';
import { badgeOf, storedTabFindings, tabIdOf, type Badge, type ProbeEvaluate } from '../../e2e/support/extension-state';
import { HOSTS, type TestHost } from '../../e2e/support/hosts';
import type { ShownFinding } from '../../e2e/support/popup';
import { resetSites, startSites, stopSites, type Sites } from '../../e2e/support/sites';

/** The id in the Firefox manifest (wxt.config.ts). */
const ADDON_ID = 'blocklens@blocklens.org';
/** Fixed through a pref, so the add-on's pages have a known origin. */
const ADDON_UUID = '6f1c2b8e-0d4a-4c39-9b57-2e8a4f3d1c60';
const ORIGIN = `moz-extension://${ADDON_UUID}`;
const WAIT = { timeout: 10_000, interval: 100 };

export interface TestTab {
  page: Page;
  tabId: number;
}

/** A finding's card as the popup shows it; its text includes the opened evidence. */
export interface ShownCard extends ShownFinding {
  host: string | null;
}

export interface ShownPopup {
  verdict: string | null;
  verdictText: string;
  cards: ShownCard[];
  /** The list the popup's footer names (lists.md markers). */
  list: { name: string | null; version: string | null; date: string | null };
}

/** The popup's one card for `host`. */
export function card(popup: ShownPopup, host: string): ShownCard {
  const cards = popup.cards.filter((c) => c.host === host);
  expect(cards, `cards for ${host}`).toHaveLength(1);
  return cards[0]!;
}

/** A connection to the browser's WebDriver BiDi session, which puppeteer keeps to itself. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

export interface LaunchOptions {
  /** The browser's language (intl.locale.requested); its language pack must be installed. */
  locale?: string;
  /** Root certificates (base64 DER) Firefox is to trust for TLS, added to the profile's store. */
  trustedRoots?: readonly string[];
  /** Test hosts beyond HOSTS, resolved the same way. */
  hosts?: readonly TestHost[];
  /**
   * A folder for the Firefox profile, kept across restart() (the caller removes it). The add-on is
   * then packed and installed permanently, unsigned (which ESR allows), so that it stays installed
   * when Firefox quits, as a temporary add-on would not.
   */
  profile?: string;
}

/** The add-on's background as Firefox reports it (Extension.backgroundState). */
export type BackgroundState = 'starting' | 'running' | 'suspending' | 'stopped';

export class FirefoxBrowser {
  private blankPages = 0;
  private readonly opened = new Set<Page>();
  /** Runs a function in the probe (shared readers in extension-state.ts); puppeteer infers from the function. */
  private readonly evaluate: ProbeEvaluate = (fn, arg) => this.probe.evaluate(fn as never, arg);

  private constructor(
    readonly browser: PuppeteerBrowser,
    readonly sites: Sites,
    private readonly probe: Page,
    private readonly extensionPath: string,
    private readonly options: LaunchOptions,
  ) {}

  static async launch(extensionPath: string, options: LaunchOptions = {}): Promise<FirefoxBrowser> {
    return FirefoxBrowser.start(extensionPath, options, await startSites(), true);
  }

  private static async start(extensionPath: string, options: LaunchOptions, sites: Sites, install: boolean): Promise<FirefoxBrowser> {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
      headless: true,
      // Lets BiDi open the add-on's pages and reach the resolver override below.
      args: ['--remote-allow-system-access'],
      ...(options.profile ? { userDataDir: options.profile } : {}),
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
        'intl.locale.requested': options.locale ?? 'en-US',
        // An unsigned add-on installed for good: Firefox ESR honours this, release builds do not.
        ...(options.profile ? { 'xpinstall.signatures.required': false } : {}),
      },
    });
    await mapTestHosts(browser, [...Object.values(HOSTS), ...(options.hosts ?? [])]);
    if (options.locale) await expectLocale(browser, options.locale);
    for (const root of options.trustedRoots ?? []) await trustRoot(browser, root);
    if (install) {
      const id = options.profile ? await installPermanently(browser, extensionPath, options.profile) : await browser.installExtension(extensionPath);
      if (id !== ADDON_ID) throw new Error(`installed ${id}, expected ${ADDON_ID}`);
    }
    const probe = await browser.newPage();
    await openAddonPage(probe, '/popup.html?tabId=-1');
    return new FirefoxBrowser(browser, sites, probe, extensionPath, options);
  }

  /**
   * Quits Firefox and starts it again on the same profile (launched with `profile`), as a person
   * who closes and reopens the browser: the add-on is not installed again but started by Firefox,
   * with what it kept (storage.local, IndexedDB); the test hosts' servers keep running. This object
   * is done with; use the one returned.
   */
  async restart(): Promise<FirefoxBrowser> {
    if (!this.options.profile) throw new Error('restart() needs a browser launched with a profile');
    await this.browser.close();
    return FirefoxBrowser.start(this.extensionPath, this.options, this.sites, false);
  }

  /** The add-on's background: starting, running, suspending or stopped. */
  async backgroundState(): Promise<BackgroundState> {
    return (await inChrome(
      this.browser,
      'read the background state',
      `WebExtensionPolicy.getByID(${JSON.stringify(ADDON_ID)}).extension.backgroundState`,
    )) as BackgroundState;
  }

  /**
   * Stops the add-on's event page as Firefox does when it is idle, and as about:debugging's
   * "Terminate background script" does (Extension.terminateBackground, which Firefox's own tests
   * use), here without waiting for listeners still running. Waits until Firefox has shut the page
   * down (its "shutdown-background-script"): an event already queued may start it again at once,
   * which is a restart too. The next event the page listens to (a failed request, a message from
   * the popup) starts it again, from nothing.
   */
  async stopBackground(): Promise<void> {
    await vi.waitFor(async () => {
      const stopped = await inChrome(
        this.browser,
        'terminate the background',
        `(async () => {
          const extension = WebExtensionPolicy.getByID(${JSON.stringify(ADDON_ID)}).extension;
          // Firefox may have let it go already (idle): start it, to stop it on the next try.
          if (extension.backgroundState !== 'running') {
            await extension.wakeupBackground?.();
            return false;
          }
          let stopped = false;
          const seen = () => (stopped = true);
          extension.on('shutdown-background-script', seen);
          try {
            await extension.terminateBackground({ ignoreDevToolsAttached: true, disableResetIdleForTest: true });
          } finally {
            extension.off('shutdown-background-script', seen);
          }
          return stopped;
        })()`,
        true,
      );
      if (stopped !== true) throw new Error('the background was not running, or Firefox kept it');
    }, WAIT);
  }

  /** A new tab showing a blank page of its own, and its id in the add-on's eyes. */
  async openTab(): Promise<TestTab> {
    const page = await this.track(this.browser.newPage());
    const url = this.sites.pages.url(`/blank?tab=${++this.blankPages}`);
    await page.goto(url);
    const tabId = await tabIdOf(this.evaluate, url);
    if (tabId < 0) throw new Error(`no tab found with ${url}`);
    return { page, tabId };
  }

  /** The tab's record in storage.session, as the background wrote it. */
  async tabFindings(tabId: number): Promise<TabFindings | undefined> {
    return storedTabFindings(this.evaluate, tabId);
  }

  /** Waits until the background has stored a finding for `host` on the tab, and returns it. */
  async waitForFinding(tabId: number, host: string): Promise<Finding> {
    return vi.waitFor(async () => {
      const finding = (await this.tabFindings(tabId))?.findings.find((f) => f.host === host);
      if (!finding) throw new Error(`no finding for ${host} on tab ${tabId} yet`);
      return finding;
    }, WAIT);
  }

  async badge(tabId: number): Promise<Badge> {
    return badgeOf(this.evaluate, tabId);
  }

  /** The popup for a tab, opened as a page once `host` has a finding, every card's evidence open. */
  async popup(tabId: number, host: string): Promise<ShownPopup> {
    await this.waitForFinding(tabId, host);
    const page = await this.track(this.browser.newPage());
    await openAddonPage(page, `/popup.html?tabId=${tabId}`);
    return vi.waitFor(async () => {
      const shown = await page.evaluate(() => {
        for (const summary of document.querySelectorAll<HTMLElement>('[data-host] details:not([open]) > summary')) {
          summary.click();
        }
        const verdict = document.querySelector<HTMLElement>('[data-verdict]');
        const list = document.querySelector<HTMLElement>('footer [data-list-version]');
        return {
          list: {
            name: list?.getAttribute('data-list-name') ?? null,
            version: list?.getAttribute('data-list-version') ?? null,
            date: list?.getAttribute('data-list-date') ?? null,
          },
          verdict: verdict?.getAttribute('data-verdict') ?? null,
          verdictText: verdict?.innerText ?? '',
          evidenceShown: [...document.querySelectorAll('[data-host] details')].every((d) => d.querySelector('dl')),
          cards: [...document.querySelectorAll<HTMLElement>('[data-host]')].map((card) => ({
            host: card.getAttribute('data-host'),
            kind: card.getAttribute('data-kind'),
            cause: card.getAttribute('data-cause'),
            mechanism: card.getAttribute('data-mechanism'),
            confidence: card.getAttribute('data-confidence'),
            text: card.innerText,
          })),
        };
      });
      if (shown.verdict === null || !shown.cards.some((card) => card.host === host) || !shown.evidenceShown) {
        throw new Error(`the popup has not shown ${host} with its evidence yet`);
      }
      return { verdict: shown.verdict, verdictText: shown.verdictText, cards: shown.cards, list: shown.list };
    }, WAIT);
  }

  /** A page of the add-on (such as `/options.html`), loaded; reset() leaves it open. */
  async addonPage(path: string): Promise<Page> {
    const page = await this.browser.newPage();
    await openAddonPage(page, path);
    return page;
  }

  /** Every server answers 200 again and every page a test opened is closed. */
  async reset(): Promise<void> {
    resetSites(this.sites);
    await Promise.all([...this.opened].map((page) => page.close()));
    this.opened.clear();
  }

  async close(): Promise<void> {
    await this.browser.close();
    await stopSites(this.sites);
  }

  private async track(opening: Promise<Page>): Promise<Page> {
    const page = await opening;
    this.opened.add(page);
    page.once('close', () => this.opened.delete(page));
    return page;
  }
}

const bidi = (firefox: PuppeteerBrowser) => (firefox as unknown as { connection: BidiConnection }).connection;

/**
 * Packs the unpacked build into `profile`.xpi and installs it for good (BiDi's moz:permanent, which
 * takes an archive, not a folder). Returns the add-on's id.
 */
async function installPermanently(firefox: PuppeteerBrowser, extensionPath: string, profile: string): Promise<string> {
  const xpi = `${profile.replace(/\/+$/, '')}.xpi`;
  const zip = spawnSync('zip', ['-q', '-r', '-FS', xpi, '.'], { cwd: extensionPath, encoding: 'utf8' });
  if (zip.status !== 0) throw new Error(`could not pack ${extensionPath} into ${xpi}: ${zip.stderr || zip.error}`);
  const { result } = await bidi(firefox).send('webExtension.install', {
    extensionData: { type: 'archivePath', path: xpi },
    'moz:permanent': true,
  });
  return (result as { extension: string }).extension;
}

/**
 * Evaluates `expression` in the browser window's own (privileged) scope over the BiDi session
 * puppeteer holds, and returns its value.
 */
async function inChrome(firefox: PuppeteerBrowser, what: string, expression: string, awaitPromise = false): Promise<unknown> {
  const connection = bidi(firefox);
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
    contexts: { context: string }[];
  };
  const chromeWindow = tree.contexts[0]?.context;
  if (!chromeWindow) throw new Error('Firefox exposed no chrome window over BiDi');
  const evaluated = (
    await connection.send('script.evaluate', { expression, target: { context: chromeWindow }, awaitPromise })
  ).result as { type: string; result?: { value?: unknown } };
  if (evaluated.type !== 'success') throw new Error(`could not ${what}: ${JSON.stringify(evaluated)}`);
  return evaluated.result?.value;
}

/**
 * Firefox's resolver answers every test host with its loopback address, and a host without one with
 * "unknown host", as Chromium's --host-resolver-rules do. The override is a privileged service.
 */
export async function mapTestHosts(firefox: PuppeteerBrowser, hosts: readonly TestHost[]): Promise<void> {
  const mappings = hosts.map((host) => [host.name, host.address ?? 'N/A']);
  await inChrome(
    firefox,
    'map the test hosts',
    `(() => {
      const override = Cc['@mozilla.org/network/native-dns-override;1'].getService(Ci.nsINativeDNSResolverOverride);
      for (const [name, address] of ${JSON.stringify(mappings)}) override.addIPOverride(name, address);
      return true;
    })()`,
  );
}

/** Fails unless Firefox runs in `locale`: without its language pack it falls back to English quietly. */
async function expectLocale(firefox: PuppeteerBrowser, locale: string): Promise<void> {
  const running = await inChrome(firefox, 'read the locale', 'Services.locale.appLocaleAsBCP47');
  if (running !== locale) {
    throw new Error(`Firefox runs in ${String(running)}, not ${locale}: is its language pack installed (Debian: firefox-esr-l10n-${locale})?`);
  }
}

/** Trusts a root certificate for TLS servers ("C,,"), in the test profile's store only. */
export async function trustRoot(firefox: PuppeteerBrowser, base64Der: string): Promise<void> {
  await inChrome(
    firefox,
    'trust the test root',
    `(() => {
      Cc['@mozilla.org/security/x509certdb;1'].getService(Ci.nsIX509CertDB).addCertFromBase64(${JSON.stringify(base64Der)}, 'C,,');
      return true;
    })()`,
  );
}

/**
 * Opens a page of the add-on. Firefox's BiDi reports no load events for moz-extension pages, so the
 * navigation is not awaited; the page is ready once its document has loaded.
 */
async function openAddonPage(page: Page, path: string): Promise<void> {
  const url = `${ORIGIN}${path}`;
  page.goto(url).catch(() => {});
  await vi.waitFor(async () => {
    const ready = await page.evaluate(() => [location.href, document.readyState] as const).catch(() => null);
    if (ready?.[0] !== url || ready[1] !== 'complete') throw new Error(`${url} has not loaded yet`);
  }, WAIT);
}
