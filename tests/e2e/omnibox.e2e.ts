// The address bar keyword in a real Chromium window on a virtual display: the keyword typed with
// real key events once the background service worker runs, the suggestions read from the
// dropdown, Enter (on a suggestion, on the typed text) and Alt+Enter, and the tab the extension
// opened checked through the DevTools protocol. The only test that needs a display (headless
// Chromium has no address bar).
import type { CDPSession, Page, Target } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OMNIBOX_KEYWORD } from '../../wxt.config';
import { type AddressBar, addressBar } from './harness/address-bar';
import { type ExtensionBrowser, launchWithExtension } from './harness/chromium';
import { waitForReferencePage } from './harness/reference-page';
import { startXvfb, type VirtualDisplay } from './harness/xvfb';

let display: VirtualDisplay;
let lens: ExtensionBrowser;
let bar: AddressBar;
let tab: Page;
let worker: CDPSession;
/** Errors the background script reported: exceptions, rejected promises, console errors. */
const workerErrors: string[] = [];

const DEFAULT_ROW = 'Search the status code reference for';

beforeAll(async () => {
  display = await startXvfb();
  lens = await launchWithExtension({ display: display.display });
  // The worker is ready: it has started and run its script (the listeners are added there).
  const target = await lens.browser.waitForTarget(
    (t: Target) => t.type() === 'service_worker' && t.url() === lens.extensionUrl('background.js'),
  );
  worker = await target.createCDPSession();
  worker.on('Runtime.exceptionThrown', (event) => {
    workerErrors.push(event.exceptionDetails.exception?.description ?? event.exceptionDetails.text);
  });
  worker.on('Runtime.consoleAPICalled', (event) => {
    if (event.type === 'error' || event.type === 'warning') {
      workerErrors.push(event.args.map((arg) => arg.value ?? arg.description).join(' '));
    }
  });
  await worker.send('Runtime.enable');
  tab = await lens.browser.newPage();
  await tab.goto(lens.extensionUrl('reference.html'));
  await waitForReferencePage(tab);
  bar = await addressBar(lens.browser, display.display);
});

afterAll(async () => {
  await lens?.close();
  await display?.stop();
});

/** Types the keyword, a space and the query into the address bar, and waits for the dropdown to
 * show the line for the whole query and, below it, the extension's first suggestion for it (the
 * suggestions for the keystrokes before may still be there when the line is). Returns the rows
 * from that line on. */
async function ask(query: string, first?: RegExp): Promise<string[]> {
  await bar.focus();
  await bar.type(`${OMNIBOX_KEYWORD} ${query}`);
  const line = `${DEFAULT_ROW} ${query} - HTTP Status Lens`;
  const ours = (rows: string[]) => rows.slice(rows.indexOf(line));
  const rows = await bar.rowsWhen(
    (shown) => shown.includes(line) && (!first || first.test(ours(shown)[1] ?? '')),
    `“${line}”${first ? ` followed by ${first}` : ''}`,
  );
  return ours(rows);
}

async function shownAt(page: Page, url: string, anchor?: string): Promise<void> {
  await page.waitForFunction((expected: string) => location.href === expected, {}, url);
  await waitForReferencePage(page);
  if (anchor) {
    await page.waitForFunction(
      (id: string) => document.activeElement === document.getElementById(`title-${id}`),
      {},
      anchor,
    );
  }
}

describe('the address bar keyword', () => {
  it('shows 404 first for "404", and Enter on it opens 404 on the reference page', async () => {
    const rows = await ask('404', /^404 Not Found: /);
    expect(rows).toHaveLength(2);
    if (process.env.OMNIBOX_SCREENSHOT) await bar.screenshot(process.env.OMNIBOX_SCREENSHOT);
    await bar.key('Down', 'Return');
    await shownAt(tab, lens.extensionUrl('reference.html#404'), '404');
  });

  it('lists a number’s meanings in the popup’s order; Enter on the text searches for it', async () => {
    const rows = await ask('499', /^499 /);
    expect(rows.slice(1)).toEqual([
      expect.stringMatching(/^499 Client Closed Request \(nginx\): /),
      expect.stringMatching(/^499 Token Required \(Esri ArcGIS\): /),
    ]);
    await bar.key('Return');
    await shownAt(tab, lens.extensionUrl('reference.html?q=499'));
    expect(await tab.$eval('#search-input', (input) => (input as HTMLInputElement).value)).toBe(
      '499',
    );
  });

  it('shows typed markup as text, and Alt+Enter opens a new tab', async () => {
    const typed = 'a<b> &"c';
    // The search finds nothing for it; Chrome shows the text in the first line, escaped.
    const rows = await ask(typed);
    expect(rows).toEqual([`${DEFAULT_ROW} ${typed} - HTTP Status Lens`]);
    const opened = lens.browser.waitForTarget((t) =>
      t.url().endsWith(`reference.html?q=${encodeURIComponent(typed)}`),
    );
    await bar.key('alt+Return');
    const page = (await (await opened).page()) as Page;
    await waitForReferencePage(page);
    expect(await page.$eval('#search-input', (input) => (input as HTMLInputElement).value)).toBe(
      typed,
    );
    // The page the keyword was typed in stayed where it was.
    expect(tab.url()).toBe(lens.extensionUrl('reference.html?q=499'));
  });

  it('left no error in the background script', () => {
    expect(workerErrors).toEqual([]);
  });
});
