// The toolbar popup from the built extension in real Chromium, driven as a person would: typing,
// arrows, Enter, the copy keys, the class chips, with the clipboard read back and axe-core run in
// light and dark.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FIRST_SCREEN_ROWS } from '../../entrypoints/popup/first-screen';
import { runAxe } from './harness/axe';
import { type ExtensionBrowser, launchWithExtension } from './harness/chromium';
import { grantClipboard, readClipboard } from './harness/clipboard';
import { waitForLivePopup } from './harness/popup';
import { allOptionTexts } from './harness/result-list';

let lens: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  lens = await launchWithExtension();
  await grantClipboard(lens.browser, lens.extensionOrigin);
});
afterAll(() => lens?.close());

beforeEach(async () => {
  await page?.close();
  page = await lens.openExtensionPage('popup.html');
  await waitForLivePopup(page);
});

/** Every result's text (the list drawn to its end first). */
const optionTexts = () => allOptionTexts(page);
const rowsDrawn = () => page.$$eval('[role="option"]', (options) => options.length);

async function search(query: string, firstLabel: string) {
  await page.keyboard.type(query);
  await page.waitForFunction(
    (label) => document.querySelector('[role="option"]')?.textContent?.startsWith(label),
    {},
    firstLabel,
  );
}

describe('popup in Chromium', () => {
  it('opens focused on the search box with the whole list, drawn as it is scrolled', async () => {
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('role'));
    expect(focused).toBe('combobox');
    const count = await page.$eval('.count', (el) => el.textContent);
    const total = Number(
      await page.$eval('[role="option"]', (el) => el.getAttribute('aria-setsize')),
    );
    expect(count).toBe(`Showing ${total} of ${total} codes`);
    expect(total).toBeGreaterThan(90);
    // Not every row is drawn before it is needed: scrolling with the wheel draws the rest, down to
    // the last code, which ends up in view.
    expect(await rowsDrawn()).toBeLessThan(total);
    const list = await page.$('.results');
    const box = await list?.boundingBox();
    if (!box) throw new Error('no list');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 200; i++) {
      const drawn = await rowsDrawn();
      const atEnd = await page.$eval(
        '.results',
        (el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 1,
      );
      if (drawn === total && atEnd) break;
      await page.mouse.wheel({ deltaY: 400 });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    }
    expect(await rowsDrawn()).toBe(total);
    const last = await page.$eval('[role="option"]:last-child', (el) => {
      const row = el.getBoundingClientRect();
      const view = (el.parentElement as HTMLElement).getBoundingClientRect();
      return {
        at: el.getAttribute('aria-posinset'),
        inView: row.top >= view.top && row.bottom <= view.bottom + 1,
      };
    });
    expect(last).toEqual({ at: String(total), inView: true });
    await page.$eval('.results', (el) => el.scrollTo(0, 0));
  });

  it('finds a code by number, prefix, class, words and a pasted log line', async () => {
    await search('404', '404 Not Found');
    await page.keyboard.press('Escape');
    await search('40', '400 Bad Request');
    expect((await optionTexts()).every((text) => text.startsWith('40'))).toBe(true);
    await page.keyboard.press('Escape');
    await search('5xx', '500 Internal Server Error');
    expect((await optionTexts()).every((text) => text.startsWith('5'))).toBe(true);
    await page.keyboard.press('Escape');
    await search('gatway timeout', '504 Gateway Timeout');
    await page.keyboard.press('Escape');
    await search('HTTP/1.1 503 Service Unavailable', '503 Service Unavailable');
    await page.keyboard.press('Escape');
    await search('net::ERR_CONNECTION_REFUSED', 'No response (status 0)');
  });

  it('finds unofficial codes, a number with two meanings and an unused code', async () => {
    await search('cloudflare origin down', '521 Web Server Is Down (Cloudflare)');
    await page.keyboard.press('Escape');
    await search('499', '499 Client Closed Request (nginx)');
    const texts = await optionTexts();
    expect(texts[1]).toMatch(/^499 Token Required \(Esri ArcGIS\)/);
    expect(texts[0]).toContain('log only');
    await page.keyboard.press('Escape');
    await search('306', '306 (Unused)');
    expect((await optionTexts())[0]).toContain('unused');
  });

  it('looks up gRPC statuses and WebSocket close codes, apart from the HTTP classes', async () => {
    const chipCount = (tone: string) =>
      page.$eval(`button.chip.tone-${tone} .chip-count`, (el) => Number(el.textContent));
    const http4xx = await chipCount('4xx');
    await search('grpc 14', 'gRPC 14 UNAVAILABLE');
    await page.keyboard.press('Escape');
    // A bare number shows each meaning, labelled: WebSocket's 1006, then Cloudflare's (a 403).
    await search('1006', 'WebSocket 1006 Abnormal Closure');
    expect((await optionTexts())[1]).toMatch(/^403 Forbidden/);
    await page.keyboard.press('Escape');
    await search('cloudflare 1006', '403 Forbidden');
    await page.keyboard.press('Escape');
    // "4" still means 4xx, and the 4xx count is HTTP's alone.
    await search('4', '400 Bad Request');
    expect((await optionTexts()).every((text) => text.startsWith('4'))).toBe(true);
    expect(await chipCount('4xx')).toBe(http4xx);
    await page.keyboard.press('Escape');
    await search('websocket 1006', 'WebSocket 1006 Abnormal Closure');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#detail-title');
    expect(await page.$eval('#detail-title', (el) => el.textContent)).toContain(
      'WebSocket 1006 Abnormal Closure',
    );
    await page.keyboard.press('c');
    await page.waitForFunction(() =>
      document.querySelector('[role="status"]')?.textContent?.includes('Copied label'),
    );
    expect(await readClipboard(page)).toBe('WebSocket 1006 Abnormal Closure');
  });

  it('filters by class with a count, combined with the search', async () => {
    const chip = await page.waitForSelector('button.chip.tone-3xx');
    const chipText = await chip?.evaluate((el) => el.textContent ?? '');
    const chipCount = Number(chipText?.replace(/\D+/g, '').slice(1));
    await chip?.click();
    // The first screen of the new list at once, the rest once it is painted (the 3xx codes fit
    // in the screens drawn then).
    await page.waitForFunction(
      (count) => document.querySelectorAll('[role="option"]').length === count,
      {},
      chipCount,
    );
    expect((await optionTexts()).every((text) => text.startsWith('3'))).toBe(true);
    await page.focus('#search-input');
    await search('temporary redirect', '307 Temporary Redirect');
    expect((await optionTexts()).every((text) => text.startsWith('3'))).toBe(true);
  });

  it('moves by keyboard, opens an entry and copies its label and Markdown', async () => {
    await search('41', '410 Gone');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#detail-title');
    expect(await page.$eval('#detail-title', (el) => el.textContent)).toContain(
      '412 Precondition Failed',
    );
    const sections = await page.$$eval('.detail h3', (hs) => hs.map((h) => h.textContent));
    expect(sections).toEqual(
      expect.arrayContaining(['Common causes', 'Fix suggestions', 'Related codes']),
    );
    expect(await page.$eval('.source a', (a) => a.getAttribute('href'))).toBe(
      'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13',
    );
    await page.keyboard.press('c');
    await page.waitForFunction(() =>
      document.querySelector('[role="status"]')?.textContent?.includes('Copied label'),
    );
    expect(await readClipboard(page)).toBe('412 Precondition Failed');
    await page.keyboard.press('m');
    await page.waitForFunction(() =>
      document.querySelector('[role="status"]')?.textContent?.includes('Copied Markdown'),
    );
    expect(await readClipboard(page)).toMatch(/^\*\*412 Precondition Failed\*\*: .+\(\[RFC 9110/);
    await page.keyboard.press('Escape');
    await page.waitForSelector('#search-input');
  });

  it('copies the selected label with Ctrl+C from the search box', async () => {
    await search('429', '429 Too Many Requests');
    await page.keyboard.down('Control');
    await page.keyboard.press('c');
    await page.keyboard.up('Control');
    await page.waitForFunction(() =>
      document.querySelector('[role="status"]')?.textContent?.includes('429'),
    );
    expect(await readClipboard(page)).toBe('429 Too Many Requests');
  });

  it('opens a related code in place and shows "no response"', async () => {
    await search('0', 'No response (status 0)');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#detail-title');
    const related = await page.$$eval('.related button', (bs) => bs.map((b) => b.textContent));
    expect(related).toContain('502 Bad Gateway');
    const button = await page.$('xpath/.//button[text()="502 Bad Gateway"]');
    await button?.click();
    await page.waitForFunction(() =>
      document.querySelector('#detail-title')?.textContent?.includes('502 Bad Gateway'),
    );
  });

  it('shows its list before its code runs, and searches what is typed at once', async () => {
    const fresh = await lens.browser.newPage();
    try {
      // Typed as soon as the field has the focus (autofocus, before the code is necessarily
      // live; the unit test of the prerendered popup covers "before" for certain).
      await fresh.goto(lens.extensionUrl('popup.html'), { waitUntil: 'domcontentloaded' });
      await fresh.waitForFunction(() => document.activeElement?.id === 'search-input');
      await fresh.keyboard.type('gatway');
      // The first screen came with the page itself (prerendered at build time): its rows only.
      const html = await fresh.evaluate(async () => (await fetch('popup.html')).text());
      expect(html.match(/role="option"/g)?.length).toBe(FIRST_SCREEN_ROWS);
      await fresh.waitForSelector('#app[data-live="true"]');
      // Those rows fill the list as the popup shows it: nothing blank below them at first.
      const fill = await fresh.evaluate((rows) => {
        const list = document.querySelector('.results') as HTMLElement;
        const last = list.querySelectorAll('[role="option"]')[rows - 1] as HTMLElement;
        return last.getBoundingClientRect().bottom - list.getBoundingClientRect().bottom;
      }, FIRST_SCREEN_ROWS);
      expect(fill).toBeGreaterThanOrEqual(0);
      await fresh.waitForFunction(() =>
        document.querySelector('[role="option"]')?.textContent?.startsWith('504 Gateway Timeout'),
      );
      expect(await fresh.$eval('#search-input', (input) => (input as HTMLInputElement).value)).toBe(
        'gatway',
      );
    } finally {
      await fresh.close();
    }
  });

  it('opens the HAR page in a new tab', async () => {
    const link = await page.waitForSelector('a[href="har.html"]');
    await link?.click();
    const target = await lens.browser.waitForTarget(
      (t) => t.url() === lens.extensionUrl('har.html'),
    );
    const har = await target.asPage();
    await har.waitForSelector('h1');
    expect(await har.$eval('h1', (h) => h.textContent)).toMatch(/HAR/);
    await har.close();
  });

  it('says so when nothing matches', async () => {
    await page.keyboard.type('zqxwvjk');
    await page.waitForSelector('.no-results');
    expect(await page.$eval('.no-results', (el) => el.textContent)).toContain('Nothing matches');
  });

  it.each(['light', 'dark'] as const)('has no axe violations (%s)', async (scheme) => {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    expect(await runAxe(page)).toEqual([]);
    await search('429', '429 Too Many Requests');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#detail-title');
    expect(await runAxe(page)).toEqual([]);
  });

  it('has no horizontal scroll at the popup width', async () => {
    await page.setViewport({ width: 380, height: 600 });
    await search('431', '431 Request Header Fields Too Large');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#detail-title');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
  });
});
