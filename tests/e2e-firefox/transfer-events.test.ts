// Measures what Firefox's webRequest reports when a transfer breaks after the response started
// (reset, closed, silent; HTTP/1.1 with a length or chunked, HTTP/2), with the bare probe extension
// of the Chromium measurement (tests/e2e/transfer-events.test.ts); README, "Cut and stalled transfers".
import { rm } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventLog, writeEventProbe } from '../e2e/support/event-probe';
import { CUT_HOST, PAGE_HOST, TransferScenarios } from '../e2e/support/transfer-scenarios';
import { mapTestHosts, trustRoot } from './support/firefox-browser';

/** Long enough for every reset and close to arrive; a silent transfer shows nothing more meanwhile. */
const OBSERVE_MS = Number(process.env.OBSERVE_MS ?? 4_000);

// Measurements, not checks of Blocklens: run on demand (BLOCKLENS_MEASURE=1), they take ~40 s.
describe.runIf(process.env.BLOCKLENS_MEASURE === '1')('Firefox webRequest on cut transfers', () => {
  let log: EventLog;
  let scenarios: TransferScenarios;
  let lines: string[] = [];

  beforeAll(async () => {
    log = await EventLog.start();
    scenarios = await TransferScenarios.start();
    const probe = await writeEventProbe(log.url);
    const firefox = await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
      headless: true,
      args: ['--remote-allow-system-access'],
    });
    try {
      await mapTestHosts(firefox, [CUT_HOST, PAGE_HOST]);
      await trustRoot(firefox, scenarios.rootBase64);
      await firefox.installExtension(probe);
      await Promise.all(
        scenarios.tabs.map(async (url) => {
          const page = await firefox.newPage();
          page.goto(url).catch(() => {});
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, OBSERVE_MS));
      lines = scenarios.report(log);
      console.log(`Firefox, webRequest per request:\n${lines.join('\n')}`);
    } finally {
      await firefox.close();
      await rm(probe, { recursive: true, force: true });
    }
  }, 60_000);

  afterAll(async () => {
    await scenarios?.stop();
    await log?.stop();
  });

  it('reports a reset or close after the response started as an error of that request', () => {
    const broken = lines.filter((line) => /^HTTP\/1\.1 \w+ (reset|close) \| (main_frame|image|script|fetch) /.test(line));
    expect(broken).toHaveLength(16);
    for (const line of broken) {
      expect(line).toMatch(/onResponseStarted > onErrorOccurred\(NS_ERROR_NET_(RESET|PARTIAL_TRANSFER)\)/);
    }
  });

  it('reports nothing after the start of a transfer that went silent', () => {
    const silent = lines.filter((line) => /^HTTP\/1\.1 \w+ silent \| (main_frame|image|script|fetch) /.test(line));
    expect(silent).toHaveLength(8);
    for (const line of silent) expect(line).toMatch(/onResponseStarted \+0ms$/);
  });

  it('over HTTP/2, shows no headers for a stream cut in its first 16 KB, and aborts it when the connection breaks', () => {
    const h2 = lines.filter((line) => /^HTTP\/2 \w+ \| (main_frame|image|script|fetch) /.test(line));
    expect(h2).toHaveLength(12);
    for (const line of h2) {
      expect(line).toMatch(line.includes('silent') ? /onSendHeaders \+\d+ms$/ : /onSendHeaders > onErrorOccurred\(NS_ERROR_ABORT\)/);
    }
  });
});
