// The snapshot matcher against the naive reference on random lists and queries: the same hits, in
// the same order, with the same records. Small alphabets make parents, wildcards, nested and
// repeated ranges, shared records and URL hosts collide often. Hosting networks: the same narrowest
// network (and every one holding the address), and never a list hit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSnapshot } from '../../../lib/blocklist/compile/compile-snapshot';
import { isSourceNetwork, type SourceRecord } from '../../../lib/blocklist/format/types';
import { loadSnapshot } from '../../../lib/blocklist/lookup/load-snapshot';
import { addressQuery, hostQuery, item, urlQuery } from '../../support/blocklist/list-arbitraries';
import { buildNaiveMatcher } from '../../support/blocklist/naive-matcher';

const META = { name: 'property', date: '2020-02-02', built: '2020-02-03T00:00:00.000Z' };

describe('snapshot matcher against the naive reference', () => {
  it('gives the same hits, in the same order, with the same records', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(item, { maxLength: 25 }),
        fc.array(hostQuery, { maxLength: 20 }),
        fc.array(addressQuery, { maxLength: 20 }),
        fc.array(urlQuery, { maxLength: 10 }),
        async (items, hosts, addresses, urls) => {
          const { bytes } = await compileSnapshot(items, META);
          const snapshot = loadSnapshot(bytes.buffer as ArrayBuffer);
          const naive = await buildNaiveMatcher(items, META);
          const sources = items.filter((entry): entry is SourceRecord => !isSourceNetwork(entry));
          const networkAddresses = items.flatMap((entry) => (isSourceNetwork(entry) ? [entry.network.range.split('/')[0]!] : []));
          expect(snapshot.info).toEqual(naive.info);
          const listed = sources.flatMap((s) => [...s.domains, ...s.wildcards.map((w) => `q.${w}`)]);
          for (const query of [...hosts, ...listed]) expect(snapshot.matchHost(query)).toEqual(naive.matchHost(query));
          const listedAddresses = sources.flatMap((s) => s.addresses.map((a) => a.split('/')[0]!));
          for (const query of [...addresses, ...listedAddresses, ...networkAddresses]) {
            expect(snapshot.matchAddress(query)).toEqual(naive.matchAddress(query));
            expect(snapshot.networksHolding(query)).toEqual(naive.networksHolding(query));
            expect(snapshot.matchNetwork(query)).toEqual(naive.matchNetwork(query));
          }
          for (const query of [...urls, ...sources.flatMap((s) => s.urls)]) {
            expect(snapshot.matchUrl(query)).toEqual(naive.matchUrl(query));
          }
        },
      ),
      { numRuns: 300 },
    );
    // 300 compiled lists take a few seconds; on a loaded 2-core machine, more than vitest's default.
  }, 60_000);
});
