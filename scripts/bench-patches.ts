// The list channel's patches at registry scale (issue 14): a synthetic day of changes (1,000 records
// added, 500 lifted) published as a patch, against the naive way of updating (download the whole new
// snapshot; or recompile the list on the client). Prints the sizes, the gzip size of the changed
// records' text, the time to apply the patch, lookups with the patch laid over the snapshot, and that
// lookups during the swap are never refused and answer as the naive matcher over the new list does.
import { gzipSync } from 'node:zlib';
import type { ListRecord } from '@blocklens/vocabulary';
import { compilePatch } from '../lib/blocklist/compile/compile-patch';
import { compileSnapshot, type CompileResult } from '../lib/blocklist/compile/compile-snapshot';
import { readPatch } from '../lib/blocklist/format/patch-format';
import type { BlocklistMatcher, ListHit, SourceRecord } from '../lib/blocklist/format/types';
import { layeredMatcher } from '../lib/blocklist/lookup/layered-matcher';
import { loadSnapshot } from '../lib/blocklist/lookup/load-snapshot';
import { diffPairs } from '../lib/channel/list-delta';
import { pairsOf, recordsOf } from '../lib/channel/list-pairs';
import { buildNaiveMatcher } from '../tests/support/blocklist/naive-matcher';
import { registryDump, SeededRandom, syntheticSite } from '../tests/support/blocklist/synthetic-registry';

const TARGETS = { patchShare: 0.02, applySeconds: 1 };
const ADDED = 1_000;
const LIFTED = 500;

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const buffer = (bytes: Uint8Array) => bytes.slice().buffer;

/** The list a day later: LIFTED records gone, ADDED new ones (a new decision each, a new site). */
function nextDay(records: SourceRecord[], random: SeededRandom): { next: SourceRecord[]; added: SourceRecord[]; lifted: SourceRecord[] } {
  const liftedAt = new Set<number>();
  while (liftedAt.size < LIFTED) liftedAt.add(random.below(records.length));
  const added = Array.from({ length: ADDED }, (_, i): SourceRecord => {
    const site = `new${i}-${syntheticSite(random)}`;
    const record: ListRecord = { list: records[0]!.record.list, authority: 'Роскомнадзор', decision: `${90_000 + i}-РКН/2026`, date: '2026-12-06' };
    return { record, domains: [site], wildcards: [], urls: i % 2 ? [`https://${site}/`] : [], addresses: i % 4 ? [] : [`198.18.${i % 250}.${i % 200}`] };
  });
  return { next: [...records.filter((_, i) => !liftedAt.has(i)), ...added], added, lifted: records.filter((_, i) => liftedAt.has(i)) };
}

const sorted = (hits: ListHit[]) => JSON.stringify(hits.map((hit) => [hit.type, hit.entry, hit.records.map((r) => JSON.stringify(r)).sort()]).sort());

export async function benchPatches(records: SourceRecord[], base: CompileResult, meta: { name: string; date: string }): Promise<void> {
  console.log(`\nlist patches: a day of changes (${ADDED} records added, ${LIFTED} lifted) on the registry above`);
  const random = new SeededRandom(20251206);
  const { next, added, lifted } = nextDay(records, random);

  let start = process.hrtime.bigint();
  const fresh = await compileSnapshot(next, { ...meta, date: '2026-12-06' });
  const recompileSeconds = seconds(start);

  start = process.hrtime.bigint();
  const change = diffPairs(pairsOf(records), pairsOf(next));
  const patchBytes = await compilePatch({ from: 1, to: 2, info: fresh.info }, { added: recordsOf(change.added), removed: recordsOf(change.removed) });
  const publishSeconds = seconds(start);
  const changedText = gzipSync(registryDump([...added, ...lifted], '2026-12-06')).length;

  const matcher = loadSnapshot(buffer(base.bytes));
  start = process.hrtime.bigint();
  const patch = readPatch(buffer(patchBytes));
  const patched = layeredMatcher(matcher, [{ added: loadSnapshot(patch.added), removed: loadSnapshot(patch.removed) }], patch.info);
  const applySeconds = seconds(start);

  // Lookups go on while the swap happens: the worker answers from the old list until the one
  // assignment that puts the new one in use, then from the new one; never nothing.
  const probes = [...added.slice(0, 200).map((s) => s.domains[0]!), ...lifted.slice(0, 200).flatMap((s) => [...s.domains, ...s.wildcards.map((w) => `www.${w}`)]), ...records.slice(0, 400).flatMap((s) => s.domains)];
  let inUse: BlocklistMatcher = matcher;
  let refused = 0;
  for (const [index, probe] of probes.entries()) {
    if (index === probes.length / 2) inUse = patched;
    try {
      inUse.matchHost(probe);
    } catch {
      refused++;
    }
  }
  const naive = await buildNaiveMatcher(next, { ...meta, date: '2026-12-06', built: fresh.info.built });
  const differ = probes.filter((probe) => sorted(patched.matchHost(probe)) !== sorted(naive.matchHost(probe))).length;

  const time = (lookup: (q: string) => ListHit[], queries: string[]) => {
    const start = process.hrtime.bigint();
    for (let round = 0; round < 20; round++) for (const query of queries) lookup(query);
    return Number(process.hrtime.bigint() - start) / 1000 / (20 * queries.length);
  };
  const hosts = records.slice(0, 5_000).flatMap((s) => s.domains);
  const share = patchBytes.length / fresh.bytes.length;
  const rows: [string, string, string, string][] = [
    ['figure', 'patch', 'naive', 'target'],
    ['download', `${patchBytes.length} bytes (${(share * 100).toFixed(3)} % of the snapshot)`, `${fresh.bytes.length} bytes (the new snapshot)`, `≤ ${TARGETS.patchShare * 100} %: ${share <= TARGETS.patchShare ? 'PASS' : 'FAIL'}`],
    ['changed records as registry text, gzip', `${changedText} bytes`, '', `patch is ${(patchBytes.length / changedText).toFixed(2)}x it`],
    ['publish (diff + compile the patch)', `${publishSeconds.toFixed(2)} s`, `${recompileSeconds.toFixed(1)} s (compile the new list)`, ''],
    ['apply on the client', `${(applySeconds * 1000).toFixed(2)} ms`, `${recompileSeconds.toFixed(1)} s (recompile on the client)`, `< ${TARGETS.applySeconds} s: ${applySeconds < TARGETS.applySeconds ? 'PASS' : 'FAIL'}`],
    ['host lookup, mean', `${time((q) => patched.matchHost(q), hosts).toFixed(2)} µs with the patch`, `${time((q) => matcher.matchHost(q), hosts).toFixed(2)} µs without`, ''],
    ['lookups during the swap', `${probes.length} asked, ${refused} refused`, '', refused === 0 ? 'PASS' : 'FAIL'],
    ['answers against the naive matcher over the new list', `${probes.length - differ} of ${probes.length} equal`, '', differ === 0 ? 'PASS' : 'FAIL'],
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) console.log(`  ${row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ')}`);
}
