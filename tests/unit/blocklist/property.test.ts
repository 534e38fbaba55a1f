// The snapshot matcher against the naive reference on random lists and queries: the same hits, in
// the same order, with the same records. Small alphabets make parents, wildcards, nested and
// repeated ranges, shared records and URL hosts collide often.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSnapshot } from '../../../lib/blocklist/compile/compile-snapshot';
import { loadSnapshot } from '../../../lib/blocklist/lookup/load-snapshot';
import { addressQuery, hostQuery, source, urlQuery } from '../../support/blocklist/list-arbitraries';
import { buildNaiveMatcher } from '../../support/blocklist/naive-matcher';

const META = { name: 'property', date: '2020-02-02', built: '2020-02-03T00:00:00.000Z' };

describe('snapshot matcher against the naive reference', () => {
  it('gives the same hits, in the same order, with the same records', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(source, { maxLength: 25 }),
        fc.array(hostQuery, { maxLength: 20 }),
        fc.array(addressQuery, { maxLength: 20 }),
        fc.array(urlQuery, { maxLength: 10 }),
        async (sources, hosts, addresses, urls) => {
          const { bytes } = await compileSnapshot(sources, META);
          const snapshot = loadSnapshot(bytes.buffer as ArrayBuffer);
          const naive = await buildNaiveMatcher(sources, META);
          expect(snapshot.info).toEqual(naive.info);
          const listed = sources.flatMap((s) => [...s.domains, ...s.wildcards.map((w) => `q.${w}`)]);
          for (const query of [...hosts, ...listed]) expect(snapshot.matchHost(query)).toEqual(naive.matchHost(query));
          const listedAddresses = sources.flatMap((s) => s.addresses.map((a) => a.split('/')[0]!));
          for (const query of [...addresses, ...listedAddresses]) {
            expect(snapshot.matchAddress(query)).toEqual(naive.matchAddress(query));
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
