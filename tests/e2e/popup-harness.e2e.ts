// The harness drives the built popup: open it, read it, press keys in it, check it with axe.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runAxe } from './harness/axe';
import { type ExtensionBrowser, launchWithExtension } from './harness/chromium';
import { waitForLivePopup } from './harness/popup';

let extension: ExtensionBrowser;

beforeAll(async () => {
  extension = await launchWithExtension();
});

afterAll(async () => {
  await extension?.close();
});

test('opens the popup of the built extension, drives it by keyboard and runs axe on it', async () => {
  const popup = await extension.openExtensionPage('popup.html');
  expect(popup.url()).toBe(extension.extensionUrl('popup.html'));
  expect(await popup.title()).toBe('HTTP Status Lens');
  await waitForLivePopup(popup);
  expect(await popup.$eval('h1', (h1) => h1.textContent)).toBe('HTTP Status Lens');

  // Keys reach the page: record them before the page's own handlers see them.
  await popup.evaluate(() => {
    const keys: string[] = [];
    (globalThis as typeof globalThis & { keysSeen?: string[] }).keysSeen = keys;
    window.addEventListener('keydown', (event) => keys.push(event.key), { capture: true });
  });
  await popup.keyboard.press('Tab');
  await popup.keyboard.type('404');
  expect(
    await popup.evaluate(
      () => (globalThis as typeof globalThis & { keysSeen?: string[] }).keysSeen,
    ),
  ).toEqual(['Tab', '4', '0', '4']);

  const violations = await runAxe(popup);
  expect(violations).toEqual([]);
});
