// The reference page in a tab, from the built extension in real Chromium: every entry's address
// scrolls to its heading (after a reload too), the popup's search, chips and keys, the popup's
// "Open in a tab" link, axe-core in light and dark, and the print style sheet, printed to PDF and
// read back with poppler-utils.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { faq } from '../../data/faq';
import { everyEntry } from '../../data/reference';
import { anchorOf } from '../../utils/entry-anchor';
import { labelOf } from '../../utils/lookup';
import { runAxe } from './harness/axe';
import { type ExtensionBrowser, launchWithExtension } from './harness/chromium';
import { waitForLivePopup } from './harness/popup';
import { waitForReferencePage } from './harness/reference-page';
import { allOptionTexts } from './harness/result-list';

let lens: ExtensionBrowser;
let page: Page;
let scratch: string;

beforeAll(async () => {
  lens = await launchWithExtension();
  scratch = await mkdtemp(join(tmpdir(), 'status-lens-reference-'));
});
afterAll(async () => {
  await lens?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

async function open(path: string): Promise<void> {
  await page?.close();
  page = await lens.browser.newPage();
  await page.setViewport({ width: 1200, height: 800 });
  await page.goto(lens.extensionUrl(path), { waitUntil: 'load' });
  await waitForReferencePage(page);
}

/** The heading of the entry an address names is on screen, at the top, and has the focus. */
async function headingShown(anchor: string): Promise<void> {
  await page.waitForFunction(
    (id: string) => {
      const target = document.getElementById(id);
      const section = target?.closest('article, section') ?? target;
      const heading = target?.matches('h2, h3') ? target : section?.querySelector('h2, h3');
      if (!heading) return false;
      const box = heading.getBoundingClientRect();
      return (
        document.activeElement === heading &&
        box.height > 0 &&
        box.top >= 0 &&
        box.top < window.innerHeight / 3
      );
    },
    {},
    anchor,
  );
}

/** Every result's text (the list drawn to its end first). */
const optionTexts = () => allOptionTexts(page);

async function search(query: string, firstLabel: string) {
  await page.keyboard.type(query);
  await page.waitForFunction(
    (label: string) => document.querySelector('[role="option"]')?.textContent?.startsWith(label),
    {},
    firstLabel,
  );
}

describe('the reference page', () => {
  beforeEach(() => open('reference.html'));

  it('holds every entry and the FAQ, each heading at its own address', async () => {
    const headings = await page.$$eval('article.entry', (articles) =>
      articles.map((a) => ({ id: a.id, text: a.querySelector('h2')?.textContent ?? '' })),
    );
    expect(headings.map((h) => h.id)).toEqual(everyEntry.map(anchorOf));
    for (const [i, entry] of everyEntry.entries()) {
      expect(headings[i]?.text.startsWith(labelOf(entry))).toBe(true);
    }
    const questions = await page.$$eval('#faq h3', (hs) => hs.map((h) => h.textContent));
    expect(questions).toEqual(faq.map((item) => item.question));
  });

  it('scrolls to every entry its address names', async () => {
    // Every address, the FAQ's, and "#0", the id the popup links "no response" by.
    for (const anchor of [...everyEntry.map(anchorOf), 'faq', `faq-${faq[0]?.id}`, '0']) {
      await page.evaluate((id: string) => {
        location.hash = id;
      }, anchor);
      await headingShown(anchor);
    }
  });

  it('opens at the entry of its address, and again after a reload', async () => {
    for (const anchor of ['404', '499-nginx', 'no-response']) {
      await open(`reference.html#${anchor}`);
      await headingShown(anchor);
      await page.reload({ waitUntil: 'load' });
      await waitForReferencePage(page);
      await headingShown(anchor);
    }
  });

  it('searches, filters and goes to an entry by keyboard, as the popup does', async () => {
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await search('gatway timeout', '504 Gateway Timeout');
    await page.keyboard.press('Escape');
    await search('40', '400 Bad Request');
    expect((await optionTexts()).every((text) => text.startsWith('40'))).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await headingShown('401');
    expect(await page.evaluate(() => location.hash)).toBe('#401');
    // Esc from the reference goes back to the search; Esc there clears it.
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      () => Number(document.querySelector('[role="option"]')?.getAttribute('aria-setsize')) > 90,
    );

    const chip = await page.waitForSelector('button.chip.tone-3xx');
    const chipCount = Number((await chip?.evaluate((el) => el.textContent ?? ''))?.match(/\d+$/));
    await chip?.click();
    await page.waitForFunction(
      (count: number) => document.querySelectorAll('[role="option"]').length === count,
      {},
      chipCount,
    );
    expect((await optionTexts()).every((text) => text.startsWith('3'))).toBe(true);
    await search('temporary redirect', '307 Temporary Redirect');
    await page.click('[role="option"]');
    await headingShown('307');
  });

  it('draws rows until its list is full in a window taller than them, with no scrollbar to use', async () => {
    await page.setViewport({ width: 1200, height: 6000 });
    await page.goto(lens.extensionUrl('reference.html'), { waitUntil: 'load' });
    await waitForReferencePage(page);
    // Either a screen of rows below the view (the list scrolls, and scrolling draws more), or
    // every code drawn.
    await page.waitForFunction(() => {
      const list = document.querySelector<HTMLElement>('[role="listbox"]');
      const rows = list?.querySelectorAll('[role="option"]') ?? [];
      const total = Number(rows[0]?.getAttribute('aria-setsize') ?? 0);
      if (!list || rows.length === 0) return false;
      return rows.length === total || list.scrollHeight > 2 * list.clientHeight;
    });
    const { drawn, total, height } = await page.$eval('[role="listbox"]', (list) => ({
      drawn: list.querySelectorAll('[role="option"]').length,
      total: Number(list.querySelector('[role="option"]')?.getAttribute('aria-setsize')),
      height: list.clientHeight,
    }));
    // The window is tall enough that the first 60 rows do not fill the list.
    expect(height).toBeGreaterThan(60 * 40);
    expect(drawn).toBeGreaterThan(60);
    expect(total).toBe(everyEntry.length);
  });

  it('opens with the address bar keyword’s query in its search box, as text', async () => {
    await open(`reference.html?q=${encodeURIComponent('<b>"&</b> 429')}`);
    expect(await page.$eval('#search-input', (input) => (input as HTMLInputElement).value)).toBe(
      '<b>"&</b> 429',
    );
    expect(await page.$$('.side b')).toEqual([]);
    await open('reference.html?q=rate%20limit');
    expect((await optionTexts())[0]).toMatch(/^429 Too Many Requests/);
  });

  it('passes axe-core in light, and its colour contrast rules in dark', async () => {
    await open('reference.html?q=rate%20limit#429');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(255, 255, 255)');
    expect(await runAxe(page)).toEqual([]);
    // Only the colours change with the scheme: the dark run checks those (the whole page takes
    // axe-core a quarter of a minute).
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    expect(await background()).toBe('rgb(28, 30, 34)');
    expect(
      await runAxe(page, {
        runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] },
      }),
    ).toEqual([]);
  });

  it('prints its title and the reference, without the search, from the first entry', async () => {
    const pdf = join(scratch, 'reference.pdf');
    await writeFile(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    const firstPage = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-'], {
      encoding: 'utf8',
    });
    expect(firstPage).toMatch(/^\s*HTTP status codes\s+100 Continue/);
    expect(firstPage).toContain('Common causes'.toUpperCase());
    expect(firstPage).not.toContain('Showing');
    expect(firstPage).not.toContain('Open a HAR file');
    const pages = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/);
    expect(Number(pages?.[1])).toBeGreaterThan(10);
    if (process.env.REFERENCE_PRINT_PNG) {
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '60',
        '-f',
        '1',
        '-l',
        '2',
        pdf,
        process.env.REFERENCE_PRINT_PNG,
      ]);
    }
  });
});

describe('the popup', () => {
  it('opens an entry, and the FAQ, in a tab on the reference page', async () => {
    const popup = await lens.openExtensionPage('popup.html');
    await waitForLivePopup(popup);
    await popup.keyboard.type('499');
    await popup.waitForFunction(() =>
      document.querySelector('[role="option"]')?.textContent?.startsWith('499 Client Closed'),
    );
    await popup.keyboard.press('Enter');
    const link = await popup.waitForSelector('a::-p-text(Open in a tab)');
    const opened = new Promise<Page>((resolve) =>
      lens.browser.once('targetcreated', (target) => resolve(target.page() as Promise<Page>)),
    );
    await link?.click();
    page = await opened;
    await waitForReferencePage(page);
    expect(page.url()).toBe(lens.extensionUrl('reference.html#499-nginx'));
    await headingShown('499-nginx');

    // The new tab is in front; a tab behind it draws no frames.
    await popup.bringToFront();
    await popup.keyboard.press('Escape');
    const faqOpened = new Promise<Page>((resolve) =>
      lens.browser.once('targetcreated', (target) => resolve(target.page() as Promise<Page>)),
    );
    await popup.click('a::-p-text(FAQ)');
    page = await faqOpened;
    await waitForReferencePage(page);
    expect(page.url()).toBe(lens.extensionUrl('reference.html#faq'));
    await headingShown('faq');
    await popup.close();
  });
});
