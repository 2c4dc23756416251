// The popup in Firefox ESR, installed as a temporary add-on and opened as a tab.
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, openExtensionPage } from './harness/firefox';
import { waitForLivePopup } from './harness/popup';

describe('popup in Firefox ESR', () => {
  let browser: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    browser = await launchFirefox();
    page = await openExtensionPage(browser, 'popup.html');
    await waitForLivePopup(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows its heading', async () => {
    expect(await page.$eval('h1', (h1) => h1.textContent)).toBe('HTTP Status Lens');
  });

  it('searches, opens an entry by keyboard and shows its detail', async () => {
    await page.bringToFront();
    await page.waitForSelector('[role="option"]');
    await page.focus('#search-input');
    await page.keyboard.type('rate limit');
    await page.waitForFunction(() =>
      document.querySelector('[role="option"]')?.textContent?.startsWith('429 Too Many Requests'),
    );
    await page.keyboard.press('Enter');
    await page.waitForSelector('#detail-title');
    expect(await page.$eval('#detail-title', (el) => el.textContent)).toContain(
      '429 Too Many Requests',
    );
    await page.keyboard.press('Escape');
    await page.waitForSelector('#search-input');
    await page.focus('#search-input');
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      () => (document.querySelector('#search-input') as HTMLInputElement | null)?.value === '',
    );
  });

  it('receives keys typed into the focused document', async () => {
    await page.bringToFront();
    await page.evaluate(() => {
      const seen: string[] = [];
      Object.assign(window, { seenKeys: seen });
      document.addEventListener('keydown', (event) => seen.push(event.key), { capture: true });
    });
    await page.keyboard.press('a');
    await page.keyboard.press('b');
    const seen = await page.evaluate(() => (window as unknown as { seenKeys: string[] }).seenKeys);
    expect(seen).toEqual(['a', 'b']);
  });
});
