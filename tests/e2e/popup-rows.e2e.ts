// Result rows never render blank (issue 13). Hundreds of searches of every length run in the
// built popup in real Chromium; after each one every result row in view, and the selected row
// after the arrow keys, must show its label. A plain DOM check cannot see the bug this guards
// against: a row whose painting the browser skips (`content-visibility: auto`) still has its
// text, and `checkVisibility()` is true. `checkVisibility({ contentVisibilityAuto: true })` is
// false for what the browser is skipping, so that is what is checked, on the label itself.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedRows } from '../unit/search/asked';
import { type ExtensionBrowser, launchWithExtension } from './harness/chromium';
import { waitForLivePopup } from './harness/popup';

let lens: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  lens = await launchWithExtension();
  page = await lens.openExtensionPage('popup.html');
  await page.setViewport({ width: 380, height: 600 });
  await waitForLivePopup(page);
});
afterAll(() => lens?.close());

/** Searches of every kind and length: numbers, prefixes, classes, words typed letter by letter
 * (each prefix is a search that reorders the list), and whole pasted messages and log lines. */
function searches(): string[] {
  const typed = ['gateway timeout', 'too many requests', 'cloudflare', 'redirect', 'upstream'];
  const letterByLetter = typed.flatMap((word) =>
    Array.from({ length: word.length }, (_, i) => word.slice(0, i + 1)),
  );
  const short = ['4', '40', '404', '4xx', '5', '50', '503', '5xx', '3', '30', '2xx', '0', '1'];
  const words = ['rate limit', 'cors', 'dns', 'tls', 'token', 'cache', 'nginx', 'expired', ''];
  const pasted = askedRows.map((row) => row.query);
  return [...letterByLetter, ...short, ...words, ...pasted, ...short, ...letterByLetter];
}

interface Blank {
  query: string;
  label: string;
  selected: boolean;
}

/** Sets the query as typing does, waits two frames (the list is committed, laid out and
 * painted), then lists the rows in view, and the selected row, whose label the browser skips. */
async function search(query: string): Promise<void> {
  await page.evaluate((text) => {
    const input = document.querySelector<HTMLInputElement>('#search-input');
    if (!input) throw new Error('no search input');
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, query);
}

async function blankRows(query: string): Promise<Blank[]> {
  return page.evaluate(async (text) => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const list = document.querySelector('.results');
    if (!list) return [];
    const view = list.getBoundingClientRect();
    const blank: Blank[] = [];
    for (const row of list.querySelectorAll<HTMLElement>('[role="option"]')) {
      const box = row.getBoundingClientRect();
      const inView = box.bottom > view.top && box.top < view.bottom && box.height > 0;
      const selected = row.getAttribute('aria-selected') === 'true';
      if (!inView && !selected) continue;
      const label = row.querySelector('.result-label');
      const shown = !!label?.checkVisibility({ contentVisibilityAuto: true });
      if (!shown || !label?.textContent) {
        blank.push({ query: text, label: label?.textContent ?? '', selected });
      }
    }
    return blank;
  }, query);
}

describe('popup result rows in Chromium', () => {
  it('shows every row in view, and the selected row, with its label, over 200 searches', async () => {
    const queries = searches();
    expect(queries.length).toBeGreaterThanOrEqual(200);
    const blank: Blank[] = [];
    let withArrows = 0;
    for (const [index, query] of queries.entries()) {
      await search(query);
      blank.push(...(await blankRows(query)));
      // Every third search moves the selection down and back, as a person looking for a row.
      if (index % 3 === 0) {
        await page.focus('#search-input');
        for (let step = 0; step < 1 + (index % 7); step++) await page.keyboard.press('ArrowDown');
        await page.keyboard.press('ArrowUp');
        blank.push(...(await blankRows(`${query} (after arrows)`)));
        withArrows += 1;
      }
    }
    expect(withArrows).toBeGreaterThan(50);
    expect(blank).toEqual([]);
  });
});
