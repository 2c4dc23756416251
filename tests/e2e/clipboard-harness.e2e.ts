// The harness reads back what an extension page wrote to the clipboard, both through the async
// Clipboard API and through the execCommand('copy') fallback that DevTools panels need.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './harness/chromium';
import { grantClipboard, readClipboard } from './harness/clipboard';

let extension: ExtensionBrowser;

beforeAll(async () => {
  extension = await launchWithExtension();
  await grantClipboard(extension.browser, extension.extensionOrigin);
});

afterAll(async () => {
  await extension?.close();
});

test('reads back what an extension page wrote with navigator.clipboard', async () => {
  const popup = await extension.openExtensionPage('popup.html');
  const text = 'HTTP/1.1 429 Too Many Requests\nRetry-After: 30';
  await popup.evaluate((value: string) => navigator.clipboard.writeText(value), text);
  expect(await readClipboard(popup)).toBe(text);
});

test("reads back what an extension page copied with execCommand('copy')", async () => {
  const popup = await extension.openExtensionPage('popup.html');
  const text = 'curl -i http://127.0.0.1:8090/api/users/42';
  const copied = await popup.evaluate((value: string) => {
    const area = document.createElement('textarea');
    area.value = value;
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }, text);
  expect(copied).toBe(true);
  expect(await readClipboard(popup)).toBe(text);
});
