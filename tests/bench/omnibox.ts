/**
 * The address bar keyword's cold start: the background service worker stopped (the DevTools
 * protocol's `ServiceWorker.stopAllWorkers`, as Chromium stops an idle one), the keyword typed
 * into the real address bar of a Chromium window on a virtual display, and the time from the
 * worker's start (its `performance.timeOrigin`) to its first suggestions built (the mark the
 * background script sets, entrypoints/background/suggested-mark.ts): loading its script, the
 * reference and the search, building the index, searching.
 */
import type { Page } from 'puppeteer-core';
import { SUGGESTED_MARK } from '../../entrypoints/background/suggested-mark';
import { OMNIBOX_KEYWORD } from '../../wxt.config';
import { addressBar } from '../e2e/harness/address-bar';
import { launchWithExtension } from '../e2e/harness/chromium';
import { waitForReferencePage } from '../e2e/harness/reference-page';
import { startXvfb } from '../e2e/harness/xvfb';
import type { Figure } from './table';

async function until(what: string, check: () => Promise<boolean> | boolean): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function benchOmnibox(runs: number): Promise<Figure[]> {
  const display = await startXvfb();
  const lens = await launchWithExtension({ display: display.display });
  const workerUrl = lens.extensionUrl('background.js');
  try {
    const tab: Page = await lens.browser.newPage();
    await tab.goto(lens.extensionUrl('reference.html'));
    await waitForReferencePage(tab);
    // The worker's state as the ServiceWorker domain reports it: starting, running, stopping,
    // stopped.
    const page = await tab.createCDPSession();
    let status = '';
    page.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      const version = versions.find((v) => v.scriptURL === workerUrl);
      if (version) status = version.runningStatus;
    });
    await page.send('ServiceWorker.enable');
    await until('the worker to run', () => status === 'running');
    const bar = await addressBar(lens.browser, display.display);
    const samples: number[] = [];
    // One warm-up run (the browser's own first use of the address bar), then the runs.
    for (let run = 0; run <= runs; run++) {
      await page.send('ServiceWorker.stopAllWorkers');
      await until('the worker to stop', () => status === 'stopped');
      await bar.focus();
      await bar.type(`${OMNIBOX_KEYWORD} 404`);
      await until('the worker to wake', () => status === 'running');
      const target = await lens.browser.waitForTarget(
        (t) => t.type() === 'service_worker' && t.url() === workerUrl,
      );
      const worker = await target.createCDPSession();
      let built = -1;
      await until('the first suggestions', async () => {
        const { result } = await worker.send('Runtime.evaluate', {
          expression: `performance.getEntriesByName(${JSON.stringify(SUGGESTED_MARK)})[0]?.startTime ?? -1`,
          returnByValue: true,
        });
        built = result.value as number;
        return built >= 0;
      });
      await worker.detach();
      if (run > 0) samples.push(built);
      await bar.key('Escape', 'Escape');
    }
    return [
      {
        name: 'Address bar: worker stopped → woken → first suggestions built',
        unit: 'ms',
        budget: 100,
        samples,
      },
    ];
  } finally {
    await lens.close();
    await display.stop();
  }
}
