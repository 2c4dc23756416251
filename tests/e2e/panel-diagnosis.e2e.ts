// The diagnosis inside real DevTools (headless Chromium), against the demo server: the tag on
// each row and the findings in the detail pane for the cases issue 7 names, an error body read
// on demand, and "Copy as incident note" read back from the clipboard.
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PLAN, DEMO_TOKEN, DEMO_TRACEPARENT } from '../demo/plan';
import { type DemoServer, startDemoServer } from '../demo/server';
import { type ExtensionBrowser, launchWithExtension } from './harness/chromium';
import { grantClipboard } from './harness/clipboard';
import { waitForDemoRound } from './harness/demo-page';
import { openPanel, openTabWithDevTools, panelId } from './harness/devtools';
import {
  filterTo,
  openDetail,
  shownRequestIds,
  waitForClipboardText,
  waitForFinding,
  waitForMessage,
  waitForSummary,
} from './panel-driver';

/** The demo page's own load: its document, /demo.js and one round (redirect hops included). */
const PAGE_LOAD = DEMO_PLAN.reduce((sum, step) => sum + step.statuses.length, 0) + 2;
const CLOCK = '\\d\\d:\\d\\d:\\d\\d UTC';

let server: DemoServer;
let extension: ExtensionBrowser;
/** An extension page of the granted origin, to read the clipboard back. */
let reader: Page;
let devtools: Page;
let panel: Frame;

beforeAll(async () => {
  server = await startDemoServer(0);
  extension = await launchWithExtension({ devtools: true });
  await grantClipboard(extension.browser, extension.extensionOrigin);
  reader = await extension.openExtensionPage('har.html');
  const tab = await openTabWithDevTools(extension);
  devtools = tab.devtools;
  await tab.page.goto(`${server.url}?run=diag`);
  await waitForDemoRound(tab.page, 'diag');
  panel = await openPanel(extension, devtools);
  await waitForSummary(panel, new RegExp(`^${PAGE_LOAD} requests`));
});

afterAll(async () => {
  await extension?.close();
  await server?.close();
});

describe('the diagnosis inside real DevTools', () => {
  it('puts a short tag on the rows', async () => {
    const expected: [filter: string, rows: number, tag: string][] = [
      ['/api/search?', 1, 'retry in 30 s'],
      ['/api/quota', 1, 'retry in 20 s'],
      ['/api/reports/2024?', 1, 'allow GET, HEAD'],
      ['/api/account', 1, 'invalid_token'],
      ['/api/forms/legacy', 1, 'POST → GET'],
      ['/api/redirect/start', 1, '→ /api/redirect/middle?run=di…'],
      ['/api/redirect/end', 1, 'via 2 redirects'],
      [`${server.crossOrigin}/api/users/42`, 1, 'CORS'],
      [`${server.crossOrigin}/api/reports/2024/export`, 1, 'CORS'],
      [`${server.refusedOrigin}/`, 1, 'refused'],
      ['/api/edge/origin-down', 1, 'Cloudflare: origin timed out'],
      ['/api/checkout/cart', 1, 'ALB: target failed'],
      ['/api/files/report.bin', 1, 'bytes 0-99/1000'],
      ['/api/imports', 1, 'sent text/csv'],
      ['/api/users/9999', 1, ''],
    ];
    for (const [filter, count, tag] of expected) {
      const shown = await filterTo(panel, filter, count);
      expect([filter, shown[0]?.tag]).toEqual([filter, tag]);
    }
    // The 304 is the second of the two /api/articles/7 rows.
    expect((await filterTo(panel, '/api/articles/7', 2)).map((row) => row.tag)).toEqual([
      '',
      'ETag match',
    ]);
    const loop = await filterTo(panel, '/api/loop/', 21);
    // Every hop of the loop, and the request that gave up (status 0, too many redirects).
    expect(loop.map((row) => row.status)).toContain('0');
    expect(new Set(loop.map((row) => row.tag))).toEqual(new Set(['redirect loop']));
  });

  it('429 with Retry-After: when to retry, and the rate limit', async () => {
    await openDetail(panel, '/api/search?');
    const retry = await waitForFinding(
      panel,
      new RegExp(`^Warning Retry in 30 s \\(at ${CLOCK}\\)$`),
    );
    expect(retry.details).toContain(
      'Retry-After: 30 (seconds, counted from when the response arrived).',
    );
    const limit = await waitForFinding(panel, /Rate limit: 0 of 60 requests left, resets in 30 s/);
    expect(limit.details).toContain('X-RateLimit-Limit: 60');
  });

  it('405 with Allow', async () => {
    await openDetail(panel, '/api/reports/2024?');
    const allow = await waitForFinding(panel, /Method DELETE not allowed; Allow: GET, HEAD$/);
    expect(allow.details).toEqual(['You sent DELETE; the server accepts GET, HEAD.']);
  });

  it('401 with an invalid_token challenge', async () => {
    await openDetail(panel, '/api/account');
    const challenge = await waitForFinding(
      panel,
      /Bearer credentials rejected: invalid_token \(The access token expired\)$/,
    );
    expect(challenge.severity).toBe('Warning');
    expect(challenge.details[0]).toBe(
      'Bearer realm=“demo” error=“invalid_token” error_description=“The access token expired”',
    );
  });

  it('a POST that a 302 turned into a GET, and a redirect chain', async () => {
    await openDetail(panel, '/api/forms/legacy');
    const changed = await waitForFinding(panel, /302 turned this POST into a GET$/);
    expect(changed.details).toContain('The next request: GET /api/forms/thanks?run=diag.');
    await openDetail(panel, '/api/redirect/end');
    const chain = await waitForFinding(panel, /Reached through 2 redirects$/);
    expect(chain.details).toEqual([
      '1. GET /api/redirect/start?run=diag → 301',
      '2. GET /api/redirect/middle?run=diag → 302',
      '3. GET /api/redirect/end?run=diag → 200',
    ]);
  });

  it('a CORS failure, and an error response sent without CORS headers', async () => {
    await openDetail(panel, `${server.crossOrigin}/api/users/42`);
    const cors = await waitForFinding(
      panel,
      /^Error CORS: no Access-Control-Allow-Origin; the page’s script could not read this response$/,
    );
    expect(cors.details).toContain(`The page’s origin: ${server.origin}.`);
    await openDetail(panel, `${server.crossOrigin}/api/reports/2024/export`);
    await waitForFinding(
      panel,
      /CORS: this 500 came without CORS headers, so the page’s script saw a network error instead$/,
    );
  });

  it('no response (status 0): what the browser’s reason means', async () => {
    await openDetail(panel, `${server.refusedOrigin}/`);
    const refused = await waitForFinding(
      panel,
      /^Error Connection refused: nothing listens on that host and port$/,
    );
    expect(refused.details[0]).toBe(
      'Chromium’s reason: net::ERR_CONNECTION_REFUSED (response._error, recorded by Chromium DevTools)',
    );
  });

  it('a problem+json 422: its body read on demand and shown as a problem detail', async () => {
    await openDetail(panel, '/api/orders');
    const problem = await waitForFinding(
      panel,
      /Problem detail: Your request is not valid\. \(The order has 1 invalid field\.\)$/,
    );
    expect(problem.details).toEqual([
      'type: about:blank',
      'title: Your request is not valid.',
      'status: 422',
      'detail: The order has 1 invalid field.',
      'errors: #/quantity: must be a positive integer',
    ]);
    // The body it read is the body section's: shown, not a button to read it.
    expect(
      await panel.$eval('section.body pre', (pre) => JSON.parse(pre.textContent ?? '')),
    ).toMatchObject({ status: 422 });
  });

  it('a Cloudflare 522, with its ray ID', async () => {
    await openDetail(panel, '/api/edge/origin-down');
    const cloudflare = await waitForFinding(
      panel,
      /^Error Cloudflare timed out connecting to the origin server$/,
    );
    expect(cloudflare.details).toContain(
      'Ray ID 8f3c2a1b9d4e7f60-FRA (Cloudflare data centre FRA): quote it to the site’s owner or Cloudflare support.',
    );
    expect(await shownRequestIds(panel)).toEqual([
      ['Cloudflare ray ID (cf-ray)', '8f3c2a1b9d4e7f60-FRA'],
    ]);
  });

  it('the request IDs to quote: X-Request-Id and traceparent', async () => {
    await openDetail(panel, '/api/trace');
    expect(await shownRequestIds(panel)).toEqual([
      ['Request ID (X-Request-Id)', expect.stringMatching(/^[0-9a-f-]{36}$/)],
      ['W3C trace context (traceparent)', DEMO_TRACEPARENT],
    ]);
  });

  it('copies the incident note with i and with its button, without the token', async () => {
    await openDetail(panel, '/api/account');
    const [[, requestId] = ['', '']] = await shownRequestIds(panel);
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const selectedTab = () =>
      devtools.evaluate(
        () =>
          (
            globalThis as unknown as {
              statusLensInspectorView: { tabbedPane: { selectedTabId: string | null } };
            }
          ).statusLensInspectorView.tabbedPane.selectedTabId,
      );

    await reader.bringToFront();
    await reader.evaluate(() => navigator.clipboard.writeText(''));
    await devtools.bringToFront();
    await panel.focus('[role="listbox"]');
    await devtools.keyboard.press('i');
    await waitForMessage(panel, 'Copied the incident note.');
    const note = await waitForClipboardText(reader, '### Incident: 401 Unauthorized\n');
    expect(note).toContain(
      '- **Warning**: Bearer credentials rejected: invalid\\_token \\(The access token expired\\)',
    );
    expect(note).toContain(`- Request ID: \`X-Request-Id: ${requestId}\``);
    expect(note).toContain(`- Request: \`GET\` \`${server.origin}/api/account?run=diag\``);
    expect(note).toMatch(/^- Time: \d{4}\\-\d\d\\-\d\dT/m);
    expect(note).toContain(
      '- Response: `WWW-Authenticate: Bearer realm="demo", error="invalid_token"',
    );
    expect(note).not.toContain(DEMO_TOKEN);
    expect(note).not.toMatch(/authorization/i);
    // The key reached the panel, not DevTools' own shortcuts.
    expect(await selectedTab()).toBe(panelId(extension.extensionOrigin));

    await devtools.bringToFront();
    await openDetail(panel, '/api/search?');
    await panel.click('.copy-buttons button[aria-keyshortcuts="i"]');
    await waitForMessage(panel, 'Copied the incident note.');
    const limited = await waitForClipboardText(reader, '### Incident: 429 Too Many Requests\n');
    expect(limited).toMatch(
      new RegExp(`^- \\*\\*Warning\\*\\*: Retry in 30 s \\\\\\(at ${CLOCK}\\\\\\)$`, 'm'),
    );
    expect(limited).toContain('- Response: `Retry-After: 30`');
  });
});
