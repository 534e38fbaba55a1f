// Firefox ESR in Russian (Debian's firefox-esr-l10n-ru): certificate errors reach webRequest as
// Russian sentences, and must still read as an expired certificate (the site's fault) or one
// issued for another name (substituted). The certificates come from a throwaway authority made at
// test time, which this Firefox trusts, so each fails for its one reason.
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { HOSTS, type TestHost } from '../e2e/support/hosts';
import { card, FirefoxBrowser } from './support/firefox-browser';
import { TestAuthority } from './support/test-certificates';
import { TlsSite } from './support/tls-site';

/** Unlisted hosts, outside the listed range 127.0.0.16/28. */
const EXPIRED: TestHost = { name: 'expired-cert.test', address: '127.0.0.40' };
const WRONG_NAME: TestHost = { name: 'wrong-name.test', address: '127.0.0.41' };
/** The name every wrong-name certificate is issued for. */
const OTHER_NAME = 'other-name.test';

/** Firefox's own sentences (its ru language pack), as webRequest reports them. */
const RU_EXPIRED = 'Сертификат узла истёк.';
const RU_WRONG_NAME = 'запрошенное имя домена не соответствует указанному в сертификате сервера';

/**
 * Starts a navigation that must fail in the TLS handshake. Firefox shows its certificate error page,
 * which BiDi may never report as loaded, so the navigation is not awaited: the finding tells.
 */
function navigateToCertificateError(page: Page, url: string): void {
  page.goto(url, { timeout: 15_000 }).catch(() => {});
}

describe('Firefox ESR in Russian', () => {
  let authority: TestAuthority;
  let expired: TlsSite;
  let wrongName: TlsSite;
  let listedWrongName: TlsSite;
  let firefox: FirefoxBrowser;

  beforeAll(async () => {
    authority = TestAuthority.create();
    expired = await TlsSite.start(EXPIRED.address!, authority.issue(EXPIRED.name, 'expired'));
    wrongName = await TlsSite.start(WRONG_NAME.address!, authority.issue(OTHER_NAME, 'valid'));
    // The listed host's own address, on a port of its own beside its plain-HTTP test server.
    listedWrongName = await TlsSite.start(HOSTS.listedReset.address, authority.issue(OTHER_NAME, 'valid'));
    firefox = await FirefoxBrowser.launch(inject('firefoxExtensionPath'), {
      locale: 'ru',
      trustedRoots: [authority.rootBase64],
      hosts: [EXPIRED, WRONG_NAME],
    });
  });
  afterEach(async () => {
    await firefox?.reset();
  });
  afterAll(async () => {
    await firefox?.close();
    await Promise.all([expired, wrongName, listedWrongName].map((site) => site?.stop()));
    authority?.dispose();
  });

  it('an unlisted site with an expired certificate: the site’s own fault, not interference', async () => {
    const { page, tabId } = await firefox.openTab();
    navigateToCertificateError(page, expired.url(EXPIRED.name));
    const popup = await firefox.popup(tabId, EXPIRED.name);
    const finding = card(popup, EXPIRED.name);
    expect(finding).toMatchObject({ kind: 'tls-cert-untrusted', cause: 'site-problem', mechanism: 'none', confidence: 'medium' });
    // The evidence is Firefox's Russian sentence: Firefox did run in Russian.
    expect(finding.text).toContain(RU_EXPIRED);
    expect(popup.verdict).toBe('site-problem');
    expect((await firefox.badge(tabId)).text).toBe('');
  });

  it('an unlisted site answering with a certificate for another name: suspected substitution', async () => {
    const { page, tabId } = await firefox.openTab();
    navigateToCertificateError(page, wrongName.url(WRONG_NAME.name));
    const popup = await firefox.popup(tabId, WRONG_NAME.name);
    const finding = card(popup, WRONG_NAME.name);
    expect(finding).toMatchObject({ kind: 'tls-cert-mismatch', cause: 'suspected', mechanism: 'tls', confidence: 'low' });
    expect(finding.text).toContain(RU_WRONG_NAME);
    await expect.poll(async () => (await firefox.badge(tabId)).text).toBe('1');
  });

  it('a listed site answering with a certificate for another name: listed, a filter answered in its place', async () => {
    const { page, tabId } = await firefox.openTab();
    const host = HOSTS.listedReset.name;
    navigateToCertificateError(page, listedWrongName.url(host, '/news'));
    const popup = await firefox.popup(tabId, host);
    expect(popup.verdict).toBe('listed');
    const finding = card(popup, host);
    expect(finding).toMatchObject({ kind: 'tls-cert-mismatch', cause: 'listed', mechanism: 'tls', confidence: 'high' });
    for (const shown of [RU_WRONG_NAME, 'Роскомнадзор', '2-1001/2026']) expect(finding.text).toContain(shown);
    await expect.poll(async () => (await firefox.badge(tabId)).text).toBe('1');
  });
});
