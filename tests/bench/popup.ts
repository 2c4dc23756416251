import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { LIVE_MARK } from '../../entrypoints/popup/live-mark';
import { launchWithExtension } from '../e2e/harness/chromium';
import { CHROME_EXTENSION_DIR } from '../e2e/harness/paths';
import { waitForLivePopup } from '../e2e/harness/popup';
import { gzipSize, pageBytes } from './bundle-size';
import { type Figure, percentile } from './table';

/** The keystroke figure's queries: numbers, prefixes, classes, words, typos, log lines. */
export const QUERIES = [
  '4',
  '40',
  '404',
  '4xx',
  '5',
  '50',
  '503',
  '5xx',
  '2',
  '20',
  '201',
  '3xx',
  '30',
  '301',
  '0',
  'rate limit',
  'rate',
  'captive portal',
  'payload too large',
  'moved',
  'forbiden',
  'gatway timeout',
  'not found',
  'unauthorized',
  'conflict',
  'teapot',
  'cloudflare',
  'cloudflare origin down',
  'nginx',
  'client closed',
  'csrf',
  'timeout',
  'too many',
  'HTTP/1.1 503 Service Unavailable',
  'status=429',
  'code: 404',
  'net::ERR_CONNECTION_REFUSED',
  'redirect',
  'permanent',
  'cache',
  'etag',
  'range',
  'upload',
  'header too large',
  'cookie',
  'auth',
  'token',
  'expired',
  'gone',
  'maintenance',
  'bad gateway',
  'internal',
  'dns',
  'tls',
  'cors',
  'blocked',
];

/** A blank extension page, added to a copy of the build, as the yardstick of page loads. */
async function buildWithBlankPage(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'status-lens-bench-'));
  await cp(CHROME_EXTENSION_DIR, dir, { recursive: true });
  await writeFile(
    join(dir, 'blank.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body><p>blank</p></body></html>',
  );
  return dir;
}

/** Milliseconds from navigation start to the first contentful paint. */
async function firstPaint(page: Page, url: string, ready: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector(ready);
  return page.evaluate(async () => {
    for (;;) {
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      if (paint) return paint.startTime;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  });
}

/** Milliseconds from navigation start to the popup live (its code loaded and hydrated). */
async function liveAt(page: Page): Promise<number> {
  await waitForLivePopup(page);
  return page.evaluate(
    (mark) => performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN,
    LIVE_MARK,
  );
}

/** Keystroke to results rendered and laid out, per query, measured inside the page. */
async function keystrokes(page: Page): Promise<number[]> {
  return page.evaluate(async (queries: string[]) => {
    const input = document.querySelector<HTMLInputElement>('#search-input');
    if (!input) throw new Error('no search input');
    const times: number[] = [];
    for (const query of queries) {
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 0));
      const start = performance.now();
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // Preact commits in a microtask: by the next task the list is in the DOM.
      await new Promise((resolve) => setTimeout(resolve, 0));
      document.body.getBoundingClientRect(); // force style and layout
      times.push(performance.now() - start);
    }
    return times;
  }, QUERIES);
}

export async function benchPopup(runs: number): Promise<Figure[]> {
  const bytes = pageBytes(CHROME_EXTENSION_DIR, 'popup.html');
  const dir = await buildWithBlankPage();
  const lens = await launchWithExtension({ extensionDir: dir });
  const ratios: number[] = [];
  const popupTimes: number[] = [];
  const liveTimes: number[] = [];
  const p50: number[] = [];
  const p95: number[] = [];
  try {
    const page = await lens.browser.newPage();
    await page.setViewport({ width: 380, height: 600 });
    // Warm-up: one of each, not counted.
    await firstPaint(page, lens.extensionUrl('blank.html'), 'p');
    await firstPaint(page, lens.extensionUrl('popup.html'), '[role="option"]');
    await liveAt(page);
    await keystrokes(page);
    for (let run = 0; run < runs; run++) {
      const blank = await firstPaint(page, lens.extensionUrl('blank.html'), 'p');
      const popup = await firstPaint(page, lens.extensionUrl('popup.html'), '[role="option"]');
      popupTimes.push(popup);
      ratios.push(popup / blank);
      liveTimes.push(await liveAt(page));
      const times = await keystrokes(page);
      p50.push(percentile(times, 50));
      p95.push(percentile(times, 95));
    }
  } finally {
    await lens.close();
    await rm(dir, { recursive: true, force: true });
  }
  return [
    {
      name: 'Popup: our code, JS + CSS gzipped',
      unit: 'KB',
      budget: 25,
      samples: [bytes.code / 1024],
    },
    { name: 'Popup: reference data gzipped', unit: 'KB', samples: [bytes.data / 1024] },
    {
      name: 'Popup: its HTML with the prerendered list, gzipped',
      unit: 'KB',
      samples: [gzipSize(CHROME_EXTENSION_DIR, 'popup.html') / 1024],
    },
    { name: 'Popup: first paint (full list)', unit: 'ms', samples: popupTimes },
    { name: 'Popup: first paint ÷ blank page', unit: '×', budget: 1.5, samples: ratios },
    { name: 'Popup: live (code loaded, list hydrated)', unit: 'ms', samples: liveTimes },
    {
      name: `Popup: keystroke → results, p50 (${QUERIES.length} queries)`,
      unit: 'ms',
      samples: p50,
    },
    {
      name: `Popup: keystroke → results, p95 (${QUERIES.length} queries)`,
      unit: 'ms',
      budget: 16,
      samples: p95,
    },
  ];
}
