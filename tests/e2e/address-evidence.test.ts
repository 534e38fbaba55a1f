// Address evidence from DNS-over-HTTPS, against a resolver stub on loopback: collateral damage on a
// first visit, DNS tampering told from a dead domain, and no lookup at all unless the person asked.
import type { Finding } from '@blocklens/vocabulary';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { DohStub } from './support/doh-stub';
import { HOSTS } from './support/hosts';
import { navigateToFailure } from './support/navigate';
import { shownEvidence, shownFinding, shownVerdict } from './support/popup';
import { setDohSettings, turnOnDohInOptions } from './support/settings-page';
import { useExtensionBrowser } from './support/use-extension-browser';

/** A public address for the names this network says do not exist. */
const PUBLIC_ADDRESS = '93.184.215.14';

describe('address evidence from DNS-over-HTTPS', () => {
  const session = useExtensionBrowser();
  let stub: DohStub;

  beforeAll(async () => {
    stub = (await DohStub.start())
      .set(HOSTS.firstVisit.name, { addresses: ['127.0.0.21'] })
      .set(HOSTS.tampered.name, { addresses: [PUBLIC_ADDRESS, '2606:2800:21f:cb07:6820:80da:af6b:8b2c'] })
      .set(HOSTS.tamperedAsked.name, { addresses: [PUBLIC_ADDRESS] })
      .set(HOSTS.deadName.name, 'nxdomain');
  });
  afterEach(async () => {
    await setDohSettings(session(), DEFAULT_SETTINGS.doh);
  });
  afterAll(async () => {
    await stub?.stop();
  });

  const dohOn = (format: 'wire' | 'json') => setDohSettings(session(), { enabled: true, resolver: stub.url, format });

  /** The tab's popup, once the worker has explained `host` again as `expected` says. */
  async function popupOnce(tabId: number, host: string, expected: (finding: Finding) => boolean): Promise<Page> {
    await session().waitForFindings(tabId, (tab) => tab?.findings.some((f) => f.host === host && expected(f)) ?? false);
    return session().popup(tabId);
  }

  it('looks nothing up while DoH is off, and one host when the person asks: DNS tampering', async () => {
    const browser = session();
    await setDohSettings(browser, { enabled: false, resolver: stub.url, format: 'wire' });
    const { page, tabId } = await browser.openTab();
    const host = HOSTS.tamperedAsked.name;
    expect(await navigateToFailure(page, `http://${host}/news`)).toBe('net::ERR_NAME_NOT_RESOLVED');
    const popup = await browser.popupWith(tabId, host);
    expect(await shownFinding(popup, host)).toMatchObject({ kind: 'dns-nxdomain', cause: 'unknown' });
    expect(stub.askedNames()).not.toContain(host);

    const card = popup.locator(`[data-host="${host}"]`);
    await card.getByRole('button', { name: 'Look up address' }).click();
    await card.getByText(`127.0.0.1:${new URL(stub.url).port} answered ${PUBLIC_ADDRESS}.`).waitFor();
    await popup.locator(`[data-host="${host}"][data-kind="dns-sinkhole"]`).waitFor();
    expect(await shownFinding(popup, host)).toMatchObject({ cause: 'suspected', mechanism: 'dns', confidence: 'high' });
    expect(stub.askedNames()).toEqual([host]);
  });

  it('DoH turned on in the options; an unlisted host that never loaded, whose DoH address lies in a listed range: collateral on a first visit', async () => {
    const browser = session();
    await turnOnDohInOptions(browser, stub.url);
    const site = browser.sites.firstVisit.server.set({ type: 'reset' });
    const { page, tabId } = await browser.openTab();
    const host = HOSTS.firstVisit.name;
    expect(await navigateToFailure(page, site.url(host, '/play'))).toBe('net::ERR_CONNECTION_RESET');
    const popup = await popupOnce(tabId, host, (f) => f.cause === 'collateral');
    expect((await shownVerdict(popup)).verdict).toBe('collateral');
    const finding = await shownFinding(popup, host);
    expect(finding).toMatchObject({ kind: 'tcp-reset', cause: 'collateral', mechanism: 'ip', confidence: 'high' });
    expect(finding.text).toContain(`${host} is not on the list, but its address 127.0.0.21 lies in the blocked range 127.0.0.16/28`);
    const evidence = await shownEvidence(popup, host);
    expect(evidence).toContain('net::ERR_CONNECTION_RESET');
    expect(evidence).toContain('127.0.0.21, from a DNS-over-HTTPS lookup');
    expect(stub.questions.filter((q) => q.name === host).map((q) => `${q.type}/${q.format}`).sort()).toEqual(['A/wire', 'AAAA/wire']);
  });

  it('a name this network says does not exist while DoH finds it: DNS tampering, with both answers', async () => {
    const browser = session();
    await dohOn('json');
    const { page, tabId } = await browser.openTab();
    const host = HOSTS.tampered.name;
    expect(await navigateToFailure(page, `https://${host}/`)).toBe('net::ERR_NAME_NOT_RESOLVED');
    const popup = await popupOnce(tabId, host, (f) => f.kind === 'dns-sinkhole');
    expect((await shownVerdict(popup)).verdict).toBe('suspected');
    const finding = await shownFinding(popup, host);
    expect(finding).toMatchObject({ kind: 'dns-sinkhole', cause: 'suspected', mechanism: 'dns', confidence: 'high' });
    expect(finding.text).toContain(`Your DNS server said that the name does not exist, but DNS-over-HTTPS found it at ${PUBLIC_ADDRESS}`);
    const evidence = await shownEvidence(popup, host);
    expect(evidence).toContain('net::ERR_NAME_NOT_RESOLVED');
    expect(evidence).toContain(`${PUBLIC_ADDRESS}, from a DNS-over-HTTPS lookup`);
    expect(evidence).toContain('2606:2800:21f:cb07:6820:80da:af6b:8b2c, from a DNS-over-HTTPS lookup');
    expect(stub.questions.filter((q) => q.name === host).every((q) => q.format === 'json')).toBe(true);
  });

  it('a name that neither this network nor DoH knows: a dead domain, not tampering', async () => {
    const browser = session();
    await dohOn('wire');
    const { page, tabId } = await browser.openTab();
    const host = HOSTS.deadName.name;
    expect(await navigateToFailure(page, `http://${host}/`)).toBe('net::ERR_NAME_NOT_RESOLVED');
    const popup = await popupOnce(tabId, host, (f) => f.cause === 'site-problem');
    expect((await shownVerdict(popup)).verdict).toBe('site-problem');
    const finding = await shownFinding(popup, host);
    expect(finding).toMatchObject({ kind: 'dns-nxdomain', cause: 'site-problem', mechanism: 'none', confidence: 'medium' });
    expect(finding.text).toContain(`${host} does not exist for any resolver asked: probably not censorship`);
    expect(finding.text).toContain('DNS-over-HTTPS says so too');
    expect(await browser.badge(tabId)).toMatchObject({ text: '' });
    expect(stub.askedNames()).toContain(host);
  });
});
