// npm run bench -- --networks: what the bundled hosting networks (blocklists/networks.txt) cost and
// how they answer: the bundled snapshot's size with and without them, load time, network lookups
// against the naive matcher's answers, and the patches a channel publishes when networks change.

import type { HostingNetwork } from '@blocklens/vocabulary';
import { fileURLToPath } from 'node:url';
import { compilePatch } from '../lib/blocklist/compile/compile-patch';
import { compileSnapshot } from '../lib/blocklist/compile/compile-snapshot';
import { compileSources } from '../lib/blocklist/compile/compile-sources';
import { isSourceNetwork, type SourceItem } from '../lib/blocklist/format/types';
import { loadSnapshot } from '../lib/blocklist/lookup/load-snapshot';
import { DEFAULT_BLOCKLIST_SOURCES, parseSourceSpecs } from '../lib/blocklist/sources/read-sources';
import { diffPairs } from '../lib/channel/list-delta';
import { pairsOf, recordsOf } from '../lib/channel/list-pairs';
import { formatIpv4, parseAddressEntry } from '../lib/ip/address-bits';
import { buildNaiveMatcher } from '../tests/support/blocklist/naive-matcher';
import { SeededRandom } from '../tests/support/blocklist/synthetic-registry';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LOADS = 200;
const QUERIES = 20_000;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const microseconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e3;
const bufferOf = (bytes: Uint8Array) => bytes.slice().buffer;

export async function benchNetworks(): Promise<void> {
  const items: SourceItem[] = [];
  const withNetworks = await compileSources(parseSourceSpecs(DEFAULT_BLOCKLIST_SOURCES, ROOT), { onRecord: (item) => items.push(item) });
  const registryOnly = await compileSources(parseSourceSpecs(DEFAULT_BLOCKLIST_SOURCES.split(',').filter((spec) => !spec.startsWith('networks:')).join(','), ROOT));
  const networks = items.filter(isSourceNetwork);
  console.log(`bundled snapshot: ${registryOnly.bytes.length} bytes without hosting networks, ${withNetworks.bytes.length} with ${withNetworks.info.counts.networks} ranges (+${withNetworks.bytes.length - registryOnly.bytes.length} bytes)`);

  for (const [label, bytes] of [['without', registryOnly.bytes], ['with', withNetworks.bytes]] as const) {
    const buffer = bufferOf(bytes);
    const plain = Array.from({ length: LOADS }, () => {
      const start = process.hrtime.bigint();
      loadSnapshot(buffer, { verifyChecksum: false });
      return microseconds(start);
    });
    const checked = Array.from({ length: LOADS }, () => {
      const start = process.hrtime.bigint();
      loadSnapshot(buffer);
      return microseconds(start);
    });
    console.log(`load ${label} networks, median of ${LOADS}: ${median(plain).toFixed(1)} µs, with the checksum ${median(checked).toFixed(1)} µs`);
  }

  const snapshot = loadSnapshot(bufferOf(withNetworks.bytes));
  const naive = await buildNaiveMatcher(networks, { name: 'networks', date: '', built: '' });
  const random = new SeededRandom(7);
  const words = new Uint32Array(4);
  const inside = networks
    .filter((item) => !item.network.range.includes(':'))
    .map((item) => {
      const entry = parseAddressEntry(item.network.range, words)!;
      return formatIpv4((words[0]! + random.below(2 ** (32 - entry.prefix))) >>> 0);
    });
  const queries = Array.from({ length: QUERIES }, (_, i) => (i % 2 ? random.pick(inside) : formatIpv4(random.uint32())));
  const first = process.hrtime.bigint();
  snapshot.matchNetwork(queries[0]!);
  console.log(`first network lookup after load: ${microseconds(first).toFixed(1)} µs`);
  const times = queries.map((query) => {
    const start = process.hrtime.bigint();
    snapshot.matchNetwork(query);
    return microseconds(start);
  });
  const answer = (network: HostingNetwork | null) => (network ? `${network.name} ${network.range} ${network.since}` : '');
  const disagreements = queries.filter((query) => answer(snapshot.matchNetwork(query)) !== answer(naive.matchNetwork(query)));
  console.log(`matchNetwork over ${QUERIES} addresses (half inside a range): median ${median(times).toFixed(2)} µs, ${disagreements.length} answers unlike the naive matcher's`);

  const records = items.filter((item) => !isSourceNetwork(item));
  const before = pairsOf(records);
  const after = pairsOf(items);
  const patchSize = async (from: Set<string>, to: Set<string>) => {
    const delta = diffPairs(from, to);
    const bytes = await compilePatch({ from: 1, to: 2, info: withNetworks.info }, { added: recordsOf(delta.added), removed: recordsOf(delta.removed) });
    return `${bytes.length} bytes (${delta.added.size} pairs added, ${delta.removed.size} removed)`;
  };
  console.log(`patch that adds every bundled network to a channel without them: ${await patchSize(before, after)}`);
  const refreshed = [...records, ...networks.slice(20), ...Array.from({ length: 30 }, (_, i) => ({ network: { range: `198.18.${i}.0/24`, name: 'Cloudflare', since: '2025-06-09' } }))];
  console.log(`patch of a refresh (20 ranges gone, 30 new): ${await patchSize(after, pairsOf(refreshed))}`);
  const redated = items.map((item) => (isSourceNetwork(item) && item.network.name === 'Vultr' ? { network: { ...item.network, since: '2025-06-09' } } : item));
  console.log(`patch that dates one network (Vultr, 148 ranges): ${await patchSize(after, pairsOf(redated))}`);
  const alone = await compileSnapshot(networks, { name: 'networks', date: '' });
  console.log(`the networks alone: ${alone.bytes.length} bytes (${(alone.bytes.length / networks.length).toFixed(1)} per range)`);
}
