// Patches against fresh compiles: any sequence of list versions, patched from any earlier version
// (one composed patch, or one patch per version), answers every lookup as a fresh compile of the
// newest version does, hosting networks included (ranges added, removed, renamed or dated anew).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePatch } from '../../../lib/blocklist/compile/compile-patch';
import { compileSnapshot } from '../../../lib/blocklist/compile/compile-snapshot';
import { readPatch } from '../../../lib/blocklist/format/patch-format';
import { isSourceNetwork, type BlocklistMatcher, type ListHit, type SourceItem, type SourceRecord } from '../../../lib/blocklist/format/types';
import { layeredMatcher, type ListLayer } from '../../../lib/blocklist/lookup/layered-matcher';
import { loadSnapshot } from '../../../lib/blocklist/lookup/load-snapshot';
import { composeDeltas, diffPairs, type ListDelta } from '../../../lib/channel/list-delta';
import { pairsOf, recordsOf } from '../../../lib/channel/list-pairs';
import { addressQuery, hostQuery, item, urlQuery } from '../../support/blocklist/list-arbitraries';

const META = { name: 'property', date: '2020-02-02', built: '2020-02-03T00:00:00.000Z' };

async function compiled(sources: SourceItem[]): Promise<BlocklistMatcher> {
  return loadSnapshot((await compileSnapshot(sources, META)).bytes.slice().buffer);
}

async function layer(delta: ListDelta, from: number, to: number): Promise<ListLayer> {
  const info = { ...META, lists: [], counts: { domains: 0, wildcards: 0, urls: 0, ipv4: 0, ipv6: 0, records: 0, networks: 0 } };
  const bytes = await compilePatch({ from, to, info }, { added: recordsOf(delta.added), removed: recordsOf(delta.removed) });
  const patch = readPatch(bytes.slice().buffer);
  expect([patch.from, patch.to]).toEqual([from, to]);
  return { added: loadSnapshot(patch.added), removed: loadSnapshot(patch.removed) };
}

/** Hits as sets: the order of hits and of their records is the matcher's own business. */
function normal(hits: ListHit[]): unknown {
  return hits
    .map((hit) => ({ ...hit, records: [...hit.records].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) }))
    .sort((a, b) => `${a.type} ${a.entry}`.localeCompare(`${b.type} ${b.entry}`));
}

/** A version: some sources of the one before kept, some new ones added. */
const versions = fc.array(fc.tuple(fc.array(fc.boolean(), { maxLength: 30 }), fc.array(item, { maxLength: 6 })), { minLength: 1, maxLength: 4 });

describe('list patches', () => {
  it('bring any earlier version to the newest, as one patch or one per version', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(item, { maxLength: 15 }),
        versions,
        fc.nat(),
        fc.boolean(),
        fc.array(hostQuery, { maxLength: 10 }),
        fc.array(addressQuery, { maxLength: 10 }),
        fc.array(urlQuery, { maxLength: 5 }),
        async (first, changes, startPick, composed, hosts, addresses, urls) => {
          const lists = [first];
          for (const [keep, added] of changes) lists.push([...lists.at(-1)!.filter((_, i) => keep[i] ?? true), ...added]);
          const pairs = lists.map((list) => pairsOf(list));
          const newest = lists.length - 1;
          const start = startPick % newest;
          const steps = Array.from({ length: newest - start }, (_, i) => diffPairs(pairs[start + i]!, pairs[start + i + 1]!));
          const layers = composed
            ? [await layer(steps.reduce(composeDeltas), start + 1, newest + 1)]
            : await Promise.all(steps.map((delta, i) => layer(delta, start + i + 1, start + i + 2)));
          const patched = layeredMatcher(await compiled(lists[start]!), layers, (await compiled(lists[newest]!)).info);
          const fresh = await compiled(lists[newest]!);

          const everything = lists.flat();
          const all = everything.filter((entry): entry is SourceRecord => !isSourceNetwork(entry));
          const inNetworks = everything.flatMap((entry) => (isSourceNetwork(entry) ? [entry.network.range.split('/')[0]!] : []));
          const hostQueries = [...hosts, ...all.flatMap((s) => [...s.domains, ...s.wildcards.map((w) => `q.${w}`)])];
          for (const query of hostQueries) expect(normal(patched.matchHost(query)), query).toEqual(normal(fresh.matchHost(query)));
          for (const query of [...addresses, ...all.flatMap((s) => s.addresses.map((a) => a.split('/')[0]!)), ...inNetworks]) {
            expect(normal(patched.matchAddress(query)), query).toEqual(normal(fresh.matchAddress(query)));
            expect(patched.networksHolding(query), query).toEqual(fresh.networksHolding(query));
            expect(patched.matchNetwork(query), query).toEqual(fresh.matchNetwork(query));
          }
          for (const query of [...urls, ...all.flatMap((s) => s.urls)]) {
            expect(normal(patched.matchUrl(query)), query).toEqual(normal(fresh.matchUrl(query)));
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);

  it('compose: the change from A to C is the change from A to B, then B to C', () => {
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e')), { minLength: 3, maxLength: 3 }), ([a, b, c]) => {
        const [A, B, C] = [new Set(a), new Set(b), new Set(c)];
        expect(composeDeltas(diffPairs(A, B), diffPairs(B, C))).toEqual(diffPairs(A, C));
      }),
    );
  });
});
