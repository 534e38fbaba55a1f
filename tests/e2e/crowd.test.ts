// Crowd counts end to end: reports from other clients and from the extension in Chromium reach the
// real collector (k = 3), and the popup shows that domain's counts once crowd counts are on. The
// collector sits behind the fault front, which shows what it was asked and can refuse connections.
import { randomUUID } from 'node:crypto';
import { reportBatch, type Report } from '@blocklens/report-schema';
import type { Cause, FailureKind, Mechanism } from '@blocklens/vocabulary';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { domainPrefix } from '../../collector/src/domain-prefix';
import type { RunningCollector } from '../../collector/src/server';
import type { FaultProxy } from './support/fault-proxy';
import { HOSTS } from './support/hosts';
import { navigateToFailure } from './support/navigate';
import { ReportProbe } from './support/report-probe';
import { useTestCollector } from './support/test-collector';
import { useExtensionBrowser } from './support/use-extension-browser';

// The extension pages' global, as seen by functions sent to a page with evaluate().
declare const chrome: typeof Browser;

const RESET_DOMAIN = 'blocklens-e2e-reset.ru';
const DNS_DOMAIN = 'blocklens-e2e-dns.ru';
const HOUR_MS = 3_600_000;

describe('crowd counts from the real collector', () => {
  const session = useExtensionBrowser();
  // The collector's default k.
  const service = useTestCollector({ statsK: 3 });
  let collector: RunningCollector;
  let proxy: FaultProxy;
  beforeAll(async () => {
    ({ collector, proxy } = service());
    // Two other people reported the reset domain this hour, for two causes.
    await postReports(collector.url, [
      otherReport(RESET_DOMAIN, 'tcp-reset', 'listed', 'dpi'),
      otherReport(RESET_DOMAIN, 'tcp-timeout', 'suspected', 'dpi'),
    ]);
  });

  const statsRequests = () => proxy.exchanges.filter((exchange) => exchange.path.startsWith('/v1/stats/'));

  /** A tab where `host` failed, and the report about it delivered to the collector. */
  async function reportedFailure(probe: ReportProbe, host: string, url: string): Promise<number> {
    const browser = session();
    const { page, tabId } = await browser.openTab();
    await navigateToFailure(page, url);
    await browser.waitForFinding(tabId, host);
    await probe.waitForQueue((queued) => queued.length === 1);
    expect(await probe.sendNow()).toMatchObject({ outcome: 'done', sent: 1 });
    return tabId;
  }

  it('asks nothing while crowd counts are off, then shows the counts by cause once they are on', async () => {
    const browser = session();
    const probe = await ReportProbe.open(browser);
    await probe.setSettings({ reports: { enabled: true, collectorUrl: proxy.url, country: null } });
    const site = browser.sites.reportReset;
    site.server.set({ type: 'reset' });
    const tabId = await reportedFailure(probe, site.name, site.url('/'));
    expect(await collector.store.count()).toBe(3);

    const quiet = await browser.popup(tabId);
    await quiet.locator(`[data-host="${site.name}"]`).waitFor();
    expect(await quiet.locator('[data-crowd]').count()).toBe(0);
    expect(statsRequests()).toEqual([]);

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('#crowd-enabled').check();
    await options.locator('[data-crowd-setting="on"]').waitFor();

    const popup = await browser.popup(tabId);
    const crowd = popup.locator(`[data-host="${site.name}"] [data-crowd="counts"]`);
    await crowd.waitFor();
    expect(await crowd.getAttribute('data-crowd-domain')).toBe(RESET_DOMAIN);
    expect(await crowd.getAttribute('data-crowd-24h')).toBe('3');
    expect(await crowd.getAttribute('data-crowd-7d')).toBe('3');
    const rows = await crowd.locator('tbody tr').evaluateAll((all) =>
      all.map((row) => [row.getAttribute('data-crowd-cause'), [...row.children].map((cell) => cell.textContent)]),
    );
    expect(rows).toEqual([
      ['listed', ['On the blocklist', '2', '2']],
      ['suspected', ['Suspected interference', '1', '1']],
    ]);
    // The collector was asked by prefix alone, once: the popup opened again reads the session cache.
    const prefix = domainPrefix(RESET_DOMAIN);
    expect(statsRequests().map((exchange) => exchange.path)).toEqual([`/v1/stats/${prefix}`]);
    const cached = await popup.evaluate(async () => (await chrome.storage.session.get('crowd')).crowd as Record<string, unknown>);
    expect(Object.keys(cached)).toEqual([prefix]);
    const again = await browser.popup(tabId);
    await again.locator('[data-crowd="counts"]').waitFor();
    expect(statsRequests()).toHaveLength(1);
  });

  it('with the collector down shows the finding as ever and a quiet note, then asks again', async () => {
    const browser = session();
    const probe = await ReportProbe.open(browser);
    await probe.setSettings({ reports: { enabled: true, collectorUrl: proxy.url, country: null }, crowd: { enabled: true } });
    const host = HOSTS.reportDns.name;
    const tabId = await reportedFailure(probe, host, `http://${host}/`);

    await proxy.set({ type: 'refuse' });
    const down = await browser.popup(tabId);
    await down.locator(`[data-host="${host}"] [data-crowd="unavailable"]`).waitFor();
    expect(await down.locator('[data-verdict]').getAttribute('data-verdict')).toBe('listed');
    expect(await down.locator(`[data-host="${host}"]`).getAttribute('data-cause')).toBe('listed');

    // A failure is not cached. Its one report is below k, so the collector shows nothing of it.
    await proxy.set({ type: 'pass' });
    const up = await browser.popup(tabId);
    const crowd = up.locator(`[data-host="${host}"] [data-crowd="none"]`);
    await crowd.waitFor();
    expect(await crowd.getAttribute('data-crowd-domain')).toBe(DNS_DOMAIN);
    expect(statsRequests().at(-1)?.path).toBe(`/v1/stats/${domainPrefix(DNS_DOMAIN)}`);
  });
});

function otherReport(domain: string, kind: FailureKind, cause: Cause, mechanism: Mechanism): Report {
  const hour = `${new Date(Math.floor(Date.now() / HOUR_MS) * HOUR_MS).toISOString().slice(0, 13)}:00:00Z`;
  return { id: randomUUID(), hour, domain, kind, cause, mechanism, confidence: 'medium', list: [], count: 1 };
}

/** Reports from another client, through the collector's HTTP API. */
async function postReports(collectorUrl: string, reports: Report[]): Promise<void> {
  const client = { version: '0.1.0', browser: 'firefox', browserMajor: 140 } as const;
  const response = await fetch(`${collectorUrl}/v1/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(reportBatch(client, reports)),
  });
  if (response.status !== 202) throw new Error(`the collector refused the seed reports: ${response.status} ${await response.text()}`);
}
