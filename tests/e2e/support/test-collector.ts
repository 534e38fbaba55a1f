// The real collector service (collector/src) in the test process: its own start-up path, on an
// in-memory PGlite and a loopback port, without rate limits (the scenarios retry on purpose), with
// the fault front before it.
import { afterAll, beforeAll } from 'vitest';
import { readConfig } from '../../../collector/src/config';
import { startCollector, type RunningCollector } from '../../../collector/src/server';
import { FaultProxy } from './fault-proxy';

export interface TestCollector {
  collector: RunningCollector;
  /** The address to give the extension: the front, passing requests through until told otherwise. */
  proxy: FaultProxy;
}

/**
 * Registers the file's hooks; the returned function gives the running collector inside a test.
 * It starts at once, while the browser launches (PGlite takes seconds), and stops after the file.
 * `statsK` is the collector's k-anonymity threshold for GET /v1/stats.
 */
export function useTestCollector({ statsK }: { statsK: number }): () => TestCollector {
  const starting = startCollector(
    readConfig({ PORT: '0', HOST: '127.0.0.1', COLLECTOR_DATA_DIR: 'memory://', STATS_K: String(statsK), RATE_LIMIT: '0' }),
  );
  // A failed start is reported by beforeAll, not as an unhandled rejection.
  starting.catch(() => {});
  let running: TestCollector | undefined;
  beforeAll(async () => {
    const collector = await starting;
    running = { collector, proxy: await FaultProxy.start(collector.url) };
  });
  afterAll(async () => {
    await running?.proxy.close();
    await (await starting.catch(() => null))?.close();
  });
  return () => {
    if (!running) throw new Error('the collector did not start');
    return running;
  };
}
