// The panel follows the page as a person uses it, inside real DevTools (headless Chromium):
// reloads, navigations of every kind, back and forward, frames, route changes, DevTools' own
// request blocking, and the panel opened mid-load. Each test says which Preserve log it sets:
// the panel's own checkbox, or DevTools' (the Network panel's). Unless a test says otherwise,
// both are off. The rule these tests hold the panel to is written in utils/requests/pages.ts.
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './harness/chromium';
import { openPanel, openTabWithDevTools } from './harness/devtools';
import { type PagesSite, startPagesSite } from './harness/pages-site';
import { filterTo, rows, summary, waitForSummary } from './panel-driver';

let site: PagesSite;
let extension: ExtensionBrowser;

beforeAll(async () => {
  site = await startPagesSite();
  extension = await launchWithExtension({ devtools: true });
});

afterAll(async () => {
  await extension?.close();
  await site?.close();
});

const TIMEOUT = 10_000;

/** Waits until the page's own requests are done; its load number. */
async function loaded(page: Page, after = 0): Promise<number> {
  const handle = await page.waitForFunction(
    (previous: number) => {
      const done = Number(document.documentElement.dataset.done ?? 0);
      return done > previous ? done : false;
    },
    { timeout: TIMEOUT },
    after,
  );
  return (await handle.jsonValue()) as number;
}

/** Waits until the panel lists exactly `total` requests, all of load `load` (documents aside,
 * which carry no load number in their URL). */
async function showsLoad(panel: Frame, load: number, total: number): Promise<void> {
  try {
    await panel.waitForFunction(
      (wanted: number, count: number) => {
        const text = document.querySelector('.summary-text')?.textContent ?? '';
        if (!text.startsWith(`${count} request`)) return false;
        const paths = [...document.querySelectorAll('[role="option"] .path')].map(
          (el) => el.textContent ?? '',
        );
        return paths.every((path) => !path.startsWith('/api/') || path.includes(`load=${wanted}`));
      },
      { timeout: TIMEOUT },
      load,
      total,
    );
  } catch (error) {
    const paths = (await rows(panel)).map((row) => row.path);
    throw new Error(
      `Expected ${total} requests of load ${load}; the panel says "${await summary(panel)}": ${paths.join(', ')}`,
      { cause: error },
    );
  }
}

/** A new tab with DevTools; `url` loaded (and `before` run) before the panel opens. */
async function open(
  url: string,
  before?: (page: Page) => Promise<void>,
): Promise<{ page: Page; devtools: Page; panel: Frame; load: number }> {
  const { page, devtools } = await openTabWithDevTools(extension);
  if (before) await before(page);
  await page.goto(url);
  const load = await loaded(page);
  const panel = await openPanel(extension, devtools);
  return { page, devtools, panel, load };
}

/** DevTools' own Preserve log (the Network panel's checkbox), set from its front-end. */
async function setDevToolsPreserveLog(devtools: Page, on: boolean): Promise<void> {
  // A string, not a function: the test runner would rewrite a dynamic import() in a function.
  await devtools.evaluate(`import('./core/common/common.js').then((Common) =>
    Common.Settings.Settings.instance().moduleSetting('network-log.preserve-log').set(${on}))`);
}

/** Counts the panel's calls to getHAR from now on (window.statusLensGetHarCalls). */
async function countGetHar(panel: Frame): Promise<void> {
  await panel.evaluate(() => {
    type Network = { getHAR: (...args: unknown[]) => unknown };
    const w = window as unknown as {
      chrome: { devtools: { network: Network } };
      statusLensGetHarCalls: number;
    };
    const network = w.chrome.devtools.network;
    const original = network.getHAR.bind(network);
    w.statusLensGetHarCalls = 0;
    network.getHAR = (...args: unknown[]) => {
      w.statusLensGetHarCalls += 1;
      return original(...args);
    };
  });
}

async function getHarCalled(panel: Frame): Promise<void> {
  await panel.waitForFunction(
    () => (window as unknown as { statusLensGetHarCalls: number }).statusLensGetHarCalls > 0,
    { timeout: TIMEOUT },
  );
  // The answer is handled in the next tasks: one more round trip settles it.
  await panel.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

async function emptyTitle(panel: Frame): Promise<string> {
  return panel.$eval('.empty h2', (el) => el.textContent ?? '').catch(() => '');
}

describe('page boundaries in real DevTools', () => {
  it('reload ×3, both Preserve logs off: the list holds one load, the newest', async () => {
    const { page, panel, load } = await open(site.page('reload'));
    await showsLoad(panel, load, 2);
    let last = load;
    for (let i = 0; i < 3; i++) {
      await page.reload();
      last = await loaded(page, last);
      await showsLoad(panel, last, 2);
    }
  });

  it('reload ×3 with the panel’s Preserve log on: every load stays', async () => {
    const { page, panel, load } = await open(site.page('preserved'));
    await showsLoad(panel, load, 2);
    await panel.click('.toolbar-controls input[type="checkbox"]');
    await panel.waitForFunction(() => localStorage.getItem('status-lens:preserve-log') === 'true');
    try {
      let last = load;
      for (let i = 1; i <= 3; i++) {
        await page.reload();
        last = await loaded(page, last);
        await waitForSummary(panel, new RegExp(`^${2 + 2 * i} requests`));
      }
      await filterTo(panel, `load=${load}`, 1);
      await filterTo(panel, `load=${last}`, 1);
    } finally {
      await panel.evaluate(() => localStorage.removeItem('status-lens:preserve-log'));
    }
  });

  it('DevTools’ own Preserve log on before the panel opens: its pages split, the newest shown', async () => {
    const { page, devtools } = await openTabWithDevTools(extension);
    await setDevToolsPreserveLog(devtools, true);
    try {
      await page.goto(site.page('devtools-preserve'));
      let last = await loaded(page);
      for (let i = 0; i < 2; i++) {
        await page.reload();
        last = await loaded(page, last);
      }
      const panel = await openPanel(extension, devtools);
      // getHAR lists three pages (DevTools kept them); the panel's own Preserve log is off.
      await showsLoad(panel, last, 2);
      await page.reload();
      await showsLoad(panel, await loaded(page, last), 2);
    } finally {
      await setDevToolsPreserveLog(devtools, false);
    }
  });

  it('a page of 80 requests, reloaded, lists the new load only', async () => {
    const { page, panel, load } = await open(site.page('eighty', { requests: 80 }));
    await waitForSummary(panel, /^81 requests/);
    await filterTo(panel, `load=${load}`, 80);
    await filterTo(panel, '');
    await page.reload();
    const next = await loaded(page, load);
    await waitForSummary(panel, /^81 requests/);
    await filterTo(panel, `load=${next}`, 80);
    await filterTo(panel, `load=${load}`, 0);
  });

  it('a hard reload and a navigation to the same URL each start a new list', async () => {
    const { page, panel, load } = await open(site.page('same'));
    const cdp = await page.createCDPSession();
    await cdp.send('Page.reload', { ignoreCache: true });
    const hard = await loaded(page, load);
    await showsLoad(panel, hard, 2);
    await page.goto(site.page('same'));
    await showsLoad(panel, await loaded(page, hard), 2);
  });

  it('opened mid-load: what finished is listed, what is in flight is counted and added when it ends', async () => {
    const { page, devtools } = await openTabWithDevTools(extension);
    await page.goto(site.page('midload', { hold: true }));
    const load = await loaded(page);
    expect(site.held()).toBe(1);
    const panel = await openPanel(extension, devtools);
    await showsLoad(panel, load, 2);
    const notice = await panel.waitForSelector('.history-notice', { timeout: TIMEOUT });
    expect(await notice?.evaluate((el) => el.textContent)).toContain(
      '1 request was still in progress when the panel opened',
    );
    site.release();
    await showsLoad(panel, load, 3);
    await filterTo(panel, '/api/held', 1);
  });

  it('a link, a form POST and a redirected document each start a new list', async () => {
    const { page, panel, load } = await open(site.page('from'));
    await showsLoad(panel, load, 2);
    await Promise.all([page.waitForNavigation(), page.click('#next')]);
    const link = await loaded(page);
    await showsLoad(panel, link, 2);
    expect((await rows(panel))[0]?.path).toBe('/page/next?n=1');

    await Promise.all([page.waitForNavigation(), page.click('#form button')]);
    const posted = await loaded(page);
    await showsLoad(panel, posted, 2);
    const postedRows = await rows(panel);
    expect(
      postedRows.map((r) => [r.method, r.path]),
      JSON.stringify(postedRows),
    ).toContainEqual(['POST', '/page/posted?n=1']);

    await page.goto(`${site.origin}/redirect?to=${encodeURIComponent('/page/landed?n=1')}`);
    const landed = await loaded(page);
    await showsLoad(panel, landed, 3);
    const shown = await rows(panel);
    expect(shown.slice(0, 2).map((row) => [row.status, row.path])).toEqual([
      ['302', `/redirect?to=${encodeURIComponent('/page/landed?n=1')}`],
      ['200', '/page/landed?n=1'],
    ]);
  });

  it('back and forward through the back/forward cache: never the other page’s rows', async () => {
    // Page A asks for one more request when it is shown from the cache; the next page does not.
    const { page, panel, load } = await open(site.page('cached', { onRestore: true }));
    await Promise.all([page.waitForNavigation(), page.click('#next')]);
    const next = await loaded(page);
    await showsLoad(panel, next, 2);

    await page.goBack();
    // The browser reports: pageshow with persisted true, onNavigated (twice), no document
    // request, and the one request A makes on pageshow under a new pageref.
    expect(await page.evaluate(() => document.documentElement.dataset.persisted)).toBe('true');
    await page.waitForFunction(() => document.documentElement.dataset.restoredFetch === 'done');
    await showsLoad(panel, load, 1);
    expect((await rows(panel)).map((row) => row.path)).toEqual([`/api/restored?load=${load}`]);

    await page.goForward();
    // The next page comes back from the cache too, and makes no request: DevTools empties its
    // own log, and the panel says the page was restored instead of listing A's rows.
    expect(await page.evaluate(() => document.documentElement.dataset.persisted)).toBe('true');
    await panel.waitForFunction(
      () => document.querySelector('.empty h2')?.textContent?.includes('back/forward cache'),
      { timeout: TIMEOUT },
    );
    expect(await emptyTitle(panel)).toBe('This page came back from the back/forward cache');
  });

  it('an iframe navigation, pushState and a hash change keep the list', async () => {
    const { page, panel, load } = await open(site.page('spa', { frame: true }));
    // The document, the iframe's document and the page's request.
    await waitForSummary(panel, /^3 requests/);
    await page.evaluate(() => {
      (document.getElementById('frame') as HTMLIFrameElement).src = '/child?i=1';
    });
    await waitForSummary(panel, /^4 requests/);
    await filterTo(panel, '/child?i=1', 1);
    await filterTo(panel, '');

    await countGetHar(panel);
    await page.evaluate(async () => {
      history.pushState({}, '', '/spa/route');
      await (await fetch('/api/after-push', { cache: 'no-store' })).text();
    });
    await waitForSummary(panel, /^5 requests/);
    // The panel asked DevTools whether the page was replaced; it was not.
    await getHarCalled(panel);
    await waitForSummary(panel, /^5 requests/);

    await page.evaluate(async () => {
      location.hash = '#section';
      await (await fetch('/api/after-hash', { cache: 'no-store' })).text();
    });
    await waitForSummary(panel, /^6 requests/);
    await filterTo(panel, `load=${load}`, 1);
    expect(await emptyTitle(panel)).toBe('');
  });

  it('a request stopped by DevTools’ request blocking after the panel opened', async () => {
    const { page, panel } = await open(site.page('blocking'));
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    // As DevTools 156 itself sends it: Chromium then records status 0 with `_error: ""`.
    await cdp.send('Network.setBlockedURLs', {
      urlPatterns: [{ urlPattern: `${site.origin}/api/blocked*`, block: true }],
    } as never);
    await page.evaluate(() => fetch('/api/blocked-after').catch(() => 'blocked'));
    await waitForSummary(panel, /^3 requests, 1 failed/);
    const [after] = await filterTo(panel, '/api/blocked-after', 1);
    expect(after).toMatchObject({ status: '0', failed: true, tag: 'blocked by DevTools' });
    await cdp.send('Network.setBlockedURLs', { urlPatterns: [] } as never);
  });

  it('a request blocked before the panel opened is listed from the history', async () => {
    const { page, devtools } = await openTabWithDevTools(extension);
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setBlockedURLs', {
      urlPatterns: [{ urlPattern: `${site.origin}/api/blocked*`, block: true }],
    } as never);
    await page.goto(site.page('blocked-history'));
    await loaded(page);
    await page.evaluate(() => fetch('/api/blocked-early').catch(() => 'blocked'));
    const panel = await openPanel(extension, devtools);
    await waitForSummary(panel, /^3 requests, 1 failed/);
    const [early] = await filterTo(panel, '/api/blocked-early', 1);
    expect(early).toMatchObject({ status: '0', failed: true, tag: 'blocked by DevTools' });
    await cdp.send('Network.setBlockedURLs', { urlPatterns: [] } as never);
  });
});
