// The one place that answers "which addresses does this host have, and who says so": the address it
// answered from earlier, the browser's own resolver where there is one (Firefox), and DNS-over-HTTPS,
// which only ever asks when the person turned it on or asked about this host.
import type { AddressFact, AddressLookup } from '@blocklens/vocabulary';
import type { AddressMemory } from './address-memory';
import type { DnsAnswer } from './dns-answer';
import type { DohClient } from './doh-client';
import type { DohEndpoint } from './doh-endpoint';
import type { SystemResolver } from './system-resolver';

export interface DohChoice {
  enabled: boolean;
  endpoint: DohEndpoint;
}

export interface HostAddressesDeps {
  memory: AddressMemory;
  /** The browser's resolver; null where the browser has none for extensions (Chrome). */
  system: SystemResolver | null;
  doh: DohClient;
  /** The person's choice, read at every lookup so that a change applies at once. */
  dohChoice: () => Promise<DohChoice>;
}

/** `automatic`: after a failure, DoH only if the person turned it on; `asked`: the person pressed the button. */
export type LookupReason = 'automatic' | 'asked';

/** One resolver's answer; `resolver` names the DoH resolver's host, for the person. */
export type SourceAnswer =
  | { source: 'dns'; answer: DnsAnswer }
  | { source: 'doh'; resolver: string; answer: DnsAnswer };

export class HostAddresses {
  constructor(private readonly deps: HostAddressesDeps) {}

  /** The address the host answered from earlier: no request at all. */
  remembered(host: string): Promise<AddressFact | null> {
    return this.deps.memory.lookup(host);
  }

  /** Whether lookUp(…, reason) would ask anyone at all. */
  async canLookUp(reason: LookupReason): Promise<boolean> {
    return this.deps.system !== null || reason === 'asked' || (await this.deps.dohChoice()).enabled;
  }

  /** Asks the resolvers that `reason` allows, the browser's own first. Never throws. */
  async lookUp(host: string, reason: LookupReason): Promise<SourceAnswer[]> {
    const asking: Promise<SourceAnswer>[] = [];
    const { system, doh } = this.deps;
    if (system) asking.push(system(host).then((answer) => ({ source: 'dns', answer })));
    const choice = await this.deps.dohChoice();
    if (choice.enabled || reason === 'asked') {
      const resolver = new URL(choice.endpoint.url).host;
      asking.push(doh.resolve(choice.endpoint, host).then((answer) => ({ source: 'doh', resolver, answer })));
    }
    return Promise.all(asking);
  }
}

/** The answers that say something about the name, as kept with a finding; failures say nothing. */
export function lookupsOf(answers: readonly SourceAnswer[], at: number): AddressLookup[] {
  return answers.flatMap(({ source, answer }): AddressLookup[] => {
    if (answer.outcome === 'failed') return [];
    const addresses = answer.outcome === 'addresses' ? answer.addresses : [];
    return [{ source, addresses, nxdomain: answer.outcome === 'nxdomain', at }];
  });
}
