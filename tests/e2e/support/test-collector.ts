// The real collector service (collector/src) in the test process: its own start-up path, on an
// in-memory PGlite and a loopback port, without rate limits (the scenarios retry on purpose).
import { readConfig } from '../../../collector/src/config';
import { startCollector, type RunningCollector } from '../../../collector/src/server';

/** `statsK` is the collector's k-anonymity threshold for GET /v1/stats. */
export function startTestCollector({ statsK }: { statsK: number }): Promise<RunningCollector> {
  return startCollector(
    readConfig({ PORT: '0', HOST: '127.0.0.1', COLLECTOR_DATA_DIR: 'memory://', STATS_K: String(statsK), RATE_LIMIT: '0' }),
  );
}
