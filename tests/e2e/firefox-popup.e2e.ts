// The popup, the reference page and the address bar keyword in Firefox ESR, the add-on installed
// as a temporary add-on, its pages opened as tabs. One browser for the file.
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OMNIBOX_KEYWORD } from '../../wxt.config';
import {
  addressBarRows,
  backgroundErrors,
  launchFirefox,
  openExtensionPage,
} from './harness/firefox';
import { waitForLivePopup } from './harness/popup';
import { waitForReferencePage } from './harness/reference-page';

let browser: Browser;

beforeAll(async () => {
  browser = await launchFirefox();
});

afterAll(async () => {
  await browser?.close();
});

describe('popup in Firefox ESR', () => {
  let page: Page;

  beforeAll(async () => {
    page = await openExtensionPage(browser, 'popup.html');
    await waitForLivePopup(page);
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

describe('the reference page and the keyword in Firefox ESR', () => {
  let page: Page;

  beforeAll(async () => {
    page = await openExtensionPage(browser, 'reference.html#499-nginx');
    await waitForReferencePage(page);
  });

  it('opens the reference page at the entry its address names', async () => {
    await page.waitForFunction(() => document.activeElement?.id === 'title-499-nginx');
    expect(await page.$eval('#title-499-nginx', (h) => h.textContent)).toMatch(
      /^499 Client Closed Request \(nginx\)/,
    );
  });

  it('suggests from the address bar, as plain text, from a background script without errors', async () => {
    const rows = await addressBarRows(browser, page, `${OMNIBOX_KEYWORD} 404`, '404 Not Found');
    expect(rows.slice(0, 2)).toEqual([
      'Search the status code reference: a code, a class, words or a log line',
      expect.stringMatching(/^404 Not Found: The server /),
    ]);
    expect(rows.join('\n')).not.toMatch(/<\/?(match|dim)>|&amp;/);
    expect(await backgroundErrors(browser, page)).toEqual([]);
  });
});
