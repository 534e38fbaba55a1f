// Turns observed failures into findings, one tab event at a time, in arrival order.
import type { AddressMemory } from '../addresses/address-memory';
import type { BlocklistMatcher } from '../blocklist/types';
import { explain } from '../explain/explain';
import type { Observation } from '../observe/observation';
import { mergeObservation } from './merge-observation';
import type { TabFindings } from './tab-findings';
import type { TabStore } from './tab-store';
import type { Finding, HostFacts } from './vocabulary';

export interface FailureRecorderDeps {
  store: TabStore;
  addresses: AddressMemory;
  /** Resolves once the list is loaded, or to null if it could not be. */
  blocklist: () => Promise<BlocklistMatcher | null>;
  /** Told after every change of a tab's findings (null: the tab was forgotten). */
  onTabChanged: (tabId: number, tab: TabFindings | null) => void;
  /** Told after a failure was explained, with the host's finding before it (if any). */
  onExplained: (finding: Finding, previous: Finding | undefined) => void;
}

function explainFacts(facts: HostFacts, list: BlocklistMatcher | null): Finding {
  const hits = list
    ? {
        host: list.matchHost(facts.host),
        url: list.matchUrl(facts.url),
        address: facts.address ? list.matchAddress(facts.address.address) : [],
      }
    : { host: [], url: [], address: [] };
  return { ...facts, ...explain(facts, hits) };
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
      const fresh = await this.deps.store.startNavigation(tabId, navigationId, url);
      if (fresh) this.deps.onTabChanged(tabId, fresh);
    });
  }

  failed(observation: Observation): Promise<void> {
    return this.enqueue(async () => {
      const list = await this.deps.blocklist();
      const tab = await this.deps.store.get(observation.tabId);
      const previous = tab?.findings.find((f) => f.host === observation.host);
      const known = await this.deps.addresses.lookup(observation.host);
      const finding = explainFacts(mergeObservation(previous, observation, known), list);
      const updated = await this.deps.store.put(observation.tabId, finding);
      this.deps.onTabChanged(observation.tabId, updated);
      this.deps.onExplained(finding, previous);
    });
  }

  tabClosed(tabId: number): Promise<void> {
    return this.enqueue(async () => {
      await this.deps.store.forget(tabId);
      this.deps.onTabChanged(tabId, null);
    });
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task);
    // A failed task is logged and must not stall every later event.
    this.queue = run.catch((error: unknown) => console.error('Blocklens: could not record an event', error));
    return run;
  }
}
