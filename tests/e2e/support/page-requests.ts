// Requests a loaded page makes on its own, as its scripts would.
import type { Page } from 'playwright-core';

export function addImage(page: Page, src: string): Promise<void> {
  return page.evaluate((url) => {
    const image = document.createElement('img');
    image.src = url;
    document.body.append(image);
  }, src);
}

/**
 * fetch()es each URL from the page and waits for the answers, whatever they are. A failing status
 * is seen this way: for a cross-origin <img> or <script>, Chromium's opaque response blocking
 * withholds an error page's status from webRequest (only net::ERR_BLOCKED_BY_ORB is reported).
 */
export async function fetchFrom(page: Page, urls: string[]): Promise<void> {
  await page.evaluate((all) => Promise.all(all.map((url) => fetch(url).catch(() => null))), urls);
}
