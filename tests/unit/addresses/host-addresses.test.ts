import { describe, expect, it } from 'vitest';
import { AddressMemory } from '../../../lib/addresses/address-memory';
import { DohClient } from '../../../lib/addresses/doh-client';
import { HostAddresses, lookupsOf, type DohChoice, type SourceAnswer } from '../../../lib/addresses/host-addresses';
import type { SystemResolver } from '../../../lib/addresses/system-resolver';
import { MemorySessionArea } from '../helpers/memory-session-area';
import { FakeDoh } from './fake-doh';

function setUp(enabled: boolean, system: SystemResolver | null = null) {
  const resolver = new FakeDoh({ 'game.example.org': { addresses: ['35.200.1.9'] } });
  const memory = new AddressMemory(new MemorySessionArea());
  const choice: DohChoice = { enabled, endpoint: { url: 'https://dns.example:8443/dns-query', format: 'wire' } };
  const addresses = new HostAddresses({
    memory,
    system,
    doh: new DohClient({ fetch: resolver.fetch, now: () => 0 }),
    dohChoice: async () => choice,
  });
  return { resolver, memory, addresses };
}

const localNxdomain: SystemResolver = async () => ({ outcome: 'nxdomain' });

describe('HostAddresses', () => {
  it('gives the address seen on a response without asking anyone', async () => {
    const { addresses, memory, resolver } = setUp(true);
    memory.remember('game.example.org', '35.200.1.9');
    expect(await addresses.remembered('game.example.org')).toEqual({ address: '35.200.1.9', source: 'response' });
    expect(resolver.requests).toHaveLength(0);
  });

  it('sends nothing on its own while DNS-over-HTTPS is off', async () => {
    const { addresses, resolver } = setUp(false);
    expect(await addresses.canLookUp('automatic')).toBe(false);
    expect(await addresses.lookUp('game.example.org', 'automatic')).toEqual([]);
    expect(resolver.requests).toHaveLength(0);
  });

  it('asks the chosen resolver when the person asks, even while it is off', async () => {
    const { addresses, resolver } = setUp(false);
    expect(await addresses.canLookUp('asked')).toBe(true);
    expect(await addresses.lookUp('game.example.org', 'asked')).toEqual<SourceAnswer[]>([
      { source: 'doh', resolver: 'dns.example:8443', answer: { outcome: 'addresses', addresses: ['35.200.1.9'], ttl: 300 } },
    ]);
    expect(resolver.names).toEqual(['game.example.org', 'game.example.org']);
  });

  it("asks the browser's resolver first, without any opt-in, then DoH when it is on", async () => {
    const off = setUp(false, localNxdomain);
    expect(await off.addresses.canLookUp('automatic')).toBe(true);
    expect(await off.addresses.lookUp('game.example.org', 'automatic')).toEqual([{ source: 'dns', answer: { outcome: 'nxdomain' } }]);
    expect(off.resolver.requests).toHaveLength(0);
    const on = setUp(true, localNxdomain);
    expect((await on.addresses.lookUp('game.example.org', 'automatic')).map((answer) => answer.source)).toEqual(['dns', 'doh']);
  });
});

describe('lookupsOf', () => {
  it('keeps what the answers said about the name, and drops the failures', () => {
    const answers: SourceAnswer[] = [
      { source: 'dns', answer: { outcome: 'nxdomain' } },
      { source: 'doh', resolver: 'dns.example', answer: { outcome: 'addresses', addresses: ['192.0.2.1'], ttl: 60 } },
      { source: 'doh', resolver: 'dns.example', answer: { outcome: 'no-address' } },
      { source: 'doh', resolver: 'dns.example', answer: { outcome: 'failed', failure: 'timeout', detail: '' } },
    ];
    expect(lookupsOf(answers, 42)).toEqual([
      { source: 'dns', addresses: [], nxdomain: true, at: 42 },
      { source: 'doh', addresses: ['192.0.2.1'], nxdomain: false, at: 42 },
      { source: 'doh', addresses: [], nxdomain: false, at: 42 },
    ]);
  });
});
