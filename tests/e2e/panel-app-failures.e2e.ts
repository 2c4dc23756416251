// Application-level failures inside real DevTools (headless Chromium), against real servers
// (tests/demo/app-api.ts: GraphQL Yoga, Connect for Node with gRPC-web, json-rpc-2.0): the page
// makes a GraphQL call with errors, gRPC-web and Connect calls that fail, a JSON-RPC error, and
// failures across three REST endpoints. The panel reads the bodies it needs through DevTools,
// tags the rows, counts them as failed apart from HTTP failures, leads the detail with the
// finding, and the grouped view folds the endpoints. Then the same calls, recorded into
// tests/fixtures/app/app-failures.har, opened on the HAR page.
import { join } from 'node:path';
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppApiServer, startAppApiServer } from '../demo/app-api';
import { type ExtensionBrowser, launchWithExtension } from './harness/chromium';
import { openPanel, openTabWithDevTools } from './harness/devtools';
import { REPO_ROOT } from './harness/paths';
import {
  filterTo,
  findings,
  groupLines,
  openDetail,
  waitForShown,
  waitForText,
} from './panel-driver';

let server: AppApiServer;
let extension: ExtensionBrowser;
let panel: Frame;

beforeAll(async () => {
  server = await startAppApiServer();
  extension = await launchWithExtension({ devtools: true });
  const tab = await openTabWithDevTools(extension);
  await tab.page.goto(server.url);
  await tab.page.waitForFunction(() => document.title === 'done', { timeout: 20_000 });
  panel = await openPanel(extension, tab.devtools);
});

afterAll(async () => {
  await extension?.close();
  await server?.close();
});

/** Turns a toggle chip on or off (it says so in aria-pressed). */
async function press(target: Frame | Page, selector: string, on: boolean): Promise<void> {
  const pressed = await target.$eval(selector, (el) => el.getAttribute('aria-pressed'));
  if ((pressed === 'true') !== on) await target.click(selector);
  await target.waitForFunction(
    (css: string, wanted: string) =>
      document.querySelector(css)?.getAttribute('aria-pressed') === wanted,
    {},
    selector,
    String(on),
  );
}

describe('application failures in the live panel', () => {
  it('counts them as failed, apart from the HTTP failures', async () => {
    // 7 behind a 200 (3 GraphQL, gRPC-web twice, Connect streaming, JSON-RPC), 8 HTTP ones.
    await waitForText(panel, '.app-chip .count', /^7$/);
    const summary = await waitForText(panel, '.summary-text', /failed/);
    expect(summary).toMatch(
      /^1[78] requests, 1[56] failed: 3× GET \/api\/users\/:id → 404 Not Found, /,
    );
    expect(summary).toContain('2× POST /graphql → 200 OK, GraphQL UNAUTHENTICATED');
    expect(await panel.$eval('.count-status', (el) => el.getAttribute('aria-live'))).toBe('polite');
  });

  it('tags each row with its protocol and code', async () => {
    const graphql = await filterTo(panel, '/graphql', 4);
    expect(graphql.map((row) => [row.status, row.failed, row.tag])).toEqual([
      ['200', true, 'GraphQL UNAUTHENTICATED'],
      ['200', true, 'GraphQL FORBIDDEN'],
      ['200', true, 'GraphQL UNAUTHENTICATED'],
      ['200', false, ''],
    ]);
    const rpc = await filterTo(panel, '/rpc', 2);
    expect(rpc.map((row) => row.tag)).toEqual(['JSON-RPC -32601 Method not found', '']);
    const count = await filterTo(panel, 'Greeter/Count', 2);
    expect(count.map((row) => row.tag).sort()).toEqual([
      'Connect resource_exhausted',
      'gRPC 8 RESOURCE_EXHAUSTED',
    ]);
  });

  it('"App errors" shows only the failures behind a success status', async () => {
    await filterTo(panel, '');
    await press(panel, '.app-chip', true);
    await waitForShown(panel, 7);
    await press(panel, '.app-chip', false);
  });

  it('leads the detail pane with the finding: GraphQL, gRPC-web, JSON-RPC, Connect', async () => {
    await press(panel, '.app-chip', true);
    await openDetail(panel, 'Greeter/Greet');
    let [first] = await findings(panel);
    expect(first?.title).toBe(
      'The gRPC call failed behind HTTP 200: 16 UNAUTHENTICATED, “no token given”',
    );
    expect(first?.details).toContain('google.rpc.Code pairs it with HTTP 401 Unauthorized.');

    await openDetail(panel, '/rpc');
    [first] = await findings(panel);
    expect(first?.title).toBe(
      'The JSON-RPC call failed behind HTTP 200: -32601 Method not found, “Method not found”',
    );
    await press(panel, '.app-chip', false);

    // The first GraphQL call: the one whose query asks for `me`.
    await filterTo(panel, '/graphql');
    await panel.click('[role="option"]');
    await waitForText(panel, 'section.findings .finding-title', /GraphQL call failed/);
    [first] = await findings(panel);
    expect(first?.title).toBe(
      'The GraphQL call failed behind HTTP 200: UNAUTHENTICATED, “You must be logged in”',
    );
    expect(first?.details).toContain(
      'Message: “You must be logged in”, at me, code UNAUTHENTICATED',
    );

    // Connect's unary error comes as a real 401: explained, counted once as an HTTP failure.
    await openDetail(panel, 'Greet 401');
    [first] = await findings(panel);
    expect(first?.title).toBe(
      'Connect error in this failed response: unauthenticated, “no token given”',
    );
    expect(first?.details).toContain('Counted once, as this HTTP failure.');
  });

  it('the grouped view folds the three endpoints, and a group filters the list', async () => {
    await filterTo(panel, '');
    await press(panel, '.group-toggle', true);
    await panel.waitForSelector('.group-list');
    const lines = (await groupLines(panel)).map((group) => group.line);
    expect(lines[0]).toBe('3× GET /api/users/:id → 404 Not Found');
    expect(lines).toContain('2× GET /api/orders/:id → 503 Service Unavailable');
    expect(lines).toContain('2× POST /graphql → 200 OK, GraphQL UNAUTHENTICATED');
    expect(lines).toContain('1× POST /lens.demo.Greeter/Greet → 200 OK, gRPC 16 UNAUTHENTICATED');
    expect(lines).toContain('1× POST /lens.demo.Greeter/Greet → 401 Unauthorized');
    const hook = lines.find((line) => line.includes('/api/hooks/'));
    expect(hook).toMatch(/^1× GET \/api\/hooks\/\[redacted: [^\]]+\]\/deliver → 401 Unauthorized$/);
    expect(lines.join('\n')).not.toContain('whsec_');

    const users = (await panel.$$('.group-button'))[0] as ElementHandle<Element>;
    await users.click();
    await waitForShown(panel, 3);
    const shown = await filterTo(panel, '', 3);
    expect(shown.map((row) => row.path)).toEqual([
      '/api/users/101',
      '/api/users/102',
      '/api/users/103',
    ]);
    await panel.click('.group-filter');
    await waitForShown(
      panel,
      Number((await waitForText(panel, '.summary-text', /requests/)).split(' ')[0]),
    );
  });
});

describe('application failures on the HAR page', () => {
  it('reads them from the file at once, and groups them the same way', async () => {
    const page = await extension.openExtensionPage('har.html');
    const input = (await page.$('input[type="file"]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(join(REPO_ROOT, 'tests/fixtures/app/app-failures.har'));
    await waitForText(
      page,
      '.summary-text',
      /^18 requests, 15 failed: 3× GET \/api\/users\/:id → 404 Not Found/,
    );
    expect(await page.$eval('.app-chip .count', (el) => el.textContent)).toBe('7');
    const rows = await filterTo(page, 'Greeter/Count', 2);
    expect(rows.map((row) => row.tag)).toEqual([
      'Connect resource_exhausted',
      'gRPC 8 RESOURCE_EXHAUSTED',
    ]);
    await filterTo(page, '');
    await press(page, '.group-toggle', true);
    const lines = (await groupLines(page)).map((group) => group.line);
    expect(lines[0]).toBe('3× GET /api/users/:id → 404 Not Found');
    expect(lines).toContain('2× GET /api/orders/:id → 503 Service Unavailable');
    expect(lines).toContain('2× POST /graphql → 200 OK, GraphQL UNAUTHENTICATED');
    expect(lines).toContain('1× POST /rpc → 200 OK, JSON-RPC -32601 Method not found');
    await page.close();
  });
});
