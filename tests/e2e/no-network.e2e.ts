// The extension's own pages (popup, DevTools page, panel, reference page) and its background
// service worker make no network request: they load their own chrome-extension:// files and
// nothing else.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type DemoServer, startDemoServer } from '../demo/server';
import { type ExtensionBrowser, launchWithExtension } from './harness/chromium';
import { runDemoRound, waitForDemoRound } from './harness/demo-page';
import { openPanel, openTabWithDevTools } from './harness/devtools';
import { type NetworkGuard, startNetworkGuard } from './harness/network-guard';
import { waitForLivePopup } from './harness/popup';
import { waitForReferencePage } from './harness/reference-page';

let server: DemoServer;
let extension: ExtensionBrowser;
let guard: NetworkGuard;

beforeAll(async () => {
  server = await startDemoServer(0);
  extension = await launchWithExtension({ devtools: true });
  // Before any page exists, so that the guard sees every extension page from its first request.
  guard = await startNetworkGuard(extension.browser);
});

afterAll(async () => {
  await guard?.stop();
  await extension?.close();
  await server?.close();
});

/** The background service worker starts with the extension, before the guard: stop it (as the
 * browser stops an idle one) and start it again under the guard's eyes, with a message from an
 * extension page of its scope. */
async function restartServiceWorker(page: Page, scriptUrl: string): Promise<void> {
  const session = await page.createCDPSession();
  let status = '';
  const statusIs = (wanted: string) =>
    new Promise<void>((resolve) => {
      const check = () => (status === wanted ? resolve() : setTimeout(check, 20));
      check();
    });
  session.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    const version = versions.find((v) => v.scriptURL === scriptUrl);
    if (version) status = version.runningStatus;
  });
  await session.send('ServiceWorker.enable');
  await statusIs('running');
  await session.send('ServiceWorker.stopAllWorkers');
  await statusIs('stopped');
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    registration?.active?.postMessage('wake up');
  });
  await statusIs('running');
  await session.detach();
}

test('the extension pages and the background worker request nothing but their own files', async () => {
  const { extensionOrigin } = extension;
  const popup = await extension.openExtensionPage('popup.html');
  // Live: its code, loaded after the first paint, was fetched under the guard's eyes too.
  await waitForLivePopup(popup);
  const reference = await extension.openExtensionPage('reference.html#404');
  await waitForReferencePage(reference);
  const worker = extension.extensionUrl('background.js');
  await restartServiceWorker(reference, worker);

  const { page, devtools } = await openTabWithDevTools(extension);
  await page.goto(`${server.url}?run=load`);
  await waitForDemoRound(page, 'load');
  const panel = await openPanel(extension, devtools);
  await panel.waitForSelector('h1');
  await runDemoRound(page, 'with-panel');

  expect(
    guard.preexistingTargets
      .filter((target) => target.url.startsWith(extensionOrigin))
      .filter((target) => target.url !== worker),
  ).toEqual([]);
  // The worker ran again under the guard (its script comes from the browser's own cache of
  // installed workers, so that load is no request); whatever it asks for is counted below.
  // The guard did watch each extension page, and told the inspected page's traffic apart.
  const documents = new Set(
    guard.requestsFrom(extensionOrigin).map((request) => request.documentUrl),
  );
  for (const name of ['popup.html', 'devtools.html', 'devtools-panel.html', 'reference.html']) {
    expect(documents).toContain(extension.extensionUrl(name));
  }
  expect(guard.requestsFrom(server.origin).length).toBeGreaterThan(0);

  expect(guard.networkRequestsFrom(extensionOrigin)).toEqual([]);
});

test('the guard does report a request made by an extension page', async () => {
  const popup = await extension.openExtensionPage('popup.html');
  const url = `${server.origin}/api/users/42?run=guard-check`;
  await popup.evaluate(
    (target: string) =>
      fetch(target).then(
        () => 'answered',
        () => 'refused',
      ),
    url,
  );
  expect(
    guard.networkRequestsFrom(extension.extensionOrigin).map((request) => request.url),
  ).toEqual([url]);
});
