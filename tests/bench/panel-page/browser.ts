/**
 * Headless Chromium (closed network, fresh profile) with the benchmark's panel page served and
 * built, a tab per run, and the page's heap read through the DevTools protocol after a forced GC.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { chromiumArgs } from '../../e2e/harness/chromium';
import { chromiumExecutable } from '../../e2e/harness/paths';
import { type PanelPage, servePanelPage } from './serve';

/** The DevTools panel's size in a docked DevTools window. */
export const PANEL_VIEWPORT = { width: 1200, height: 800 };

/** Bytes in use after two forced garbage collections. */
export interface HeapBytes {
  /** The page's JavaScript heap (V8). */
  js: number;
  /** Blink's own heap: DOM nodes, layout, style, the performance timeline. */
  blink: number;
}

export interface PanelTab {
  page: Page;
  heap(): Promise<HeapBytes>;
  close(): Promise<void>;
}

export interface PanelBench {
  browser: Browser;
  /** A new tab with the panel mounted, empty and listening; with `history`, that many requests
   * are prepared before the panel mounts, and its getHAR waits for
   * `benchPanel.openOnHistory()`. */
  openTab(options?: {
    viewport?: { width: number; height: number };
    history?: { count: number; seed: number };
  }): Promise<PanelTab>;
  close(): Promise<void>;
}

interface HeapUsage {
  usedSize: number;
  /** Blink's own heap (DOM nodes, layout), reported by Chromium 1xx and later. */
  embedderHeapUsedSize?: number;
}

export async function launchPanelBench(options: { minify?: boolean } = {}): Promise<PanelBench> {
  const served: PanelPage = await servePanelPage(options);
  const userDataDir = await mkdtemp(join(tmpdir(), 'status-lens-panel-chromium-'));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath: chromiumExecutable(),
      headless: true,
      args: ['--no-sandbox', ...chromiumArgs(userDataDir)],
    });
  } catch (error) {
    await served.close();
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    browser,
    async openTab({ viewport = PANEL_VIEWPORT, history } = {}) {
      const page = await browser.newPage();
      await page.setViewport(viewport);
      const url = history ? `${served.url}?history=${history.count},${history.seed}` : served.url;
      // Preparing a history holds the page's load event back (tens of seconds on a busy machine).
      await page.goto(url, { waitUntil: 'load', timeout: history ? 180_000 : 30_000 });
      await page.evaluate(() => window.benchPanel.ready());
      const cdp = await page.createCDPSession();
      return {
        page,
        async heap() {
          await cdp.send('HeapProfiler.collectGarbage');
          await cdp.send('HeapProfiler.collectGarbage');
          const usage = (await cdp.send('Runtime.getHeapUsage')) as HeapUsage;
          return { js: usage.usedSize, blink: usage.embedderHeapUsedSize ?? 0 };
        },
        async close() {
          await cdp.detach().catch(() => {});
          await page.close();
        },
      };
    },
    async close() {
      await browser.close();
      await served.close();
      await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}
