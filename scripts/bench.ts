// npm run bench [-- --registry FILE]: the snapshot matcher against the naive baseline (list text
// parsed into maps at start, linear range scan) in one run, on a seeded synthetic registry at the
// scale of issue 3 or on a real registry dump. Prints compile time, snapshot size, load-to-ready
// time, retained heap, lookup times, the ratios, and PASS/FAIL against the targets; on the
// synthetic registry, then the list patches of a day of changes (bench-patches.ts). First, the cost of
// following transfers per request (bench-transfers.ts); `-- --transfers` runs only that.
// `--networks`: the bundled hosting networks only (bench-networks.ts).

import { spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compileSnapshot, type CompileResult } from '../lib/blocklist/compile/compile-snapshot';
import { verifySnapshotChecksum } from '../lib/blocklist/format/snapshot-format';
import type { BlocklistMatcher, ListHit, SourceRecord } from '../lib/blocklist/format/types';
import { loadSnapshot } from '../lib/blocklist/lookup/load-snapshot';
import { parseRkn } from '../lib/blocklist/sources/parse-rkn';
import { ParseTally } from '../lib/blocklist/sources/parse-tally';
import { wordMask } from '../lib/ip/address-bits';
import { buildNaiveMatcher } from '../tests/support/blocklist/naive-matcher';
import {
  REGISTRY_SCALE,
  registryDump,
  SeededRandom,
  SYNTHETIC_LIST,
  syntheticRegistry,
  syntheticSite,
} from '../tests/support/blocklist/synthetic-registry';
import { benchNetworks } from './bench-networks';
import { benchPatches } from './bench-patches';
import { benchTransfers } from './bench-transfers';

const TARGETS = {
  compileSeconds: 30,
  /** Issue 3 says 24 MB: taken as 24,000,000 bytes, the stricter reading. */
  snapshotBytes: 24_000_000,
  loadMs: 5,
  retainedRatio: 1.2,
  hostMedianUs: 1,
  addressMedianUs: 0.5,
};
const QUERIES = 20_000;
const COLD_LOADS = 5;
const BATCH = 100;

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (npm run bench does)');

/** Heap and off-heap memory (ArrayBuffers count as external) after a full collection. */
function memory(): number {
  gc!();
  gc!();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.external;
}

function seconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** CPU seconds this process spent since `start` (process.cpuUsage()): less swayed by a busy machine. */
function cpuSeconds(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

type Source = () => AsyncIterable<SourceRecord>;

interface Queries {
  hostHits: string[];
  hostMisses: string[];
  addressHits: string[];
  addressMisses: string[];
}

/** Query material drawn from the list itself: listed names, parents, wildcards, addresses in ranges. */
async function buildQueries(records: AsyncIterable<SourceRecord> | Iterable<SourceRecord>, seed: number): Promise<Queries> {
  const random = new SeededRandom(seed);
  const domains: string[] = [];
  const wildcards: string[] = [];
  const addresses: string[] = [];
  for await (const record of records) {
    for (const domain of record.domains) domains.push(domain);
    for (const wildcard of record.wildcards) wildcards.push(wildcard);
    for (const address of record.addresses) addresses.push(address);
  }
  const hostHits = Array.from({ length: domains.length ? QUERIES : 0 }, () => {
    const kind = random.next();
    if (kind < 0.4 || !wildcards.length) return kind < 0.7 ? random.pick(domains) : `cdn.${random.pick(domains)}`;
    return `x${random.below(100)}.${random.pick(wildcards)}`;
  });
  const hostMisses = Array.from({ length: QUERIES }, () => `nx-${syntheticSite(random)}`);
  const addressHits = Array.from({ length: addresses.length ? QUERIES : 0 }, () => addressInside(random, random.pick(addresses)));
  const addressMisses = Array.from({ length: QUERIES }, () =>
    random.next() < 0.9
      ? [random.below(223) + 1, random.below(256), random.below(256), random.below(256)].join('.')
      : `2a0${random.below(10)}:${random.below(65536).toString(16)}::${random.below(65536).toString(16)}`,
  );
  return { hostHits, hostMisses, addressHits, addressMisses };
}

/** A random address inside a listed IPv4 entry; the first address of an IPv6 range. */
function addressInside(random: SeededRandom, entry: string): string {
  const [address = '', prefixText] = entry.split('/');
  if (prefixText === undefined || address.includes(':')) return address;
  const prefix = Number(prefixText);
  const start = address.split('.').reduce((value, octet) => value * 256 + Number(octet), 0);
  const value = (start | (random.uint32() & ~wordMask(prefix))) >>> 0;
  return [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join('.');
}

interface LookupTiming {
  /** Mean of the first pass over the queries: cold code, and records decoded the first time. */
  firstPassUs: number;
  medianUs: number;
  p99Us: number;
}

/** Per-lookup time from batches of BATCH lookups: the median and 99th percentile batch. */
function timeLookups(lookup: (query: string) => ListHit[], queries: string[]): LookupTiming {
  if (queries.length < BATCH) return { firstPassUs: NaN, medianUs: NaN, p99Us: NaN };
  let sink = 0;
  const first = process.hrtime.bigint();
  for (const query of queries) sink += lookup(query).length;
  const firstPassUs = Number(process.hrtime.bigint() - first) / queries.length / 1000;
  const batches = Math.floor(queries.length / BATCH);
  const perLookup: number[] = [];
  for (let batch = 0; batch < batches; batch++) {
    const start = process.hrtime.bigint();
    for (let i = batch * BATCH; i < (batch + 1) * BATCH; i++) sink += lookup(queries[i]!).length;
    perLookup.push(Number(process.hrtime.bigint() - start) / BATCH / 1000);
  }
  if (sink < 0) throw new Error('unreachable');
  perLookup.sort((a, b) => a - b);
  return { firstPassUs, medianUs: perLookup[Math.floor(batches / 2)]!, p99Us: perLookup[Math.floor(batches * 0.99)]! };
}

interface MatcherFigures {
  readySeconds: number;
  retainedBytes: number;
  hostHits: LookupTiming;
  hostMisses: LookupTiming;
  addressHits: LookupTiming;
  addressMisses: LookupTiming;
}

function lookupFigures(matcher: BlocklistMatcher, queries: Queries) {
  return {
    hostHits: timeLookups((q) => matcher.matchHost(q), queries.hostHits),
    hostMisses: timeLookups((q) => matcher.matchHost(q), queries.hostMisses),
    addressHits: timeLookups((q) => matcher.matchAddress(q), queries.addressHits),
    addressMisses: timeLookups((q) => matcher.matchAddress(q), queries.addressMisses),
  };
}

/** Keeps the queries of each set that the reference puts in it, and says how many it dropped. */
function checkQueries(naive: BlocklistMatcher, snapshot: BlocklistMatcher, queries: Queries): string[] {
  const notes: string[] = [];
  const keep = (name: keyof Queries, lookup: (m: BlocklistMatcher, q: string) => ListHit[], hits: boolean) => {
    const all = queries[name];
    queries[name] = all.filter((query) => lookup(naive, query).length > 0 === hits);
    if (queries[name].length < all.length) notes.push(`${name}: ${all.length - queries[name].length} queries dropped (wrong set)`);
    const differ = queries[name].filter((q) => JSON.stringify(lookup(naive, q)) !== JSON.stringify(lookup(snapshot, q)));
    if (differ.length) notes.push(`MISMATCH ${name}: ${differ.length} queries answered differently, e.g. ${differ[0]}`);
  };
  keep('hostHits', (m, q) => m.matchHost(q), true);
  keep('hostMisses', (m, q) => m.matchHost(q), false);
  keep('addressHits', (m, q) => m.matchAddress(q), true);
  keep('addressMisses', (m, q) => m.matchAddress(q), false);
  return notes;
}

/** The timings mean little on a busy machine: say how busy it was. */
function loadAverage(): string {
  return `load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`;
}

async function run(label: string, source: Source, meta: { name: string; date: string }, queries: Queries): Promise<CompileResult> {
  console.log(`\n${label}; ${loadAverage()}`);
  let start = process.hrtime.bigint();
  let cpu = process.cpuUsage();
  for await (const record of source()) if (!record) throw new Error('unreachable');
  const parse = { wall: seconds(start), cpu: cpuSeconds(cpu) };
  start = process.hrtime.bigint();
  cpu = process.cpuUsage();
  const compiled = await compileSnapshot(source(), meta);
  const compile = { wall: seconds(start), cpu: cpuSeconds(cpu) };
  const { bytes } = compiled;
  const counts = compiled.info.counts;
  console.log(
    `  ${counts.domains} domains, ${counts.wildcards} wildcards, ${counts.urls} URLs, ${counts.ipv4} IPv4 and ` +
      `${counts.ipv6} IPv6 entries, ${counts.records} records; ${compiled.refused.count} entries refused`,
  );

  const before = memory();
  const buffer = bytes.slice().buffer;
  // Collect now the garbage the copy's external memory would make V8 collect inside the next call.
  gc!();
  start = process.hrtime.bigint();
  const snapshot = loadSnapshot(buffer, { verifyChecksum: false });
  const firstLoad = seconds(start);
  const cold = coldLoadSeconds(bytes);
  const loads: number[] = [];
  for (let i = 0; i < 21; i++) {
    start = process.hrtime.bigint();
    loadSnapshot(buffer, { verifyChecksum: false });
    loads.push(seconds(start));
  }
  loads.sort((a, b) => a - b);
  start = process.hrtime.bigint();
  verifySnapshotChecksum(buffer);
  const checksumSeconds = seconds(start);
  // The code tables of the text models are built at first use: count them in the retained heap.
  useEveryTable(snapshot);
  const snapshotRetained = memory() - before;

  const naiveBefore = memory();
  start = process.hrtime.bigint();
  const naive = await buildNaiveMatcher(source(), { ...meta, built: compiled.info.built });
  const naiveReady = seconds(start);
  const naiveRetained = memory() - naiveBefore;

  for (const note of checkQueries(naive, snapshot, queries)) console.log(`  ${note}`);
  const figures: MatcherFigures = {
    readySeconds: cold.load,
    retainedBytes: snapshotRetained,
    ...lookupFigures(snapshot, queries),
  };
  const naiveFigures: MatcherFigures = { readySeconds: naiveReady, retainedBytes: naiveRetained, ...lookupFigures(naive, queries) };
  report(
    { compile, parse, snapshotBytes: bytes.length, firstLoad, medianLoad: loads[10]!, firstLookup: cold.firstLookup, checksumSeconds },
    figures,
    naiveFigures,
  );
  console.log(`  at the end: ${loadAverage()}`);
  return compiled;
}

function report(
  snapshotOnly: {
    compile: { wall: number; cpu: number };
    parse: { wall: number; cpu: number };
    snapshotBytes: number;
    firstLoad: number;
    medianLoad: number;
    firstLookup: number;
    checksumSeconds: number;
  },
  snapshot: MatcherFigures,
  naive: MatcherFigures,
): void {
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
  const ms = (s: number) => `${(s * 1000).toFixed(3)} ms`;
  const us = (value: number) => `${value.toFixed(3)} µs`;
  const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}x`;
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  const rows: string[][] = [['figure', 'snapshot', 'naive', 'naive/snapshot', 'target', '']];
  const { compile, parse } = snapshotOnly;
  const wallAndCpu = ({ wall, cpu }: { wall: number; cpu: number }) => `${wall.toFixed(1)} s (CPU ${cpu.toFixed(1)} s)`;
  rows.push(['compile (parse + build)', wallAndCpu(compile), '-', '', '< 30 s', verdict(compile.wall < TARGETS.compileSeconds)]);
  rows.push(['  parsing alone', wallAndCpu(parse), '', '', '', '']);
  const size = `${(snapshotOnly.snapshotBytes / 1e6).toFixed(2)} MB (${mb(snapshotOnly.snapshotBytes)})`;
  rows.push(['snapshot size', size, '-', '', '< 24 MB', verdict(snapshotOnly.snapshotBytes < TARGETS.snapshotBytes)]);
  rows.push([
    'load-to-ready, fresh process',
    ms(snapshot.readySeconds),
    ms(naive.readySeconds),
    ratio(naive.readySeconds, snapshot.readySeconds),
    '< 5 ms',
    verdict(snapshot.readySeconds * 1000 < TARGETS.loadMs),
  ]);
  rows.push(['  here: first / median load', `${ms(snapshotOnly.firstLoad)} / ${ms(snapshotOnly.medianLoad)}`, '', '', '', '']);
  rows.push(['  first host lookup after it', ms(snapshotOnly.firstLookup), '', '', '', '']);
  rows.push(['checksum, once a session', ms(snapshotOnly.checksumSeconds), '-', '', '', '']);
  rows.push([
    'retained heap',
    `${mb(snapshot.retainedBytes)} (${(snapshot.retainedBytes / snapshotOnly.snapshotBytes).toFixed(2)}x)`,
    mb(naive.retainedBytes),
    ratio(naive.retainedBytes, snapshot.retainedBytes),
    '<= 1.2x snapshot',
    verdict(snapshot.retainedBytes <= TARGETS.retainedRatio * snapshotOnly.snapshotBytes),
  ]);
  const lookups: [string, keyof MatcherFigures, number][] = [
    ['host hit', 'hostHits', TARGETS.hostMedianUs],
    ['host miss', 'hostMisses', TARGETS.hostMedianUs],
    ['address hit', 'addressHits', TARGETS.addressMedianUs],
    ['address miss', 'addressMisses', TARGETS.addressMedianUs],
  ];
  for (const [name, key, target] of lookups) {
    const ours = snapshot[key] as LookupTiming;
    const theirs = naive[key] as LookupTiming;
    if (Number.isNaN(ours.medianUs)) {
      rows.push([name, 'no such queries in this list', '', '', '', '']);
      continue;
    }
    rows.push([`${name} median`, us(ours.medianUs), us(theirs.medianUs), ratio(theirs.medianUs, ours.medianUs), `< ${target} µs`, verdict(ours.medianUs < target)]);
    rows.push([`${name} p99`, us(ours.p99Us), us(theirs.p99Us), ratio(theirs.p99Us, ours.p99Us), '', '']);
    rows.push([`${name} first pass`, us(ours.firstPassUs), us(theirs.firstPassUs), ratio(theirs.firstPassUs, ours.firstPassUs), '', '']);
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) console.log(`  ${row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ')}`);
}

async function* chunksOf(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += 1 << 16) yield bytes.subarray(at, at + (1 << 16));
}

/** One lookup of each kind, which builds the code tables the text models make at first use. */
function useEveryTable(matcher: BlocklistMatcher): void {
  matcher.matchHost('example.org');
  matcher.matchUrl('http://example.org/');
  matcher.matchAddress('192.0.2.1');
}

/**
 * A worker loads the snapshot with cold code, once: the median of COLD_LOADS fresh processes, each
 * timing its first loadSnapshot (a single in-process sample is at the mercy of the scheduler), and
 * then its first host lookup, which builds the host model's code tables.
 */
function coldLoadSeconds(bytes: Uint8Array): { load: number; firstLookup: number } {
  const path = join(mkdtempSync(join(tmpdir(), 'blocklens-bench-')), 'snapshot.bin');
  writeFileSync(path, bytes);
  const self = fileURLToPath(import.meta.url);
  const runs = Array.from({ length: COLD_LOADS }, () => {
    const child = spawnSync(process.execPath, [...process.execArgv, self, '--cold-load', path], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`cold load failed: ${child.stderr}`);
    const [load, firstLookup] = child.stdout.trim().split(' ').map(Number);
    return { load: load!, firstLookup: firstLookup! };
  });
  rmSync(dirname(path), { recursive: true });
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(COLD_LOADS / 2)]!;
  return { load: median(runs.map((run) => run.load)), firstLookup: median(runs.map((run) => run.firstLookup)) };
}

function coldLoad(path: string): void {
  const file = readFileSync(path);
  const buffer = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength);
  gc!();
  let start = process.hrtime.bigint();
  const matcher = loadSnapshot(buffer, { verifyChecksum: false });
  const load = seconds(start);
  start = process.hrtime.bigint();
  matcher.matchHost('www.example.org');
  console.log(`${load} ${seconds(start)}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      registry: { type: 'string' },
      'cold-load': { type: 'string' },
      networks: { type: 'boolean' },
      transfers: { type: 'boolean' },
    },
  });
  if (values['cold-load']) return coldLoad(values['cold-load']);
  if (values.networks) return benchNetworks();
  await benchTransfers();
  if (values.transfers) return;
  if (values.registry) {
    const path = resolve(values.registry);
    const parse = (tally: ParseTally) => parseRkn(createReadStream(path), 'ru-registry', tally);
    const tally = new ParseTally(path);
    const queries = await buildQueries(parse(tally), 1);
    const meta = { name: 'ru-registry', date: tally.summary.updated };
    await run(`registry dump ${path} (${(statSync(path).size / 1e6).toFixed(1)} MB)`, () => parse(new ParseTally(path)), meta, queries);
    return;
  }
  const start = process.hrtime.bigint();
  let records: SourceRecord[] | null = syntheticRegistry(REGISTRY_SCALE);
  const date = '2026-01-01';
  const dump = registryDump(records, date);
  const queries = await buildQueries(records, 2);
  records = null;
  const label =
    `synthetic registry (seed ${REGISTRY_SCALE.seed}, ${(dump.length / 1e6).toFixed(1)} MB dump, ` +
    `generated in ${seconds(start).toFixed(1)} s)`;
  const meta = { name: SYNTHETIC_LIST, date };
  const compiled = await run(label, () => parseRkn(chunksOf(dump), SYNTHETIC_LIST, new ParseTally('synthetic')), meta, queries);
  await benchPatches(syntheticRegistry(REGISTRY_SCALE), compiled, meta);
}

await main();
