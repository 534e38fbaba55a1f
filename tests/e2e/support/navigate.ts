// Navigations whose outcome a scenario sets up on purpose.
import type { Page } from 'playwright-core';

const ERROR_PAGE = 'chrome-error://chromewebdata/';

/**
 * Navigates to a URL that must fail and returns Chromium's error (e.g. "net::ERR_CONNECTION_RESET").
 * Waits for the error page to commit: a navigation started before it would be interrupted by it.
 */
export async function navigateToFailure(page: Page, url: string): Promise<string> {
  const error = await page.goto(url).then(
    () => null,
    (thrown: Error) => /net::ERR_[A-Z_]+/.exec(thrown.message)?.[0] ?? thrown.message,
  );
  if (error === null) throw new Error(`${url} loaded, but the scenario needs it to fail`);
  await page.waitForURL(ERROR_PAGE);
  return error;
}
