// The HAR page (har.html) in headless Chromium: a HAR exported by real Chromium, a broken one,
// one with some broken entries, an oversized one; axe-core, light and dark; no network.
import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runAxe } from './harness/axe';
import { type ExtensionBrowser, launchWithExtension } from './harness/chromium';
import { grantClipboard } from './harness/clipboard';
import { type NetworkGuard, startNetworkGuard } from './harness/network-guard';
import { REPO_ROOT } from './harness/paths';
import { filterTo, openDetail, waitForClipboard, waitForSummary } from './panel-driver';

const EXPORTED = join(REPO_ROOT, 'tests/fixtures/panel/demo-load.har');

let extension: ExtensionBrowser;
let guard: NetworkGuard;
let files: string;
let page: Page;

beforeAll(async () => {
  extension = await launchWithExtension();
  guard = await startNetworkGuard(extension.browser);
  await grantClipboard(extension.browser, extension.extensionOrigin);
  files = await mkdtemp(join(tmpdir(), 'status-lens-har-'));
});

afterAll(async () => {
  await guard?.stop();
  await extension?.close();
  if (files) await rm(files, { recursive: true, force: true });
});

beforeEach(async () => {
  page = await extension.openExtensionPage('har.html');
});

async function open(path: string): Promise<void> {
  const input = (await page.$('input[type="file"]')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(path);
}

async function alertText(): Promise<string> {
  const alert = await page.waitForSelector('[role="alert"]');
  return (await alert?.evaluate((el) => el.textContent ?? '')) ?? '';
}

describe('the HAR page', () => {
  it('shows a HAR exported by real Chromium: list, filters, detail and copy', async () => {
    await open(EXPORTED);
    await waitForSummary(
      page,
      /^31 requests, 16 failed: 2× GET \/api\/reports\/:id\/export → 500 Internal Server Error/,
    );
    expect(await page.$eval('.load-status', (el) => el.textContent)).toBe(
      '31 requests from “demo-load.har”, recorded by WebInspector 537.36.',
    );
    await page.click('.failed-only input');
    await filterTo(page, '', 16);
    const text = await openDetail(page, '/api/users/9999');
    expect(text).toContain('404 Not Found');
    await page.click('.copy-buttons button[aria-keyshortcuts="c"]');
    await waitForClipboard(page, 'GET /api/users/9999?run=load → 404 Not Found');
  });

  it('says clearly when the file is not JSON', async () => {
    const broken = join(files, 'broken.har');
    await writeFile(broken, '{"log": {"entries": [{"request": ');
    await open(broken);
    expect(await alertText()).toMatch(
      /^"broken\.har" is not a HAR file: it is not valid JSON \(.+\)\.$/,
    );
    expect(await page.$('[role="option"]')).toBeNull();
  });

  it('shows the good entries of a partly broken HAR and says how many were skipped', async () => {
    const partly = join(files, 'partly.har');
    const exported = JSON.parse(await readFile(EXPORTED, 'utf8'));
    exported.log.entries.splice(3, 0, { request: { method: 'GET' } }, 'not an entry');
    await writeFile(partly, JSON.stringify(exported));
    await open(partly);
    await waitForSummary(page, /^31 requests/);
    expect(await page.$eval('.load-status', (el) => el.textContent)).toContain(
      '2 broken entries skipped (no request URL; not an object)',
    );
  });

  it('refuses a file over the limit and states the limit', async () => {
    const huge = join(files, 'huge.har');
    await writeFile(huge, '');
    await truncate(huge, 60 * 1024 * 1024);
    await open(huge);
    expect(await alertText()).toBe(
      '"huge.har" is 60 MB; this page opens HAR files up to 50 MB. Export a HAR with fewer requests (or without response bodies) and open that.',
    );
  });

  it('has no axe-core violations, light and dark', async () => {
    expect(await runAxe(page)).toEqual([]);
    await open(EXPORTED);
    await waitForSummary(page, /^31 requests/);
    await openDetail(page, '/api/search');
    expect(await runAxe(page)).toEqual([]);
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    expect(await page.$eval('.lens', (el) => getComputedStyle(el).backgroundColor)).toBe(
      'rgb(32, 33, 36)',
    );
    expect(await runAxe(page)).toEqual([]);
  });

  it('sends nothing anywhere', () => {
    expect(guard.networkRequestsFrom(extension.extensionOrigin)).toEqual([]);
  });
});
