import { describe, expect, it } from 'vitest';
import { mergeObservation } from '../../../lib/findings/merge-observation';
import { observation } from '../helpers/observation';

describe('mergeObservation', () => {
  it('starts a host from its first failure', () => {
    const facts = mergeObservation(undefined, observation(), null);
    expect(facts).toEqual({
      host: 'blocked.example',
      mainFrame: true,
      url: 'https://blocked.example/',
      kinds: { 'tcp-reset': 1 },
      errors: ['net::ERR_CONNECTION_RESET'],
      statuses: [],
      redirects: [],
      address: null,
      count: 1,
      firstSeen: 1000,
      lastSeen: 1000,
    });
  });

  it('keeps what resolvers said, and a "check again" only until the host fails after it', () => {
    const lookups = [{ source: 'doh' as const, addresses: ['192.0.2.1'], nxdomain: false, at: 1500 }];
    const checked = { ...mergeObservation(undefined, observation(), null), lookups, recheck: { at: 3000, outcome: 'loads' as const, detail: 'HTTP 200' } };
    const before = mergeObservation(checked, observation({ time: 2500 }), null);
    expect(before).toMatchObject({ lookups, recheck: checked.recheck, count: 2 });
    const after = mergeObservation(before, observation({ time: 3500 }), null);
    expect(after.lookups).toEqual(lookups);
    expect(after).not.toHaveProperty('recheck');
  });

  it('merges kinds with counts and keeps distinct raw errors', () => {
    let facts = mergeObservation(undefined, observation(), null);
    facts = mergeObservation(facts, observation({ time: 2000 }), null);
    facts = mergeObservation(
      facts,
      observation({ kind: 'http-error', error: undefined, status: 503, time: 1500, mainFrame: false }),
      null,
    );
    expect(facts.kinds).toEqual({ 'tcp-reset': 2, 'http-error': 1 });
    expect(facts.errors).toEqual(['net::ERR_CONNECTION_RESET']);
    expect(facts.statuses).toEqual([503]);
    expect(facts.count).toBe(3);
    expect(facts.firstSeen).toBe(1000);
    expect(facts.lastSeen).toBe(2000);
    expect(facts.mainFrame).toBe(true);
  });

  it('bounds the raw strings it keeps', () => {
    let facts = mergeObservation(undefined, observation({ error: 'e0' }), null);
    for (let i = 1; i < 20; i++) facts = mergeObservation(facts, observation({ error: `e${i}` }), null);
    expect(facts.errors).toEqual(['e0', 'e1', 'e2', 'e3', 'e4']);
    expect(facts.count).toBe(20);
  });

  it("prefers the request's own address over a remembered one", () => {
    const remembered = { address: '10.9.9.9', source: 'response' as const };
    const withKnown = mergeObservation(undefined, observation(), remembered);
    expect(withKnown.address).toEqual(remembered);
    const withOwn = mergeObservation(withKnown, observation({ ip: '35.200.1.9' }), remembered);
    expect(withOwn.address).toEqual({ address: '35.200.1.9', source: 'response' });
  });

  it('keeps a known address when a later failure brings none', () => {
    const first = mergeObservation(undefined, observation({ ip: '35.200.1.9' }), null);
    expect(mergeObservation(first, observation(), null).address?.address).toBe('35.200.1.9');
  });
});
