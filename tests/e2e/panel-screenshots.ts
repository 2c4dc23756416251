/**
 * Screenshots of the panel inside real DevTools, light and dark, against the demo page:
 *
 *   npx wxt build && npx tsx tests/e2e/panel-screenshots.ts [out-dir] [width]
 *
 * Writes panel-light.png and panel-dark.png (default docs/screenshots, 1100 px wide). The
 * DevTools theme is set through DevTools' own "ui-theme" setting before the panel first loads,
 * so the panel reads it from `devtools.panels.themeName` as it would for a user.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DEMO_PLAN } from '../demo/plan';
import { startDemoServer } from '../demo/server';
import { launchWithExtension } from './harness/chromium';
import { waitForDemoRound } from './harness/demo-page';
import { openPanel, openTabWithDevTools } from './harness/devtools';
import { REPO_ROOT } from './harness/paths';

interface FrontendHost {
  setPreference(name: string, value: string): void;
}

/** The demo page's own load: its document, /demo.js and one round (redirect hops included). */
const PAGE_LOAD = DEMO_PLAN.reduce((sum, step) => sum + step.statuses.length, 0) + 2;

const outDir = process.argv[2] ?? join(REPO_ROOT, 'docs/screenshots');
const width = Number(process.argv[3] ?? 1100);

async function shoot(theme: 'light' | 'dark'): Promise<void> {
  const server = await startDemoServer(0);
  const extension = await launchWithExtension({ devtools: true });
  try {
    // DevTools hands an extension its theme when it loads the extension: set the theme in a
    // first DevTools (it is saved in the profile), then open the tab to shoot with a second.
    // The same for the layout: docked at the bottom, DevTools 640 px high.
    const first = await openTabWithDevTools(extension);
    const preferences = {
      'ui-theme': JSON.stringify(theme === 'dark' ? 'dark' : 'default'),
      currentDockState: JSON.stringify('bottom'),
      'inspector-view.split-view-state': JSON.stringify({
        vertical: { size: 0 },
        horizontal: { size: 640 },
      }),
    };
    await first.devtools.evaluate((values: Record<string, string>) => {
      const host = (globalThis as unknown as { InspectorFrontendHost: FrontendHost })
        .InspectorFrontendHost;
      for (const [name, value] of Object.entries(values)) host.setPreference(name, value);
    }, preferences);
    const { page, devtools } = await openTabWithDevTools(extension);
    await devtools.setViewport({ width, height: 700 });
    await devtools.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await page.goto(`${server.url}?run=load`);
    await waitForDemoRound(page, 'load');
    const panel = await openPanel(extension, devtools);
    await panel.waitForFunction(
      (dark: boolean, count: number) =>
        document.querySelector('.summary-text')?.textContent?.startsWith(`${count} requests`) &&
        document.querySelector('.lens')?.getAttribute('data-theme') === (dark ? 'dark' : 'light'),
      {},
      theme === 'dark',
      PAGE_LOAD,
    );
    await panel.type('input[type="search"]', '/api/');
    // From the top of the list: the redirects, the 304, the 401 and the 405 carry their tags.
    await panel.$eval('.request-list', (list) => {
      list.scrollTop = 0;
    });
    const limited = await panel.waitForSelector('[role="option"][data-status="429"]');
    await limited?.click();
    // The findings are in: the detail pane shows what this 429 says.
    await panel.waitForSelector('.detail .findings .finding');
    // Let DevTools' tab animation end and both documents paint.
    await devtools.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
    const painted = () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    await panel.evaluate(painted);
    await devtools.evaluate(painted);
    // From DevTools' tab bar (just above the panel) down: the inspected page is not shown.
    const box = await (await panel.frameElement())?.boundingBox();
    const top = Math.max(0, (box?.y ?? 60) - 28);
    await devtools.screenshot({
      path: join(outDir, `panel-${theme}.png`) as `${string}.png`,
      clip: { x: 0, y: top, width, height: 700 - top },
    });
    console.log(`panel-${theme}.png`);
  } finally {
    await extension.close();
    await server.close();
  }
}

await mkdir(outDir, { recursive: true });
await shoot('light');
await shoot('dark');
