// Where things are: the repository, the built extension, the browser, axe-core.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The Chromium build of the extension (`npx wxt build`). */
export const CHROME_EXTENSION_DIR = join(REPO_ROOT, '.output', 'chrome-mv3');

/** The browser to drive: CHROME_PATH (Chromium or Chrome for Testing), else Debian's Chromium.
 * Branded Chrome 137+ ignores --load-extension, so it cannot be used here. */
export function chromiumExecutable(): string {
  return process.env.CHROME_PATH ?? '/usr/bin/chromium';
}

export const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Throws a helpful error when the extension has not been built. */
export function assertBuilt(dir: string = CHROME_EXTENSION_DIR): void {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}: run \`npx wxt build\` first.`);
  }
}
