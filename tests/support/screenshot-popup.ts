/**
 * Screenshots of the popup from the real build, for the README:
 * `npx wxt build && npx tsx tests/support/screenshot-popup.ts`.
 */
import { launchWithExtension } from '../e2e/harness/chromium';
import { waitForLivePopup } from '../e2e/harness/popup';

const out = new URL('../../docs/screenshots/', import.meta.url).pathname;
const lens = await launchWithExtension();
try {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await lens.browser.newPage();
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await page.setViewport({ width: 380, height: 560, deviceScaleFactor: 1 });
    await page.goto(lens.extensionUrl('popup.html'));
    await waitForLivePopup(page);
    await page.keyboard.type(scheme === 'light' ? 'rate limit' : '5xx');
    await page.waitForFunction(
      (first) => document.querySelector('[role="option"]')?.textContent?.startsWith(first),
      {},
      scheme === 'light' ? '429' : '500',
    );
    await page.screenshot({ path: `${out}popup-${scheme}.png` });
    await page.close();
  }
} finally {
  await lens.close();
}
console.log(`Screenshots written to ${out}`);
