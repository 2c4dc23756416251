// Chromium with the built extension loaded, kept off the network, in a fresh profile.
import { createHash } from 'node:crypto';
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { assertBuilt, CHROME_EXTENSION_DIR, chromiumExecutable } from './paths';

/** Flags that keep Chromium quiet: no prompts, no background traffic of its own. None of them
 * makes Chromium show its "unsupported command-line flag" bar, so `npm start` uses these. */
export const QUIET_ARGS: readonly string[] = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

/** Flags that keep Chromium off the network in tests: only 127.0.0.1 and localhost resolve.
 * The resolver rule brings the warning bar, which headless tests never show. */
export const CLOSED_NETWORK_ARGS: readonly string[] = [
  ...QUIET_ARGS,
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

/** The id Chromium gives an unpacked extension: the first 32 hex digits of the SHA-256 of its
 * absolute path, each digit 0-f written as a letter a-p. */
export function extensionIdFromPath(absoluteDir: string): string {
  const hex = createHash('sha256').update(absoluteDir).digest('hex').slice(0, 32);
  return Array.from(hex, (digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/** Flags for a profile in `userDataDir`, DevTools opened for every new tab if `devtools`, off
 * the network unless `closedNetwork` is false (a person's own session: `npm start`). */
export function chromiumArgs(
  userDataDir: string,
  { devtools = false, closedNetwork = true } = {},
): string[] {
  return [
    ...(closedNetwork ? CLOSED_NETWORK_ARGS : QUIET_ARGS),
    `--user-data-dir=${userDataDir}`,
    ...(devtools ? ['--auto-open-devtools-for-tabs'] : []),
  ];
}

/** Flags that load an unpacked extension at start-up, for a browser started by hand
 * (tests/demo/start.ts). Branded Chrome 137+ ignores --load-extension. */
export function loadExtensionArgs(extensionDir: string): string[] {
  return [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`];
}

export interface LaunchOptions {
  /** Open DevTools for every new tab. */
  devtools?: boolean;
  extensionDir?: string;
  /** An X display (harness/xvfb.ts) to show real windows on, for what headless Chromium does not
   * have: the address bar. Headless when absent. */
  display?: string;
}

export interface ExtensionBrowser {
  browser: Browser;
  extensionId: string;
  /** chrome-extension://ID */
  extensionOrigin: string;
  extensionDir: string;
  /** chrome-extension://ID/<path> */
  extensionUrl(path: string): string;
  /** Opens an extension page (e.g. 'popup.html') in a new tab and waits for its load event. */
  openExtensionPage(name: string): Promise<Page>;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/**
 * Launches headless Chromium (or, given a `display`, Chromium in windows on it) and installs the
 * built extension. It starts with no tab at all
 * (`--no-startup-window`), so that a network guard or a DevTools watcher can be set up before
 * the first page, and with it the first extension page, exists.
 */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dir = options.extensionDir ?? CHROME_EXTENSION_DIR;
  assertBuilt(dir);
  const extensionDir = await realpath(dir);
  const userDataDir = await mkdtemp(join(tmpdir(), 'status-lens-chromium-'));
  const extensionId = extensionIdFromPath(extensionDir);
  const extensionOrigin = `chrome-extension://${extensionId}`;
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      executablePath: chromiumExecutable(),
      headless: options.display === undefined,
      ...(options.display === undefined
        ? {}
        : { env: { ...process.env, DISPLAY: options.display }, defaultViewport: null }),
      // Extensions.loadUnpacked needs the pipe and --enable-unsafe-extension-debugging
      // (`enableExtensions`); unlike --load-extension it answers once the extension is loaded,
      // so no page can reach it too early (net::ERR_BLOCKED_BY_CLIENT, clipboard grants lost).
      pipe: true,
      enableExtensions: true,
      waitForInitialPage: false,
      args: [
        '--no-sandbox',
        '--no-startup-window',
        ...(options.display === undefined
          ? []
          : ['--window-position=0,0', '--window-size=1200,760']),
        ...chromiumArgs(userDataDir, options),
      ],
    });
    const installedId = await browser.installExtension(extensionDir);
    if (installedId !== extensionId) {
      throw new Error(`Chromium gave the extension the id ${installedId}, not ${extensionId}.`);
    }
  } catch (error) {
    await browser?.close();
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  const extensionUrl = (path: string) => `${extensionOrigin}/${path.replace(/^\//, '')}`;
  return {
    browser,
    extensionId,
    extensionOrigin,
    extensionDir,
    extensionUrl,
    async openExtensionPage(name) {
      const page = await browser.newPage();
      await page.goto(extensionUrl(name), { waitUntil: 'load' });
      return page;
    },
    async close() {
      await browser.close();
      await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}
