// The collector as it runs for real: started by the same code as `npm run collector`, over HTTP on
// loopback, and restarted on its data after being killed.
import { request } from 'node:http';
import { hourOf } from '@blocklens/report-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../src/config';
import { domainPrefix } from '../src/domain-prefix';
import { startCollector, type RunningCollector } from '../src/server';
import { spawnCollector } from './support/collector-process';
import { batchOf, makeReport } from './support/reports';
import { availableBackends, scratchDatabase, type ScratchDatabase } from './support/scratch-database';

const post = (url: string, body: string) => fetch(`${url}/v1/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

/** Sends `chunks` chunked (no Content-Length) and returns the status, or the error if the connection broke. */
function postChunked(url: string, chunks: number, chunk: string): Promise<number | string> {
  return new Promise((resolve) => {
    const outgoing = request(`${url}/v1/reports`, { method: 'POST', headers: { 'content-type': 'application/json' } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    outgoing.on('error', (error) => resolve(error.message));
    for (let i = 0; i < chunks; i++) outgoing.write(chunk);
    outgoing.end();
  });
}

describe.each(availableBackends())('collector server on %s', (backend) => {
  describe('in process', () => {
    let scratch: ScratchDatabase;
    let collector: RunningCollector;

    beforeAll(async () => {
      scratch = await scratchDatabase(backend);
      collector = await startCollector({ ...readConfig({}), ...scratch.config, port: 0, rateLimitPerMinute: 4 });
    });
    afterAll(async () => {
      await collector.close();
      await scratch.dispose();
    });

    it('listens on loopback, stores over HTTP, refuses an oversized chunked body, and limits by the peer address', async () => {
      expect(collector.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const health = await fetch(`${collector.url}/healthz`);
      expect(await health.json()).toEqual({ status: 'ok' });

      // Dated by the clock this collector reads, which refuses hours outside its retention window.
      const now = { hour: hourOf(Date.now()) };
      const accepted = await post(collector.url, JSON.stringify(batchOf([makeReport(now), makeReport(now)])));
      expect(accepted.status).toBe(202);
      expect(await accepted.json()).toEqual({ accepted: 2, duplicates: 0 });

      expect(await postChunked(collector.url, 100, ' '.repeat(1_000))).toBe(413);
      expect(await collector.store.count()).toBe(2);

      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await fetch(`${collector.url}/v1/stats/${domainPrefix('blocked.ru')}`)).status);
      expect(statuses).toEqual([200, 200, 429]);
    });
  });

  describe('restarted after being killed', () => {
    let scratch: ScratchDatabase;

    beforeAll(async () => {
      scratch = await scratchDatabase(backend, { persistent: true });
    });
    afterAll(() => scratch.dispose());

    it('still holds every report it answered 202 for', async () => {
      const env = { DATABASE_URL: scratch.config.databaseUrl ?? '', COLLECTOR_DATA_DIR: scratch.config.dataDir, STATS_K: '3' };
      // Dated by the clock the collector process reads (the same as this one, real or faked), so its
      // 7-day stats window holds them on any day.
      const reports = Array.from({ length: 3 }, () => makeReport({ domain: 'blocked.ru', hour: hourOf(Date.now()) }));
      const first = await spawnCollector(env);
      for (const report of reports) expect((await post(first.url, JSON.stringify(batchOf([report])))).status).toBe(202);
      // No graceful shutdown: whatever 202 promised must already be on disk.
      await first.stop('SIGKILL');

      const second = await spawnCollector(env);
      try {
        const stats = await fetch(`${second.url}/v1/stats/${domainPrefix('blocked.ru')}`);
        expect(await stats.json()).toEqual({ prefix: domainPrefix('blocked.ru'), domains: [{ domain: 'blocked.ru', last24h: expect.any(Object), last7d: { listed: 3 } }] });
        const again = await post(second.url, JSON.stringify(batchOf(reports)));
        expect(await again.json()).toEqual({ accepted: 0, duplicates: 3 });
      } finally {
        expect(await second.stop('SIGTERM')).toBe(0);
      }
    });
  });
});
