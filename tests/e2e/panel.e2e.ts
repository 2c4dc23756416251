// The DevTools panel inside real DevTools (headless Chromium), against the demo server: the list
// before and after the panel opened, page boundaries, filters, the detail pane, status 0.
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelOf, primaryEntry } from '../../utils/lookup';
import { DEMO_PLAN } from '../demo/plan';
import { type DemoServer, startDemoServer } from '../demo/server';
import { type ExtensionBrowser, launchWithExtension } from './harness/chromium';
import { runDemoRound, waitForDemoRound } from './harness/demo-page';
import { openPanel, openTabWithDevTools } from './harness/devtools';
import {
  detailHeading,
  filterTo,
  openDetail,
  rows,
  summary,
  waitForShown,
  waitForSummary,
} from './panel-driver';

/** Requests of one demo round as DevTools records them (redirect hops included). */
const ROUND = DEMO_PLAN.reduce((sum, step) => sum + step.statuses.length, 0);
/** The demo page's own load adds its document and /demo.js. */
const PAGE_LOAD = ROUND + 2;
const FAILED_PER_ROUND = DEMO_PLAN.flatMap((step) => step.statuses).filter(
  (status) => status === 0 || status >= 400,
).length;

const label = (code: number) => {
  const entry = primaryEntry(code);
  if (!entry) throw new Error(`The reference has no ${code}.`);
  return labelOf(entry);
};

let server: DemoServer;
let extension: ExtensionBrowser;

beforeAll(async () => {
  server = await startDemoServer(0);
  extension = await launchWithExtension({ devtools: true });
});

afterAll(async () => {
  await extension?.close();
  await server?.close();
});

/** A new tab with DevTools, the demo page loaded with round `round`, then our panel. */
async function demoWithPanel(round: string): Promise<{ page: Page; devtools: Page; panel: Frame }> {
  const { page, devtools } = await openTabWithDevTools(extension);
  await page.goto(`${server.url}?run=${round}`);
  await waitForDemoRound(page, round);
  const panel = await openPanel(extension, devtools);
  await waitForSummary(panel, new RegExp(`^${PAGE_LOAD} requests`));
  return { page, devtools, panel };
}

describe('the panel inside real DevTools', () => {
  it('lists the requests made before it opened, then those made after', async () => {
    const { page, panel } = await demoWithPanel('before');
    await runDemoRound(page, 'after');
    await waitForSummary(panel, new RegExp(`^${PAGE_LOAD + ROUND} requests`));
    await filterTo(panel, '/api/ run=before', ROUND);
    await filterTo(panel, '/api/ run=after', ROUND);
    const [notFound] = await filterTo(panel, '/api/users/9999?run=after', 1);
    expect(notFound).toMatchObject({ status: '404', method: 'GET', label: label(404) });
    expect(notFound?.path).toBe('/api/users/9999?run=after');
  });

  it('keeps the list through a single-page app route change', async () => {
    const { page, panel } = await demoWithPanel('spa');
    // The round ends with history.pushState; one more request after it proves that the panel
    // saw the route change (onNavigated fires for pushState since Chrome 153) and kept going.
    await runDemoRound(page, 'spa-2');
    expect(await page.evaluate(() => location.pathname)).toBe('/app/orders');
    await page.evaluate(async () => {
      history.pushState({}, '', '/app/settings');
      await (await fetch('/api/users/42?run=after-route', { cache: 'no-store' })).text();
    });
    await waitForSummary(panel, new RegExp(`^${PAGE_LOAD + ROUND + 1} requests`));
    await filterTo(panel, '/api/ run=spa', ROUND * 2);
    await filterTo(panel, 'run=after-route', 1);
  });

  it('starts a new list on a new page, and keeps the old one with Preserve log', async () => {
    const { page, panel } = await demoWithPanel('nav');
    await page.goto(`${server.origin}/second`);
    await page.waitForFunction(() => document.documentElement.dataset.demo === 'done');
    await waitForSummary(panel, /^2 requests, none failed$/);
    expect((await rows(panel)).map((row) => row.path)).toEqual([
      '/second',
      '/api/users/42?run=second',
    ]);

    await panel.click('.toolbar-controls input[type="checkbox"]');
    await panel.waitForFunction(() => localStorage.getItem('status-lens:preserve-log') === 'true');
    try {
      await page.goto(`${server.url}?run=kept`);
      await waitForDemoRound(page, 'kept');
      await waitForSummary(panel, new RegExp(`^${2 + PAGE_LOAD} requests`));
      await filterTo(panel, '/second', 1);

      // The setting is remembered: a panel opened later starts with it on.
      const later = await openTabWithDevTools(extension);
      const laterPanel = await openPanel(extension, later.devtools);
      const checked = await laterPanel.waitForSelector('input[type="checkbox"]:checked');
      expect(await checked?.evaluate((box) => box.parentElement?.textContent)).toBe('Preserve log');
    } finally {
      await panel.evaluate(() => localStorage.removeItem('status-lens:preserve-log'));
    }
  });

  it('"Failed only" shows 4xx, 5xx, no response and responses that then failed; the summary groups them', async () => {
    const { panel } = await demoWithPanel('failed');
    const text = await summary(panel);
    const failed = Number(/^\d+ requests, (\d+) failed: /.exec(text)?.[1]);
    // Every failing step of the plan at least (Chromium may also fail the CORS-blocked 200).
    expect(failed).toBeGreaterThanOrEqual(FAILED_PER_ROUND);
    expect(text).toContain(`2× GET /api/reports/:id/export → ${label(500)}`);
    await panel.click('.failed-only input');
    await waitForShown(panel, failed);
    const shown = await rows(panel);
    expect(shown.length).toBeGreaterThan(0);
    for (const row of shown) {
      expect(row.failed, row.path).toBe(true);
      // 4xx, 5xx and no response; a response the browser then refused (the CORS-blocked 200)
      // failed too, and its tag says why.
      const httpOrNone = row.status === '0' || Number(row.status) >= 400;
      expect(httpOrNone || row.tag.includes('CORS'), `${row.path} ${row.tag}`).toBe(true);
    }
    await panel.click('.failed-only input');
  });

  it('explains a 404, a 429 and a 500 in the detail pane', async () => {
    const { panel } = await demoWithPanel('detail');
    for (const [path, code] of [
      ['/api/users/9999?', 404],
      ['/api/search?', 429],
      ['/api/reports/2024/export?run=detail', 500],
    ] as const) {
      // The cross-origin 500 has the same path on another port: filter by the whole URL.
      const text = await openDetail(
        panel,
        path === '/api/reports/2024/export?run=detail' ? `${server.origin}${path}` : path,
      );
      expect(await detailHeading(panel)).toBe(`${code} ${label(code)}`);
      expect(text).toContain(primaryEntry(code)?.meaning);
      expect(text).toContain('Common causes');
      expect(text).toContain('How to fix it');
    }
    await openDetail(panel, '/api/search?');
    const retryAfter = await panel.$$eval('.key-headers .header-line', (lines) =>
      lines.map((line) => [
        line.querySelector('dt')?.textContent,
        line.querySelector('dd')?.textContent,
      ]),
    );
    expect(retryAfter).toContainEqual(['Retry-After', '30']);
  });

  it('reads a refused connection as no response, with the browser reason', async () => {
    const { panel } = await demoWithPanel('zero');
    const [row] = await filterTo(panel, `${server.refusedOrigin}/`, 1);
    expect(row).toMatchObject({
      status: '0',
      label: 'No response (status 0)',
      meaning: 'net::ERR_CONNECTION_REFUSED',
      failed: true,
    });
    const text = await openDetail(panel, `${server.refusedOrigin}/`);
    expect(text).toContain('Chromium’s reason (response._error): net::ERR_CONNECTION_REFUSED');
    expect(await detailHeading(panel)).toBe('0 No response (status 0)');
  });
});
