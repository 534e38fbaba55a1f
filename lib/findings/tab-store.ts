// Per-tab findings, one per host, mirrored to session storage so they outlive the worker.
import type { Finding } from '@blocklens/vocabulary';
import { hostOfUrl } from '../observe/host-of-url';
import type { PageResponse } from '../observe/observation';
import type { SessionArea } from '../storage/session-area';
import { pageAnswerOf } from './page-answer';
import { tabFindingsKey, type TabFindings } from './tab-findings';

/** Main frame first, then in the order the hosts first failed. */
function byDisplayOrder(a: Finding, b: Finding): number {
  return Number(b.mainFrame) - Number(a.mainFrame) || a.firstSeen - b.firstSeen;
}

/** Not safe for concurrent calls on one tab: the caller serialises them. */
export class TabStore {
  /** Tabs read or written in this worker's life; `null` means known to have nothing stored. */
  private readonly tabs = new Map<number, TabFindings | null>();

  constructor(private readonly area: SessionArea) {}

  async get(tabId: number): Promise<TabFindings | null> {
    if (!this.tabs.has(tabId)) {
      const stored = (await this.area.get(tabFindingsKey(tabId))) as TabFindings | undefined;
      this.tabs.set(tabId, stored ?? null);
    }
    return this.tabs.get(tabId) ?? null;
  }

  /** A top-level navigation: the tab starts afresh unless it is the same navigation (a redirect). */
  async startNavigation(tabId: number, navigationId: string, pageUrl: string): Promise<TabFindings | null> {
    const current = await this.get(tabId);
    if (current?.navigationId === navigationId) return null;
    const fresh: TabFindings = { tabId, pageUrl, pageHost: hostOfUrl(pageUrl) ?? '', navigationId, findings: [] };
    await this.save(fresh);
    return fresh;
  }

  /** Replaces the tab's finding for `finding.host`, creating the tab's record if it has none. */
  async put(tabId: number, finding: Finding): Promise<TabFindings> {
    const current = (await this.get(tabId)) ?? {
      tabId,
      pageUrl: finding.mainFrame ? finding.url : '',
      pageHost: finding.mainFrame ? finding.host : '',
      navigationId: '',
      findings: [],
    };
    const findings = current.findings.filter((f) => f.host !== finding.host);
    findings.push(finding);
    findings.sort(byDisplayOrder);
    const updated = { ...current, findings };
    await this.save(updated);
    return updated;
  }

  /**
   * Keeps who answered the top-level document. A page that loaded is no failure of the page: a
   * main-frame finding recorded before it (an attempt of the same navigation that failed, such as
   * an HTTPS upgrade before the HTTP page came) becomes one of the tab's parts, and the host's
   * later failures are its subresources'.
   */
  async pageAnswered(response: PageResponse): Promise<TabFindings> {
    const current = (await this.get(response.tabId)) ?? {
      tabId: response.tabId,
      pageUrl: response.url,
      pageHost: response.host,
      navigationId: '',
      findings: [],
    };
    const findings = response.loaded
      ? current.findings.map((f) => (f.mainFrame ? { ...f, mainFrame: false } : f)).sort(byDisplayOrder)
      : current.findings;
    const updated = { ...current, findings, page: pageAnswerOf(response) };
    await this.save(updated);
    return updated;
  }

  async forget(tabId: number): Promise<void> {
    this.tabs.set(tabId, null);
    await this.area.remove(tabFindingsKey(tabId));
  }

  private async save(tab: TabFindings): Promise<void> {
    this.tabs.set(tab.tabId, tab);
    await this.area.set(tabFindingsKey(tab.tabId), tab);
  }
}
