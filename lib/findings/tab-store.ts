// Per-tab findings, one per host, mirrored to session storage so they outlive the worker.
//
// A page may fail as many requests, to as many hosts, with URLs as long as it likes; storage.session
// is one quota (10 MiB in Chrome) for every tab. So a tab keeps at most MAX_HOSTS_PER_TAB hosts, URLs
// only as keptUrl() keeps them, and a failure writes its own host's record (and the tab's small index
// when its hosts change), never the whole tab. What is not kept is counted in the tab's `dropped`.
// When storage is short all the same, the largest tab gives up its least telling findings, counted,
// and the write is tried again: a new finding is never lost silently.
import type { Finding } from '@blocklens/vocabulary';
import { hostOfUrl } from '../observe/host-of-url';
import { keptUrl } from '../observe/kept-url';
import type { PageResponse } from '../observe/observation';
import { isQuotaError, type SessionArea } from '../storage/session-area';
import {
  findingKeysOf,
  hostFindingKey,
  storedTabOf,
  tabFindingsFrom,
  tabFindingsKey,
  type StoredTab,
  type TabFindings,
} from './tab-findings';
import { pageAnswerOf } from './page-answer';
import { compareCauses } from './worst-cause';

/** Hosts a tab keeps a finding for; further hosts are counted in its `dropped`. */
export const MAX_HOSTS_PER_TAB = 200;
/** Host names remembered per tab so that a host not kept is counted once; past this only its requests are. */
const MAX_DROPPED_NAMES = 5_000;
/** How often room is made in storage for one write before its finding is given up (and counted). */
const MAX_EVICTIONS = 3;

/** Main frame first, then in the order the hosts first failed. */
function byDisplayOrder(a: Finding, b: Finding): number {
  return Number(b.mainFrame) - Number(a.mainFrame) || a.firstSeen - b.firstSeen;
}

/** The finding to give up first: the mildest cause, then the fewest requests, then the longest quiet. */
function leastTellingFirst(a: Finding, b: Finding): number {
  return compareCauses(b.cause, a.cause) || a.count - b.count || a.lastSeen - b.lastSeen;
}

/** One write to storage and what the tab is once it is done. */
interface Change {
  next: TabFindings;
  set: Record<string, unknown>;
  remove: string[];
  /** Hosts counted as not kept by this change. */
  droppedHosts: string[];
}

/** Not safe for concurrent calls: the caller serialises them (the recorder runs one event at a time). */
export class TabStore {
  /** Tabs read or written in this worker's life; `null` means known to have nothing stored. */
  private readonly tabs = new Map<number, TabFindings | null>();
  /** Per tab, the hosts counted as not kept since its navigation. */
  private readonly droppedNames = new Map<number, Set<string>>();

  constructor(
    private readonly area: SessionArea,
    private readonly warn: (message: string) => void = (message) => console.warn(`Blocklens: ${message}`),
  ) {}

  async get(tabId: number): Promise<TabFindings | null> {
    if (!this.tabs.has(tabId)) {
      const index = (await this.area.get(tabFindingsKey(tabId))) as StoredTab | undefined;
      const findings = index ? await this.area.getMany(findingKeysOf(index)) : {};
      this.tabs.set(tabId, index ? (tabFindingsFrom({ ...findings, [tabFindingsKey(tabId)]: index }, tabId) ?? null) : null);
    }
    return this.tabs.get(tabId) ?? null;
  }

  /** A top-level navigation: the tab starts afresh unless it is the same navigation (a redirect). */
  async startNavigation(tabId: number, navigationId: string, pageUrl: string): Promise<TabFindings | null> {
    const current = await this.get(tabId);
    if (current?.navigationId === navigationId) return null;
    const fresh: TabFindings = {
      tabId,
      pageUrl: keptUrl(pageUrl),
      pageHost: hostOfUrl(pageUrl) ?? '',
      navigationId,
      findings: [],
    };
    // The old page's records go first: that frees what the new index needs.
    await this.clear(tabId);
    const index = { [tabFindingsKey(tabId)]: storedTabOf(fresh) };
    const written = await this.write(tabId, null, async () => ({ next: fresh, set: index, remove: [], droppedHosts: [] }));
    if (!written) {
      this.warn(`storage is full: tab ${tabId}'s new page is kept in memory only`);
      this.tabs.set(tabId, fresh);
    }
    return fresh;
  }

  /**
   * Replaces the tab's finding for `finding.host`, creating the tab's record if it has none. A tab
   * that has its fill of hosts takes a new one only in place of a milder one (or for the page
   * itself); otherwise the new host is counted in `dropped`, as is any finding storage has no room for.
   */
  async put(tabId: number, finding: Finding): Promise<TabFindings> {
    const kept: Finding = { ...finding, url: keptUrl(finding.url) };
    const written = await this.write(tabId, kept.host, async () => this.placing(await this.tabOrNew(tabId, kept), kept));
    if (written) return written;
    this.warn(`storage is full: the finding for ${kept.host} on tab ${tabId} is not kept, only counted`);
    const current = await this.tabOrNew(tabId, kept);
    const counted = this.notKeeping(current, kept);
    await this.area.setMany(counted.set).catch(() => undefined);
    this.commit(tabId, counted);
    return counted.next;
  }

  /**
   * Keeps who answered the top-level document. A page that loaded is no failure of the page: a
   * main-frame finding recorded before it (an attempt of the same navigation that failed, such as
   * an HTTPS upgrade before the HTTP page came) becomes one of the tab's parts, and the host's
   * later failures are its subresources'.
   */
  async pageAnswered(response: PageResponse): Promise<TabFindings> {
    const { tabId } = response;
    const plan = async (): Promise<Change> => {
      const current = (await this.get(tabId)) ?? { tabId, pageUrl: keptUrl(response.url), pageHost: response.host, navigationId: '', findings: [] };
      const parts = response.loaded ? current.findings.filter((f) => f.mainFrame).map((f) => ({ ...f, mainFrame: false })) : [];
      const findings = current.findings.map((f) => parts.find((part) => part.host === f.host) ?? f).sort(byDisplayOrder);
      const next = { ...current, findings, page: pageAnswerOf(response) };
      const set = { [tabFindingsKey(tabId)]: storedTabOf(next), ...Object.fromEntries(parts.map((f) => [hostFindingKey(tabId, f.host), f])) };
      return { next, set, remove: [], droppedHosts: [] };
    };
    const written = await this.write(tabId, null, plan);
    if (written) return written;
    this.warn(`storage is full: who answered tab ${tabId}'s page is kept in memory only`);
    const change = await plan();
    this.commit(tabId, change);
    return change.next;
  }

  /** Removes the tab's finding for `host`, the index first: a finding it names is never missing. */
  async remove(tabId: number, host: string): Promise<TabFindings | null> {
    const current = await this.get(tabId);
    if (!current?.findings.some((f) => f.host === host)) return current;
    const next = { ...current, findings: current.findings.filter((f) => f.host !== host) };
    await this.area.setMany({ [tabFindingsKey(tabId)]: storedTabOf(next) });
    this.tabs.set(tabId, next);
    await this.area.remove(hostFindingKey(tabId, host));
    return next;
  }

  async forget(tabId: number): Promise<void> {
    await this.clear(tabId);
    this.tabs.set(tabId, null);
  }

  /** Removes the tab's index and findings from storage and from memory. */
  private async clear(tabId: number): Promise<void> {
    const current = await this.get(tabId);
    this.droppedNames.delete(tabId);
    this.tabs.set(tabId, null);
    const keys = [tabFindingsKey(tabId), ...(current?.findings.map((f) => hostFindingKey(tabId, f.host)) ?? [])];
    await this.area.remove(keys);
  }

  private async tabOrNew(tabId: number, finding: Finding): Promise<TabFindings> {
    return (
      (await this.get(tabId)) ?? {
        tabId,
        pageUrl: finding.mainFrame ? finding.url : '',
        pageHost: finding.mainFrame ? finding.host : '',
        navigationId: '',
        findings: [],
      }
    );
  }

  /** Where `finding` goes on the tab: in place of its host's, added, in place of a milder one, or counted. */
  private placing(current: TabFindings, finding: Finding): Change {
    const indexKey = tabFindingsKey(current.tabId);
    const findingKey = hostFindingKey(current.tabId, finding.host);
    const at = current.findings.findIndex((f) => f.host === finding.host);
    if (at >= 0) {
      const findings = current.findings.map((f, i) => (i === at ? finding : f)).sort(byDisplayOrder);
      const next = { ...current, findings };
      const reordered = findings.some((f, i) => f.host !== current.findings[i]?.host);
      return { next, set: { [findingKey]: finding, ...(reordered ? { [indexKey]: storedTabOf(next) } : {}) }, remove: [], droppedHosts: [] };
    }
    if (current.findings.length < MAX_HOSTS_PER_TAB) {
      const next = { ...current, findings: [...current.findings, finding].sort(byDisplayOrder) };
      return { next, set: { [findingKey]: finding, [indexKey]: storedTabOf(next) }, remove: [], droppedHosts: [] };
    }
    const mildest = current.findings.filter((f) => !f.mainFrame).sort(leastTellingFirst)[0];
    if (mildest && (finding.mainFrame || compareCauses(finding.cause, mildest.cause) < 0)) {
      const replaced = { ...current, findings: [...current.findings.filter((f) => f !== mildest), finding].sort(byDisplayOrder) };
      const { next, droppedHosts } = this.counting(replaced, [mildest]);
      return {
        next,
        set: { [findingKey]: finding, [indexKey]: storedTabOf(next) },
        remove: [hostFindingKey(current.tabId, mildest.host)],
        droppedHosts,
      };
    }
    return this.notKeeping(current, finding);
  }

  /** The tab with `finding` counted as not kept. */
  private notKeeping(current: TabFindings, finding: Finding): Change {
    const { next, droppedHosts } = this.counting(current, [finding]);
    return { next, set: { [tabFindingsKey(current.tabId)]: storedTabOf(next) }, remove: [], droppedHosts };
  }

  /** `tab` with `gone` added to its `dropped`, each host counted once. */
  private counting(tab: TabFindings, gone: readonly Finding[]): { next: TabFindings; droppedHosts: string[] } {
    const names = this.droppedNames.get(tab.tabId);
    const droppedHosts = gone
      .map((f) => f.host)
      .filter((host) => !names?.has(host) && (names?.size ?? 0) < MAX_DROPPED_NAMES);
    const dropped = tab.dropped ?? { hosts: 0, requests: 0 };
    const requests = gone.reduce((sum, f) => sum + f.count, 0);
    return {
      next: { ...tab, dropped: { hosts: dropped.hosts + droppedHosts.length, requests: dropped.requests + requests } },
      droppedHosts,
    };
  }

  private commit(tabId: number, change: Change): void {
    this.tabs.set(tabId, change.next);
    if (change.droppedHosts.length === 0) return;
    const names = this.droppedNames.get(tabId) ?? new Set<string>();
    for (const host of change.droppedHosts) names.add(host);
    this.droppedNames.set(tabId, names);
  }

  /**
   * Writes what `plan` says (planned again after each eviction, which may have changed the tab) and
   * returns the tab as written, or null when storage stayed short.
   */
  private async write(tabId: number, protect: string | null, plan: () => Promise<Change>): Promise<TabFindings | null> {
    for (let evictions = 0; ; evictions++) {
      const change = await plan();
      try {
        await this.area.setMany(change.set);
      } catch (error) {
        if (!isQuotaError(error)) throw error;
        if (evictions >= MAX_EVICTIONS || !(await this.makeRoom(tabId, protect))) return null;
        continue;
      }
      this.commit(tabId, change);
      if (change.remove.length > 0) await this.area.remove(change.remove);
      return change.next;
    }
  }

  /**
   * Storage is short: removes records no index names, or else half the droppable findings of the
   * largest tab (never a main frame's, nor `protect` on `writing`), counted in its `dropped`.
   * False when nothing could give way.
   */
  private async makeRoom(writing: number, protect: string | null): Promise<boolean> {
    const all = await this.area.getAll();
    const sizes = new Map<number, number>();
    const orphans: string[] = [];
    for (const [key, value] of Object.entries(all)) {
      const match = /^tab:(\d+)(:.*)?$/.exec(key);
      if (!match) continue;
      const tabId = Number(match[1]);
      const index = all[tabFindingsKey(tabId)] as StoredTab | undefined;
      if (match[2] && !index?.hosts.includes(match[2].slice(1))) orphans.push(key);
      else sizes.set(tabId, (sizes.get(tabId) ?? 0) + key.length + JSON.stringify(value).length);
    }
    if (orphans.length > 0) {
      await this.area.remove(orphans);
      this.warn(`storage is full: removed ${orphans.length} records of findings no tab names`);
      return true;
    }
    for (const [tabId] of [...sizes].sort((a, b) => b[1] - a[1])) {
      const tab = this.tabs.get(tabId) ?? tabFindingsFrom(all, tabId);
      if (!tab) continue;
      const droppable = tab.findings
        .filter((f) => !f.mainFrame && !(tabId === writing && f.host === protect))
        .sort(leastTellingFirst);
      if (droppable.length === 0) continue;
      const gone = droppable.slice(0, Math.ceil(droppable.length / 2));
      const kept = { ...tab, findings: tab.findings.filter((f) => !gone.includes(f)) };
      const { next, droppedHosts } = this.counting(kept, gone);
      // The smaller index first: a finding it names is never missing for long.
      await this.area.setMany({ [tabFindingsKey(tabId)]: storedTabOf(next) });
      this.commit(tabId, { next, set: {}, remove: [], droppedHosts });
      await this.area.remove(gone.map((f) => hostFindingKey(tabId, f.host)));
      this.warn(`storage is full: tab ${tabId} gave up ${gone.length} of its ${tab.findings.length} findings`);
      return true;
    }
    return false;
  }
}
