// Reads the popup as a person and a test see it: the markers of vocabulary.md and the visible text.
import type { Page } from 'playwright-core';

export interface ShownVerdict {
  verdict: string | null;
  text: string;
}

export interface ShownFinding {
  kind: string | null;
  cause: string | null;
  mechanism: string | null;
  confidence: string | null;
  /** The card's visible text. */
  text: string;
}

export async function shownVerdict(popup: Page): Promise<ShownVerdict> {
  const element = popup.locator('[data-verdict]');
  return { verdict: await element.getAttribute('data-verdict'), text: await element.innerText() };
}

/** The card of `host`; fails when the popup shows no finding, or more than one, for it. */
export async function shownFinding(popup: Page, host: string): Promise<ShownFinding> {
  const card = popup.locator(`[data-host="${host}"]`);
  await card.waitFor({ state: 'visible' });
  return {
    kind: await card.getAttribute('data-kind'),
    cause: await card.getAttribute('data-cause'),
    mechanism: await card.getAttribute('data-mechanism'),
    confidence: await card.getAttribute('data-confidence'),
    text: await card.innerText(),
  };
}

/** Opens the card's evidence and returns the card's visible text with it. */
export async function shownEvidence(popup: Page, host: string): Promise<string> {
  const card = popup.locator(`[data-host="${host}"]`);
  await card.locator('details > summary').click();
  await card.locator('details[open] dl').waitFor({ state: 'visible' });
  return card.innerText();
}

/** The hosts the popup shows findings for, in its order. */
export async function shownHosts(popup: Page): Promise<string[]> {
  return popup.locator('[data-host]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-host') ?? ''));
}
