/**
 * Screenshots of the reference page from the real build, for the README:
 * `npx wxt build && npx tsx tests/support/screenshot-reference.ts [out-dir]`. Writes
 * reference-light.png and reference-dark.png (default docs/screenshots): the page opened at
 * `#429` and searched for "rate limit", as the address bar keyword leaves it.
 */
import { launchWithExtension } from '../e2e/harness/chromium';
import { waitForReferencePage } from '../e2e/harness/reference-page';

const out = process.argv[2] ?? new URL('../../docs/screenshots/', import.meta.url).pathname;
const shots = [
  { name: 'reference-light', scheme: 'light', width: 1200, height: 760 },
  { name: 'reference-dark', scheme: 'dark', width: 1200, height: 760 },
] as const;

const lens = await launchWithExtension();
try {
  for (const shot of shots) {
    const page = await lens.browser.newPage();
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: shot.scheme }]);
    await page.setViewport({ width: shot.width, height: shot.height, deviceScaleFactor: 1 });
    await page.goto(lens.extensionUrl('reference.html?q=rate%20limit#429'));
    await waitForReferencePage(page);
    await page.screenshot({ path: `${out}/${shot.name}.png` });
    await page.close();
  }
} finally {
  await lens.close();
}
console.log(`Screenshots written to ${out}`);
