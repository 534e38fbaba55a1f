// Turns observed failures into findings, one tab event at a time, in arrival order.
import type { AddressLookup, Finding, HostFacts, Recheck } from '@blocklens/vocabulary';
import type { AddressMemory } from '../addresses/address-memory';
import type { BlocklistMatcher, ListHit } from '../blocklist/format/types';
import { explain } from '../explain/explain';
import { mergeLookups } from '../findings/merge-lookups';
import { mergeObservation } from '../findings/merge-observation';
import { explainedByPage } from '../findings/page-answer';
import type { TabFindings } from '../findings/tab-findings';
import type { TabStore } from '../findings/tab-store';
import { withoutOneStall } from '../findings/withdraw-stall';
import { keptUrl } from '../observe/kept-url';
import type { Observation, PageResponse } from '../observe/observation';

export interface FailureRecorderDeps {
  store: TabStore;
  addresses: AddressMemory;
  /** Resolves once the list is loaded, or to null if it could not be. */
  blocklist: () => Promise<BlocklistMatcher | null>;
  /** Told after every change of a tab's findings (null: the tab was forgotten). */
  onTabChanged: (tabId: number, tab: TabFindings | null) => void;
  /** Told after a host's finding was explained (again), with its finding before (if any). */
  onExplained: (finding: Finding, previous: Finding | undefined, tabId: number) => void;
}

function explainFacts(facts: HostFacts, list: BlocklistMatcher | null, urlHits: ListHit[]): Finding {
  const hits = list
    ? {
        host: list.matchHost(facts.host),
        url: urlHits,
        address: facts.address ? list.matchAddress(facts.address.address) : [],
        network: facts.address ? list.matchNetwork(facts.address.address) : null,
      }
    : { host: [], url: [], address: [], network: null };
  return { ...facts, ...explain(facts, hits) };
}

/**
 * The listed URLs that matched a finding's URL, found again in `list`. The URL itself is kept only
 * as keptUrl() keeps it, without its query; a listed URL's own text is public list content and is
 * kept in the finding's evidence, so it is what is looked up again.
 */
function listedUrlHits(finding: Finding, list: BlocklistMatcher | null): ListHit[] {
  if (!list) return [];
  const listed = new Set(finding.evidence.flatMap((e) => (e.type === 'list-url' ? [e.entry] : [])));
  return [...listed].flatMap((entry) => list.matchUrl(entry));
}

export class FailureRecorder {
  /**
   * One chain for every event: a failure that waits for the list must not be overtaken by the
   * navigation that follows it, or it would land on the next page's findings.
   */
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly deps: FailureRecorderDeps) {}

  navigationStarted(tabId: number, navigationId: string, url: string): Promise<void> {
    return this.enqueue(async () => {
      const fresh = await this.deps.store.startNavigation(tabId, navigationId, keptUrl(url));
      if (fresh) this.deps.onTabChanged(tabId, fresh);
    });
  }

  /** The top-level document's response started: who answered the page, and whether it loaded. */
  pageAnswered(response: PageResponse): Promise<void> {
    return this.enqueue(async () => {
      this.deps.onTabChanged(response.tabId, await this.deps.store.pageAnswered(response));
    });
  }

  failed(observation: Observation): Promise<void> {
    return this.enqueue(() => this.record(observation));
  }

  /**
   * A failure whose observation is not known yet (it waits for what an earlier worker kept): it keeps
   * its place among the events all the same.
   */
  failedWhenKnown(observation: Promise<Observation | null>): Promise<void> {
    return this.enqueue(async () => {
      const known = await observation;
      if (known) await this.record(known);
    });
  }

  /**
   * A transfer judged stalled completed after all: its stall is taken back from the host's finding,
   * and the finding removed when that stall was all it had.
   */
  stallWithdrawn(tabId: number, host: string): Promise<void> {
    return this.enqueue(async () => {
      const previous = await this.findingOf(tabId, host);
      if (!previous?.kinds['http-stall']) return;
      const facts = withoutOneStall(previous);
      if (facts === null) {
        const tab = await this.deps.store.remove(tabId, host);
        if (tab) this.deps.onTabChanged(tabId, tab);
        return;
      }
      const list = await this.deps.blocklist();
      await this.save(tabId, explainFacts(facts, list, listedUrlHits(previous, list)), previous);
    });
  }

  /** The tab's finding for `host` once every earlier event is in, or null when it has none. */
  finding(tabId: number, host: string): Promise<Finding | null> {
    return this.enqueue(async () => (await this.findingOf(tabId, host)) ?? null);
  }

  /** Adds what resolvers said about `host` to its finding on the tab, and explains it again. */
  addressLearned(tabId: number, host: string, lookups: readonly AddressLookup[]): Promise<Finding | null> {
    return this.enqueue(async () => {
      const previous = await this.findingOf(tabId, host);
      if (!previous) return null;
      const list = await this.deps.blocklist();
      const isListed = (address: string) => (list?.matchAddress(address).length ?? 0) > 0;
      const facts = mergeLookups(previous, lookups, isListed);
      return this.save(tabId, explainFacts(facts, list, listedUrlHits(previous, list)), previous);
    });
  }

  /** Keeps the outcome of trying `host` again with its finding on the tab. */
  rechecked(tabId: number, host: string, recheck: Recheck): Promise<Finding | null> {
    return this.enqueue(async () => {
      const previous = await this.findingOf(tabId, host);
      return previous ? this.save(tabId, { ...previous, recheck }, previous) : null;
    });
  }

  tabClosed(tabId: number): Promise<void> {
    return this.enqueue(async () => {
      await this.deps.store.forget(tabId);
      this.deps.onTabChanged(tabId, null);
    });
  }

  private async record(observation: Observation): Promise<void> {
    // The page's answer comes before anything its document requests: the same queue keeps that order.
    if (explainedByPage((await this.deps.store.get(observation.tabId))?.page, observation)) return;
    const list = await this.deps.blocklist();
    const previous = await this.findingOf(observation.tabId, observation.host);
    const known = await this.deps.addresses.lookup(observation.host);
    // The list is asked about the URL as it failed (its query included) when that URL becomes the
    // finding's; what is kept of it has no credentials, query or fragment.
    const urlHits =
      !previous || observation.mainFrame ? (list?.matchUrl(observation.url) ?? []) : listedUrlHits(previous, list);
    const facts = mergeObservation(previous, { ...observation, url: keptUrl(observation.url) }, known);
    await this.save(observation.tabId, explainFacts(facts, list, urlHits), previous);
  }

  private async findingOf(tabId: number, host: string): Promise<Finding | undefined> {
    return (await this.deps.store.get(tabId))?.findings.find((f) => f.host === host);
  }

  private async save(tabId: number, finding: Finding, previous: Finding | undefined): Promise<Finding> {
    const updated = await this.deps.store.put(tabId, finding);
    // A finding the tab could not keep (it has its fill of hosts) is only counted there.
    const stored = updated.findings.find((f) => f.host === finding.host);
    if (!stored) return finding;
    this.deps.onTabChanged(tabId, updated);
    this.deps.onExplained(stored, previous, tabId);
    return stored;
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    // A failed task is logged and must not stall every later event.
    this.queue = run.then(
      () => {},
      (error: unknown) => console.error('Blocklens: could not record an event', error),
    );
    return run;
  }
}
