// The diagnosis on the HAR page (har.html) in headless Chromium: HARs recorded from real
// Chromium show the same row tags and findings as the panel, error bodies come from the HAR's
// own content, and the incident note is copied; nothing is sent anywhere.
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './harness/chromium';
import { grantClipboard } from './harness/clipboard';
import { type NetworkGuard, startNetworkGuard } from './harness/network-guard';
import { REPO_ROOT } from './harness/paths';
import {
  filterTo,
  openDetail,
  shownRequestIds,
  waitForClipboardText,
  waitForFinding,
  waitForSummary,
} from './panel-driver';

const EXPORTED = join(REPO_ROOT, 'tests/fixtures/panel/demo-load.har');
const BODIES = join(REPO_ROOT, 'tests/fixtures/diagnosis/bodies.har');

let extension: ExtensionBrowser;
let guard: NetworkGuard;
let page: Page;

beforeAll(async () => {
  extension = await launchWithExtension();
  guard = await startNetworkGuard(extension.browser);
  await grantClipboard(extension.browser, extension.extensionOrigin);
});

afterAll(async () => {
  await guard?.stop();
  await extension?.close();
});

beforeEach(async () => {
  page = await extension.openExtensionPage('har.html');
});

async function open(path: string): Promise<void> {
  const input = (await page.$('input[type="file"]')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(path);
}

describe('the diagnosis on the HAR page', () => {
  it('tags the rows and explains a request of a HAR exported by Chromium', async () => {
    await open(EXPORTED);
    await waitForSummary(page, /^31 requests/);
    for (const [filter, tag] of [
      ['/api/search', 'retry in 30 s'],
      ['/api/account', 'invalid_token'],
      ['/api/forms/legacy', 'POST → GET'],
      ['/api/health', 'refused'],
      ['/api/edge/origin-down', 'Cloudflare: origin timed out'],
    ] as const) {
      const [row] = await filterTo(page, filter, 1);
      expect([filter, row?.tag]).toEqual([filter, tag]);
    }
    await openDetail(page, '/api/search');
    await waitForFinding(page, /^Warning Retry in 30 s \(at \d\d:\d\d:\d\d UTC\)$/);
    await waitForFinding(page, /Rate limit: 0 of 60 requests left/);
    await openDetail(page, '/api/edge/origin-down');
    await waitForFinding(page, /^Error Cloudflare timed out connecting to the origin server$/);
    expect(await shownRequestIds(page)).toEqual([
      ['Cloudflare ray ID (cf-ray)', '8f3c2a1b9d4e7f60-FRA'],
    ]);
  });

  it('reads error bodies from the HAR’s own content', async () => {
    await open(BODIES);
    await waitForSummary(page, /^4 requests/);
    await openDetail(page, '/s/422-problem');
    const problem = await waitForFinding(page, /Problem detail: You do not have enough credit\./);
    expect(problem.details).toEqual([
      'type: https://example.com/probs/out-of-credit',
      'title: You do not have enough credit.',
      'status: 422',
      'detail: Your current balance is 30, but that costs 50.',
      'instance: /account/12345/msgs/abc',
    ]);
    await openDetail(page, '/s/400-error-object');
    await waitForFinding(page, /The server says: name is required \(bad_request\)$/);
  });

  it('copies the incident note', async () => {
    await open(EXPORTED);
    await waitForSummary(page, /^31 requests/);
    await openDetail(page, '/api/account');
    await waitForFinding(page, /invalid_token/);
    await page.click('.copy-buttons button[aria-keyshortcuts="i"]');
    const note = await waitForClipboardText(page, '### Incident: 401 Unauthorized\n');
    expect(note).toContain('#### Findings');
    expect(note).toContain('Bearer credentials rejected: invalid\\_token');
  });

  it('sends nothing anywhere', () => {
    expect(guard.networkRequestsFrom(extension.extensionOrigin)).toEqual([]);
  });
});
