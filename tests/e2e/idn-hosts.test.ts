// A host name in another script, as Chromium reports it (Punycode) and as the popup shows it.
import { describe, expect, it } from 'vitest';
import { navigateToFailure } from './support/navigate';
import { shownEvidence, shownFinding } from './support/popup';
import { useExtensionBrowser } from './support/use-extension-browser';

/** "пример.test": no resolver rule names it, so it does not resolve. */
const SHOWN = 'пример.test';
const ASCII = 'xn--e1afmkfd.test';

describe('host names in other scripts', () => {
  const session = useExtensionBrowser();

  it('shows пример.test in its own script, with data-host and the evidence in the ASCII form', async () => {
    const browser = session();
    const { page, tabId } = await browser.openTab();
    expect(await navigateToFailure(page, `http://${SHOWN}/news`)).toBe('net::ERR_NAME_NOT_RESOLVED');
    const popup = await browser.popupWith(tabId, ASCII);
    expect(await popup.locator('.popup-host').innerText()).toBe(SHOWN);
    expect(await popup.locator('.popup-host').getAttribute('title')).toBe(ASCII);
    const card = popup.locator(`[data-host="${ASCII}"]`);
    expect(await card.locator('.finding-host').innerText()).toBe(SHOWN);
    const finding = await shownFinding(popup, ASCII);
    expect(finding.kind).toBe('dns-nxdomain');
    expect(finding.text).toContain(SHOWN);
    const evidence = await shownEvidence(popup, ASCII);
    const asSent = card.locator('.evidence-row', { hasText: 'Name as the browser sends it' }).locator('dd');
    expect(await asSent.innerText()).toBe(ASCII);
    expect(evidence).toContain(`http://${ASCII}/news`);
  });
});
