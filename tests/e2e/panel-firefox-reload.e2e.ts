// A smoke test of page boundaries inside Firefox ESR's own DevTools: a reload shows the new load
// only. Firefox's entries carry no pageref that changes per load, so this is rule 2 of
// utils/requests/pages.ts (onNavigated, then the document load of that URL) in a real browser.
// Preserve log: both the panel's and Firefox's are off.
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxPanel, launchFirefox, openPanel, waitForPanel } from './harness/firefox';
import { type PagesSite, startPagesSite } from './harness/pages-site';

describe('the panel inside Firefox ESR’s DevTools, on reload', () => {
  let site: PagesSite;
  let browser: Browser | undefined;
  let panel: FirefoxPanel;

  beforeAll(async () => {
    site = await startPagesSite();
    browser = await launchFirefox();
    panel = await openPanel(browser, site.page('ff'));
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  /** The page's load number once its requests are done. */
  async function loadOf(after: number): Promise<number> {
    const handle = await panel.inspected.waitForFunction(
      (previous: number) => {
        const done = Number(document.documentElement.dataset.done ?? 0);
        return done > previous ? done : false;
      },
      { timeout: 10_000 },
      after,
    );
    return (await handle.jsonValue()) as number;
  }

  it('lists one load, the newest, after each of three reloads', async () => {
    if (!browser) throw new Error('Firefox did not start');
    let load = await loadOf(0);
    for (let i = 0; i < 3; i++) {
      await panel.inspected.reload();
      load = await loadOf(load);
      const wanted = load;
      // Firefox also lists the page's data: icon; only the site's requests are counted.
      const ours = (texts: string[]) => texts.filter((path) => !path.startsWith('data:'));
      const read = await waitForPanel(browser, panel, '[role="option"] .path', (r) => {
        const apis = ours(r.texts).filter((path) => path.startsWith('/api/'));
        return (
          ours(r.texts).length === 2 &&
          apis.length === 1 &&
          apis[0]?.includes(`load=${wanted}`) === true
        );
      });
      expect(ours(read.texts)[0]).toBe('/page/ff?n=1');
    }
  });
});
