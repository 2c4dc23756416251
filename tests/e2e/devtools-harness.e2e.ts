// The harness selects the extension's panel inside real DevTools and reads what DevTools
// recorded through the panel's own chrome.devtools.network.getHAR.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEMO_PLAN } from '../demo/plan';
import { type DemoServer, startDemoServer } from '../demo/server';
import { type ExtensionBrowser, launchWithExtension } from './harness/chromium';
import { demoRoundUrls, runDemoRound, waitForDemoRound } from './harness/demo-page';
import { getHar, harError, openPanel, openTabWithDevTools } from './harness/devtools';

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

test('the panel, selected in real DevTools, sees requests made before and after it opened', async () => {
  const { page, devtools } = await openTabWithDevTools(extension);
  await page.goto(`${server.url}?run=before`);
  await waitForDemoRound(page, 'before');

  const panel = await openPanel(extension, devtools);
  expect(await panel.$eval('h1', (h1) => h1.textContent)).toBe('Status Lens');

  await runDemoRound(page, 'after');
  const har = await getHar(panel);
  const urls = har.entries.map((entry) => entry.request.url);
  expect(urls).toContain(`${server.url}?run=before`);
  for (const round of ['before', 'after']) {
    expect(urls).toEqual(expect.arrayContaining(demoRoundUrls(server, round)));
    // Every status of the round, redirects included, in the order the page made the requests.
    const statuses = har.entries
      .filter((entry) => {
        const url = new URL(entry.request.url);
        return url.pathname.startsWith('/api/') && url.searchParams.get('run') === round;
      })
      .map((entry) => entry.response.status);
    expect(statuses).toEqual(DEMO_PLAN.flatMap((step) => step.statuses));
  }

  const refused = har.entries.filter((entry) =>
    entry.request.url.startsWith(`${server.refusedOrigin}/`),
  );
  expect(refused.map((entry) => [entry.response.status, harError(entry)])).toEqual([
    [0, 'net::ERR_CONNECTION_REFUSED'],
    [0, 'net::ERR_CONNECTION_REFUSED'],
  ]);
});
