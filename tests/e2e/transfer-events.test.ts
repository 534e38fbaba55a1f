// Measures what Chromium's webRequest reports when a transfer breaks after the response started
// (reset, closed, silent; HTTP/1.1 with a length or chunked, HTTP/2), with a bare probe extension
// instead of Blocklens: the facts http-cut and http-stall are built on (README, "Cut and stalled
// transfers"). The lines are printed; the assertions hold what Blocklens relies on.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventLog, writeEventProbe } from './support/event-probe';
import { CUT_HOST, PAGE_HOST, TransferScenarios } from './support/transfer-scenarios';

/** Long enough for every reset and close to arrive; a silent transfer shows nothing more meanwhile. */
const OBSERVE_MS = 4_000;

// Measurements, not checks of Blocklens: run on demand (BLOCKLENS_MEASURE=1), they take ~40 s.
describe.runIf(process.env.BLOCKLENS_MEASURE === '1')('Chromium webRequest on cut transfers', () => {
  let log: EventLog;
  let scenarios: TransferScenarios;
  let lines: string[] = [];

  beforeAll(async () => {
    log = await EventLog.start();
    scenarios = await TransferScenarios.start();
    const probe = await writeEventProbe(log.url);
    const profile = await mkdtemp(join(tmpdir(), 'blocklens-e2e-probe-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      headless: true,
      ignoreHTTPSErrors: true,
      args: [
        `--disable-extensions-except=${probe}`,
        `--load-extension=${probe}`,
        `--host-resolver-rules=MAP ${CUT_HOST.name} ${CUT_HOST.address}, MAP ${PAGE_HOST.name} ${PAGE_HOST.address}, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-auto-reload',
        '--no-first-run',
        '--disable-background-networking',
      ],
    });
    try {
      if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
      await Promise.all(
        scenarios.tabs.map(async (url) => {
          const page = await context.newPage();
          await page.goto(url, { waitUntil: 'commit' }).catch(() => {});
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, OBSERVE_MS));
      lines = scenarios.report(log);
      console.log(`Chromium, webRequest per request:\n${lines.join('\n')}`);
    } finally {
      await context.close();
      await rm(profile, { recursive: true, force: true });
      await rm(probe, { recursive: true, force: true });
    }
  }, 60_000);

  afterAll(async () => {
    await scenarios?.stop();
    await log?.stop();
  });

  it('reports a reset or close after the response started as an error of that request', () => {
    const broken = lines.filter((line) => / (reset|close) \| (main_frame|image|script|fetch) /.test(line));
    expect(broken).toHaveLength(24);
    for (const line of broken) {
      expect(line).toMatch(/onResponseStarted > onErrorOccurred\(net::ERR_(CONNECTION_RESET|CONTENT_LENGTH_MISMATCH|INCOMPLETE_CHUNKED_ENCODING|CONNECTION_CLOSED)\)/);
    }
  });

  it('reports nothing after the start of a transfer that went silent', () => {
    const silent = lines.filter((line) => / silent \| (main_frame|image|script|fetch) /.test(line));
    expect(silent).toHaveLength(12);
    for (const line of silent) expect(line).toMatch(/onResponseStarted \+0ms$/);
    // A request made later on the silent HTTP/2 connection never gets its headers.
    expect(lines.find((line) => line.startsWith('HTTP/2 silent | later'))).toMatch(/onSendHeaders \+\d+ms$/);
  });
});
