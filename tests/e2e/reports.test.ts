// Reports end to end: the extension in Chromium, the real collector service on loopback, and a front
// that makes the collector fail on demand. Nothing leaves before opt-in; after it, reports arrive
// with exactly the fields of reports.md, once each, through refusals, errors, lost answers and a
// stopped worker.
import type { Report, ReportBatch } from '@blocklens/report-schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { domainPrefix } from '../../collector/src/domain-prefix';
import type { RunningCollector } from '../../collector/src/server';
import type { ExtensionBrowser } from './support/extension-browser';
import type { Exchange, FaultProxy } from './support/fault-proxy';
import { HOSTS } from './support/hosts';
import { navigateToFailure } from './support/navigate';
import { ReportProbe } from './support/report-probe';
import { useTestCollector } from './support/test-collector';
import { useExtensionBrowser } from './support/use-extension-browser';

const RESET_DOMAIN = 'blocklens-e2e-reset.ru';
const DNS_DOMAIN = 'blocklens-e2e-dns.ru';
const REPORT_KEYS = ['id', 'hour', 'domain', 'kind', 'cause', 'mechanism', 'confidence', 'list', 'count', 'country'];
const HOUR_MS = 3_600_000;

/** Report fields that could leak what the URLs below carry besides the host. */
const URL_SECRETS = ['private', 'token', 'secret', 'account', 'www.', 'cdn.', '.test'];

describe('reports to the real collector', () => {
  const session = useExtensionBrowser();
  // k = 1: the stats endpoint then shows every stored report, so a test can read the rows back by domain.
  const service = useTestCollector({ statsK: 1 });
  let collector: RunningCollector;
  let proxy: FaultProxy;
  beforeAll(() => {
    ({ collector, proxy } = service());
  });

  // Opened afresh by each test: the harness closes every tab after a test.
  const openProbe = () => ReportProbe.open(session());
  const turnOn = (probe: ReportProbe) =>
    probe.setSettings({ reports: { enabled: true, collectorUrl: proxy.url, country: 'RU' } });

  /**
   * Listed failures on reportable names (a reset subdomain; two names of one listed domain that do
   * not resolve, which make one report counted twice) and one on a `.test` name, which is never
   * reported. The URLs carry a path, a query, a fragment and a port that no report may contain.
   */
  async function produceFindings(browser: ExtensionBrowser): Promise<void> {
    const { page, tabId } = await browser.openTab();
    const { reportReset, listedReset } = browser.sites;
    reportReset.server.set({ type: 'reset' });
    listedReset.server.set({ type: 'reset' });
    const visits: [string, string][] = [
      [reportReset.name, reportReset.url('/private/path?token=secret#fragment')],
      [HOSTS.reportDns.name, `http://${HOSTS.reportDns.name}/account?id=42`],
      [HOSTS.reportDnsSub.name, `http://${HOSTS.reportDnsSub.name}:8443/secret`],
      [listedReset.name, listedReset.url('/news')],
    ];
    for (const [host, url] of visits) {
      await navigateToFailure(page, url);
      await browser.waitForFinding(tabId, host);
    }
  }

  /** The two reports `produceFindings` queues, once the worker has queued both sightings. */
  const queuedFindings = (probe: ReportProbe) =>
    probe.waitForQueue((queued) => total(queued, RESET_DOMAIN) === 1 && total(queued, DNS_DOMAIN) === 2);

  it('sends nothing at all before opt-in, even with a collector address typed in', async () => {
    const browser = session();
    const probe = await openProbe();
    await probe.setSettings({ reports: { enabled: false, collectorUrl: proxy.url, country: 'RU' } });
    await produceFindings(browser);
    // Both ways a send starts: "send now" (the worker answers null while off) and the alarm.
    expect(await probe.sendNow()).toBeNull();
    await probe.fireSendAlarm();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(proxy.exchanges).toEqual([]);
    expect(await collector.store.count()).toBe(0);
    const queue = await probe.queue();
    expect(queue?.reports ?? []).toEqual([]);
  });

  it('after opt-in on the options page, sends the queue exactly as shown, with only the allowed fields', async () => {
    const browser = session();
    const probe = await openProbe();
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('#consent-url').fill(proxy.url);
    await options.locator('#consent-country').selectOption('RU');
    await options.locator('form.consent-form button[type="submit"]').click();
    await options.locator('form.consent-form[data-reports="on"]').waitFor();

    const before = Date.now();
    await produceFindings(browser);
    const queued = await queuedFindings(probe);
    const after = Date.now();
    await options.reload();
    const shown: unknown = JSON.parse(await options.locator('[data-queue-json]').innerText());
    const sentFrom = proxy.exchanges.length;
    await options.getByRole('button', { name: 'Send now' }).click();
    await options.locator('[data-send-result]').waitFor();
    await options.close();

    const exchanges = proxy.exchanges.slice(sentFrom);
    expect(exchanges.map(({ method, path, status }) => ({ method, path, status }))).toEqual([
      { method: 'POST', path: '/v1/reports', status: 202 },
    ]);
    const [exchange] = exchanges as [Exchange];
    const body = JSON.parse(exchange.body) as ReportBatch;
    expect(body).toEqual(shown);
    expect(JSON.parse(exchange.upstream!.body)).toEqual({ accepted: 2, duplicates: 0 });

    expect(Object.keys(body).sort()).toEqual(['client', 'reports', 'schema']);
    expect(Object.keys(body.client).sort()).toEqual(['browser', 'browserMajor', 'version']);
    expect(body.client).toMatchObject({ browser: 'chrome', version: '0.1.0' });
    expect(sortById(body.reports)).toEqual(sortById(queued));
    const hours = new Set([hourOf(before), hourOf(after)]);
    for (const report of body.reports) {
      expect(Object.keys(report).sort()).toEqual([...REPORT_KEYS].sort());
      expect(hours).toContain(report.hour);
      expect(report.country).toBe('RU');
      expect(report.cause).toBe('listed');
    }
    // www.blocklens-e2e-reset.ru is listed only through the exact entry of its parent: a parent hit.
    expect(byDomain(body.reports, RESET_DOMAIN)).toMatchObject({
      confidence: 'medium',
      kind: 'tcp-reset',
      mechanism: 'dpi',
      count: 1,
      list: [{ list: expect.any(String), authority: 'Роскомнадзор', decision: '2-7001/2026', date: '2026-05-04' }],
    });
    expect(byDomain(body.reports, DNS_DOMAIN)).toMatchObject({
      confidence: 'high',
      kind: 'dns-nxdomain',
      mechanism: 'dns',
      count: 2,
    });
    for (const secret of [...URL_SECRETS, `:${browser.sites.reportReset.server.port}`, ':8443']) {
      expect(exchange.body).not.toContain(secret);
    }

    expect(await collector.store.count()).toBe(2);
    // The collector's own view of the rows: by domain and cause, as GET /v1/stats shows them.
    expect(await collectorStats(RESET_DOMAIN)).toEqual({ domain: RESET_DOMAIN, last24h: { listed: 1 }, last7d: { listed: 1 } });
    expect(await collectorStats(DNS_DOMAIN)).toEqual({ domain: DNS_DOMAIN, last24h: { listed: 1 }, last7d: { listed: 1 } });
    expect((await probe.queue())?.reports).toEqual([]);
  });

  it('keeps every report through a refused connection, a 503, a lost answer and a 429, then delivers each once', async () => {
    const browser = session();
    const probe = await openProbe();
    await turnOn(probe);
    const storedBefore = await collector.store.count();
    const from = proxy.exchanges.length;
    await produceFindings(browser);
    const waiting = sortById(await queuedFindings(probe));

    await proxy.set({ type: 'refuse' });
    expect(await probe.sendNow()).toMatchObject({ outcome: 'failed', sent: 0 });
    expect((await probe.queue())?.state?.delivery.error).toMatchObject({ type: 'network' });

    await proxy.set({ type: 'status', status: 503 });
    expect(await probe.sendNow()).toMatchObject({ outcome: 'failed', sent: 0 });
    expect((await probe.queue())?.state?.delivery.error).toMatchObject({ type: 'status', status: 503 });

    // Seen again while the first two wait: a report of its own, since the collector may hold those.
    const { page } = await browser.openTab();
    await navigateToFailure(page, `http://${HOSTS.reportDnsSub.name}/`);
    const all = sortById(await probe.waitForQueue((queued) => queued.length === 3));
    expect(all.filter((report) => waiting.some((first) => first.id === report.id))).toEqual(waiting);

    await proxy.set({ type: 'lose-answer' });
    expect(await probe.sendNow()).toMatchObject({ outcome: 'failed', sent: 0 });
    // The collector stored them; only its answer was lost.
    expect(await collector.store.count()).toBe(storedBefore + 3);
    expect(sortById((await probe.queue())?.reports ?? [])).toEqual(all);

    await proxy.set({ type: 'status', status: 429, retryAfter: '1' });
    expect(await probe.sendNow()).toMatchObject({ outcome: 'failed', sent: 0 });
    const limited = proxy.exchanges.at(-1)!;
    expect(limited.status).toBe(429);
    await proxy.set({ type: 'pass' });
    // No "send now" this time: the alarm set for the time Retry-After named delivers the queue.
    await probe.waitForQueue((queued) => queued.length === 0);

    const recovered = proxy.exchanges.at(-1)!;
    expect(recovered.status).toBe(202);
    expect(recovered.at - limited.at).toBeGreaterThanOrEqual(1000);
    expect(JSON.parse(recovered.upstream!.body)).toEqual({ accepted: 0, duplicates: 3 });
    expect(await collector.store.count()).toBe(storedBefore + 3);
    // Every attempt carried the same reports, unchanged: the first two alone, then all three.
    const attempts = proxy.exchanges.slice(from).map((exchange) => sortById((JSON.parse(exchange.body) as ReportBatch).reports));
    expect(attempts.length).toBeGreaterThanOrEqual(3);
    for (const sent of attempts) expect([waiting, all]).toContainEqual(sent);
  });

  it('loses nothing when the worker is stopped while reports wait', async () => {
    const browser = session();
    const probe = await openProbe();
    await turnOn(probe);
    await proxy.set({ type: 'pass' });
    const storedBefore = await collector.store.count();
    await produceFindings(browser);
    const waiting = sortById(await queuedFindings(probe));

    const starts = await browser.stopWorker();
    expect(sortById((await probe.queue())?.reports ?? [])).toEqual(waiting);
    const from = proxy.exchanges.length;
    // The alarm wakes the stopped worker, as the one it set for 30 s after the first report would.
    await probe.fireSendAlarm();
    await browser.waitForWorkerStart(starts);
    await probe.waitForQueue((queued) => queued.length === 0);

    const exchanges = proxy.exchanges.slice(from);
    expect(exchanges.map((exchange) => exchange.status)).toEqual([202]);
    expect(sortById((JSON.parse(exchanges[0]!.body) as ReportBatch).reports)).toEqual(waiting);
    expect(await collector.store.count()).toBe(storedBefore + 2);
  });

  async function collectorStats(domain: string): Promise<unknown> {
    const answer = (await (await fetch(`${collector.url}/v1/stats/${domainPrefix(domain)}`)).json()) as { domains: { domain: string }[] };
    return answer.domains.find((entry) => entry.domain === domain);
  }
});

function total(reports: Report[], domain: string): number {
  return reports.filter((report) => report.domain === domain).reduce((sum, report) => sum + report.count, 0);
}

function byDomain(reports: Report[], domain: string): Report | undefined {
  return reports.find((report) => report.domain === domain);
}

function sortById(reports: Report[]): Report[] {
  return [...reports].sort((a, b) => a.id.localeCompare(b.id));
}

function hourOf(time: number): string {
  return `${new Date(Math.floor(time / HOUR_MS) * HOUR_MS).toISOString().slice(0, 13)}:00:00Z`;
}
