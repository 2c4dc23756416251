// The budgets of issue 6 that do not depend on the machine's speed, checked on every test run
// (`npm run bench` measures the timed ones, and CI runs it in report-only mode): the popup's own
// code, gzipped, and the panel's virtual list with 50,000 requests. The panel runs in the
// benchmark's page (tests/bench/panel-page): the shipped panel's main.tsx over a fake
// `browser.devtools`, fed through the same onRequestFinished path as DevTools.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineStyles, pageAssets, pageBytes } from '../bench/bundle-size';
import { launchPanelBench, type PanelBench, type PanelTab } from '../bench/panel-page/browser';
import { assertBuilt, CHROME_EXTENSION_DIR } from './harness/paths';

const POPUP_CODE_BUDGET_KB = 25;
const ROWS_BUDGET = 100;
const REQUESTS = 50_000;

describe('the popup’s size', () => {
  it(`ships at most ${POPUP_CODE_BUDGET_KB} KB of its own JavaScript and CSS, gzipped`, () => {
    assertBuilt();
    const assets = pageAssets(CHROME_EXTENSION_DIR, 'popup.html');
    expect(assets.some((file) => file.endsWith('.js'))).toBe(true);
    // Its style sheet is in popup.html itself (modules/prerender-popup.ts), and counted.
    expect(assets.some((file) => file.endsWith('.css'))).toBe(false);
    expect(inlineStyles(CHROME_EXTENSION_DIR, 'popup.html').length).toBeGreaterThan(1000);
    const { code, data } = pageBytes(CHROME_EXTENSION_DIR, 'popup.html');
    // The reference data is its own chunk, reported apart: it must have been found and left out.
    expect(data).toBeGreaterThan(0);
    expect(code / 1024).toBeLessThanOrEqual(POPUP_CODE_BUDGET_KB);
  });
});

describe('the panel with 50,000 requests', () => {
  let bench: PanelBench;
  let tab: PanelTab;

  beforeAll(async () => {
    bench = await launchPanelBench();
    // A tall panel (DevTools undocked on a portrait screen): about 140 rows would fit in view,
    // so the cap itself is what keeps the list at 100.
    tab = await bench.openTab({ viewport: { width: 1200, height: 4000 } });
  });

  afterAll(async () => {
    await tab?.close();
    await bench?.close();
  });

  const rowsInDom = () => tab.page.evaluate(() => window.benchPanel.rowsInDom());

  it(`keeps at most ${ROWS_BUDGET} rows in the DOM: at the end, in the middle, filtered`, async () => {
    const { page } = tab;
    // Only the count matters here: no copies of the entries, a thousand per task.
    await page.evaluate((n) => window.benchPanel.prepare(n, 1, { clone: false }), REQUESTS);
    await page.evaluate(() => window.benchPanel.ingest({ perTask: 1000 }));
    expect(await page.evaluate(() => window.benchPanel.shown())).toBe(REQUESTS);
    const atEnd = await rowsInDom();
    await page.evaluate(() => window.benchPanel.scrollTo(0.5));
    const inMiddle = await rowsInDom();
    await page.evaluate(() => window.benchPanel.filter('failed', true));
    const failedOnly = await rowsInDom();
    for (const rows of [atEnd, inMiddle, failedOnly]) {
      expect(rows).toBeGreaterThan(0);
      expect(rows).toBeLessThanOrEqual(ROWS_BUDGET);
    }
  });
});
