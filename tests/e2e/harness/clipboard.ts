// The system clipboard, read back in a test. Chromium lets a page read the clipboard only with
// the permission granted (here through the DevTools protocol) and only while it has focus.
import type { Browser, Page } from 'puppeteer-core';

/**
 * Grants an origin (e.g. chrome-extension://ID) clipboard read and write, in the default
 * browser context (Browser.grantPermissions with that context's id: without it, the grant
 * does not reach pages opened with browser.newPage()).
 */
export async function grantClipboard(browser: Browser, origin: string): Promise<void> {
  await browser
    .defaultBrowserContext()
    .overridePermissions(origin, [
      'clipboard-read',
      'clipboard-write',
      'clipboard-sanitized-write',
    ]);
}

/** Reads the clipboard's text through a page whose origin was granted access. */
export async function readClipboard(page: Page): Promise<string> {
  await page.bringToFront();
  return page.evaluate(() => navigator.clipboard.readText());
}
