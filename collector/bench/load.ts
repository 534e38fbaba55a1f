// `npm run bench:collector`: concurrent clients post report batches to a real collector on loopback,
// some of them again (retries), for a bounded time per backend; prints accepted reports per second
// and latency, and fails when the stored count differs from the unique reports accepted.
//
// Each backend gets two phases: `max` (every client posts again as soon as it has its answer: the
// throughput ceiling) and paced at BENCH_RATE new reports/s, retries on top (clients post on a
// schedule, and latency counts from the scheduled time, so a collector that falls behind pays for
// the queue it builds).
// Environment: BENCH_CLIENTS (50), BENCH_SECONDS (10 a phase), BENCH_BATCH (20 reports a batch),
// BENCH_RATE (5000), BENCH_RETRY_SHARE (0.1); PostgreSQL is measured too when DATABASE_URL is set.
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { CAUSES } from '@blocklens/vocabulary';
import { openDatabase } from '../src/storage/open-database';
import { createReportStore } from '../src/storage/report-store';
import { spawnCollector } from '../test/support/collector-process';
import { batchOf, makeReport } from '../test/support/reports';
import { availableBackends, scratchDatabase, type Backend } from '../test/support/scratch-database';

const CLIENTS = setting('BENCH_CLIENTS', 50);
const SECONDS = setting('BENCH_SECONDS', 10);
const BATCH = setting('BENCH_BATCH', 20);
const RATE = setting('BENCH_RATE', 5_000);
const RETRY_SHARE = Number(process.env.BENCH_RETRY_SHARE ?? 0.1);
if (!(RETRY_SHARE >= 0 && RETRY_SHARE < 1)) throw new Error('BENCH_RETRY_SHARE must be at least 0 and below 1');
const DOMAINS = Array.from({ length: 2_000 }, (_, n) => `site${n}.ru`);

/** What the clients saw in one phase. */
interface Tally {
  requests: number;
  retries: number;
  /** Reports in batches sent again after a 202: each must come back as a duplicate. */
  retriedReports: number;
  accepted: number;
  duplicates: number;
  failures: Map<string, number>;
  latencies: number[];
}

interface Answer {
  status: number;
  accepted: number;
  duplicates: number;
}

function setting(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
}

function newBatch(hour: string): string {
  const reports = Array.from({ length: BATCH }, () =>
    makeReport({ hour, domain: DOMAINS[Math.floor(Math.random() * DOMAINS.length)], cause: CAUSES[Math.floor(Math.random() * 3)] }),
  );
  return JSON.stringify(batchOf(reports));
}

// node:http rather than fetch: the bench shares two cores with the collector and the database, and
// fetch costs the client about three times the CPU per request.
function post(agent: Agent, url: string, body: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      `${url}/v1/reports`,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const answer = JSON.parse(Buffer.concat(chunks).toString()) as Partial<Answer>;
          resolve({ status: response.statusCode ?? 0, accepted: answer.accepted ?? 0, duplicates: answer.duplicates ?? 0 });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** One client: posts until the deadline, every `interval` ms when paced, back to back when not. */
async function client(send: (body: string) => Promise<Answer>, deadline: number, interval: number | null, hour: string, delivered: string[], tally: Tally): Promise<void> {
  let next = performance.now() + (interval === null ? 0 : Math.random() * interval);
  for (;;) {
    const scheduled = interval === null ? performance.now() : next;
    if (scheduled >= deadline) return;
    const wait = scheduled - performance.now();
    if (wait > 0) await sleep(wait);
    if (interval !== null) next += interval;

    const retry = delivered.length > 0 && Math.random() < RETRY_SHARE;
    const body = retry ? delivered[Math.floor(Math.random() * delivered.length)]! : newBatch(hour);
    try {
      const answer = await send(body);
      tally.latencies.push(performance.now() - scheduled);
      tally.requests++;
      if (answer.status !== 202) {
        tally.failures.set(`HTTP ${answer.status}`, (tally.failures.get(`HTTP ${answer.status}`) ?? 0) + 1);
        continue;
      }
      tally.accepted += answer.accepted;
      tally.duplicates += answer.duplicates;
      if (retry) {
        tally.retries++;
        tally.retriedReports += BATCH;
      } else delivered.push(body);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      tally.failures.set(reason, (tally.failures.get(reason) ?? 0) + 1);
    }
  }
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? NaN;
}

async function phase(backend: Backend, url: string, rate: number | null, delivered: string[]): Promise<Tally> {
  const tally: Tally = { requests: 0, retries: 0, retriedReports: 0, accepted: 0, duplicates: 0, failures: new Map(), latencies: [] };
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const hour = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000).toISOString().replace('.000Z', 'Z');
  const interval = rate === null ? null : (CLIENTS * BATCH * 1000 * (1 - RETRY_SHARE)) / rate;
  const started = performance.now();
  const send = (body: string) => post(agent, url, body);
  await Promise.all(Array.from({ length: CLIENTS }, () => client(send, started + SECONDS * 1000, interval, hour, delivered, tally)));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();

  const sorted = tally.latencies.sort((a, b) => a - b);
  const failures = tally.failures.size > 0 ? `, failures ${JSON.stringify(Object.fromEntries(tally.failures))}` : '';
  console.log(
    `${backend.padEnd(8)} ${(rate === null ? 'max' : `${rate}/s`).padEnd(7)} ${(tally.accepted / elapsed).toFixed(0).padStart(7)} reports/s accepted` +
      `  ${(tally.requests / elapsed).toFixed(0).padStart(5)} requests/s  p50 ${percentile(sorted, 0.5).toFixed(1)} ms  p99 ${percentile(sorted, 0.99).toFixed(1)} ms` +
      `  (${tally.retries} retries${failures})`,
  );
  return tally;
}

async function measure(backend: Backend): Promise<boolean> {
  const scratch = await scratchDatabase(backend, { persistent: true });
  try {
    const server = await spawnCollector({ DATABASE_URL: scratch.config.databaseUrl ?? '', COLLECTOR_DATA_DIR: scratch.config.dataDir, RATE_LIMIT: '0' });
    const delivered: string[] = [];
    const tallies = [await phase(backend, server.url, null, delivered), await phase(backend, server.url, RATE, delivered)];
    await server.stop('SIGTERM');

    const db = await openDatabase(scratch.config);
    const stored = await createReportStore(db, 1).count();
    await db.close();

    const sum = (field: 'accepted' | 'duplicates' | 'retriedReports') => tallies.reduce((total, tally) => total + tally[field], 0);
    const sound = stored === sum('accepted') && sum('duplicates') === sum('retriedReports') && tallies.every((tally) => tally.failures.size === 0);
    console.log(
      `${backend.padEnd(8)} stored ${stored} = unique accepted ${sum('accepted')}; duplicates ${sum('duplicates')} of ${sum('retriedReports')} resent: ` +
        (sound ? 'nothing lost, nothing doubled' : 'FAILED'),
    );
    return sound;
  } finally {
    await scratch.dispose();
  }
}

console.log(`${CLIENTS} clients, ${BATCH} reports a batch, ${Math.round(RETRY_SHARE * 100)}% resent, ${SECONDS} s a phase`);
let sound = true;
for (const backend of availableBackends()) sound = (await measure(backend)) && sound;
if (!process.env.DATABASE_URL) console.log('postgres: skipped (set DATABASE_URL to measure it)');
process.exitCode = sound ? 0 : 1;
