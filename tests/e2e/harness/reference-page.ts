import type { Page } from 'puppeteer-core';

/** The reference page sets this once it is on screen and has scrolled to the entry its address
 * names (entrypoints/reference/main.tsx). */
export const REFERENCE_READY = 'html[data-ready="true"]';

export async function waitForReferencePage(page: Page): Promise<void> {
  await page.waitForSelector(REFERENCE_READY);
}
