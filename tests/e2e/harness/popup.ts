import type { Page } from 'puppeteer-core';

/**
 * The popup's first screen is prerendered into popup.html (modules/prerender-popup.ts): its list
 * is there before its code runs. The root says when the code has made it live; wait for that
 * before pressing keys or clicking.
 */
export const POPUP_LIVE = '#app[data-live="true"]';

export async function waitForLivePopup(page: Page): Promise<void> {
  await page.waitForSelector(POPUP_LIVE);
}
