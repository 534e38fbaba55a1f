import type { AddressLookup } from '@blocklens/vocabulary';
import { describe, expect, it } from 'vitest';
import { mergeLookups } from '../../../lib/findings/merge-lookups';
import { hostFacts } from '../helpers/host-facts';

const lookup = (source: AddressLookup['source'], ...addresses: string[]): AddressLookup => ({
  source,
  addresses,
  nxdomain: addresses.length === 0,
  at: 2000,
});
const inListedRange = (address: string) => address.startsWith('35.');

describe('mergeLookups', () => {
  it('gives a host without an address the first one the list names, else the first one', () => {
    const facts = hostFacts(['tcp-reset']);
    expect(mergeLookups(facts, [lookup('doh', '192.0.2.1', '35.200.1.9')], inListedRange).address).toEqual({
      address: '35.200.1.9',
      source: 'doh',
    });
    expect(mergeLookups(facts, [lookup('dns', '192.0.2.1'), lookup('doh', '192.0.2.2')], inListedRange).address).toEqual({
      address: '192.0.2.1',
      source: 'dns',
    });
    expect(mergeLookups(facts, [lookup('doh')], inListedRange).address).toBeNull();
  });

  it('never replaces an address seen on a response', () => {
    const seen = { address: '192.0.2.7', source: 'response' as const };
    const facts = hostFacts(['tcp-reset'], { address: seen });
    expect(mergeLookups(facts, [lookup('doh', '35.200.1.9')], inListedRange).address).toEqual(seen);
  });

  it("keeps the latest answer of each source", () => {
    const first = mergeLookups(hostFacts(['dns-nxdomain']), [lookup('dns'), lookup('doh', '192.0.2.1')], inListedRange);
    const second = mergeLookups(first, [lookup('doh')], inListedRange);
    expect(second.lookups).toEqual([lookup('dns'), lookup('doh')]);
    expect(second.address).toEqual({ address: '192.0.2.1', source: 'doh' });
  });
});
