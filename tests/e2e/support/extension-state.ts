// What the extension shows, read through one of its own pages (the probe) in either browser: the
// functions run in the page with its extension APIs (`chrome.*`, which Firefox has too).
import type { Browser } from 'wxt/browser';
import { tabFindingsFrom, tabFindingsKey, type TabFindings } from '../../../lib/findings/tab-findings';

// The extension pages' global, as seen by functions sent to the probe.
declare const chrome: typeof Browser;

/** Runs a function in the probe and resolves with its result: Playwright's or puppeteer's evaluate. */
export type ProbeEvaluate = <R, A>(fn: (arg: A) => Promise<R>, arg: A) => Promise<R>;

export interface Badge {
  text: string;
  /** [r, g, b, a] */
  color: number[];
}

/** The extension's id for the tab showing `url`, or -1. */
export function tabIdOf(evaluate: ProbeEvaluate, url: string): Promise<number> {
  return evaluate(async (tabUrl) => {
    // The url is visible through the extension's host permissions; no tabs permission needed.
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === tabUrl)?.id ?? -1;
  }, url);
}

/** The tab's records in storage.session (its index and the findings it names), as the worker wrote them. */
export async function storedTabFindings(evaluate: ProbeEvaluate, tabId: number): Promise<TabFindings | undefined> {
  const key = tabFindingsKey(tabId);
  const values = await evaluate(async (indexKey) => {
    const stored = await chrome.storage.session.get(indexKey);
    const hosts = (stored[indexKey] as { hosts?: unknown } | undefined)?.hosts;
    if (!Array.isArray(hosts) || hosts.length === 0) return stored;
    return { ...stored, ...(await chrome.storage.session.get(hosts.map((host) => `${indexKey}:${String(host)}`))) };
  }, key);
  return tabFindingsFrom(values, tabId);
}

/** Everything in storage.session, and the bytes it takes as the browser counts them. */
export function storedSession(evaluate: ProbeEvaluate): Promise<{ items: Record<string, unknown>; bytes: number }> {
  return evaluate(async () => {
    const items = await chrome.storage.session.get(null);
    return { items, bytes: await chrome.storage.session.getBytesInUse(null) };
  }, null);
}

export function sessionBytesInUse(evaluate: ProbeEvaluate): Promise<number> {
  return evaluate(async () => chrome.storage.session.getBytesInUse(null), null);
}

export function badgeOf(evaluate: ProbeEvaluate, tabId: number): Promise<Badge> {
  return evaluate(async (id) => {
    const [text, color] = await Promise.all([
      chrome.action.getBadgeText({ tabId: id }),
      chrome.action.getBadgeBackgroundColor({ tabId: id }),
    ]);
    return { text, color: [...(color as number[])] };
  }, tabId);
}
