// `npm start`: builds the extension, serves the demo page on http://127.0.0.1:8090/ (or a free
// port when 8090 is taken) and opens Chromium on it with the extension loaded and DevTools open.
// Without a display it prints how to load the extension by hand and keeps serving.
//
// Branded Google Chrome 137+ ignores --load-extension: set CHROME_PATH to Chromium or to
// Chrome for Testing (e.g. CHROME_PATH=/path/to/chrome npm start). Default: /usr/bin/chromium.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, loadExtensionArgs } from '../e2e/harness/chromium';
import { CHROME_EXTENSION_DIR, chromiumExecutable, REPO_ROOT } from '../e2e/harness/paths';
import { type DemoServer, startDemoServer } from './server';

const PORT = 8090;
let stopping = false;

function build(): void {
  const result = spawnSync('npx', ['wxt', 'build'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    console.error('The extension did not build (see above).');
    process.exit(result.status ?? 1);
  }
}

async function serve(): Promise<DemoServer> {
  try {
    return await startDemoServer(PORT);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    console.log(`Port ${PORT} is taken: serving the demo on a free port instead.`);
    return startDemoServer(0);
  }
}

function hasDisplay(): boolean {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function printManualSteps(server: DemoServer, extensionDir: string): void {
  console.log(`
To try it in your own Chromium-based browser:
  1. Open chrome://extensions and turn on Developer mode.
  2. Click "Load unpacked" and choose:
       ${extensionDir}
  3. Open ${server.url}, open DevTools (F12) and choose its "Status Lens" panel.

The demo server keeps running. Press Ctrl+C to stop it.`);
}

interface OpenBrowser {
  process: ChildProcess;
  /** Settles once Chromium has exited and its profile is deleted. */
  exited: Promise<void>;
}

/** Chromium with the extension, DevTools open, on the demo page, in a throw-away profile. */
function openChromium(server: DemoServer, extensionDir: string): OpenBrowser {
  const userDataDir = mkdtempSync(join(tmpdir(), 'status-lens-demo-'));
  const args = [
    // Chromium refuses to run as root without it (e.g. in a container); it brings Chromium's
    // "unsupported command-line flag" bar, which a normal user never sees.
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    // No host-resolver rule here (the tests' way off the network): it brings the same bar.
    ...chromiumArgs(userDataDir, { devtools: true, closedNetwork: false }),
    ...loadExtensionArgs(extensionDir),
    server.url,
  ];
  const browser = spawn(chromiumExecutable(), args, { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => {
    const cleanUp = () => {
      rmSync(userDataDir, { recursive: true, force: true });
      resolve();
    };
    browser.on('error', (error) => {
      console.error(`Could not start ${chromiumExecutable()}: ${error.message}`);
      console.error('Set CHROME_PATH to Chromium or Chrome for Testing.');
      printManualSteps(server, extensionDir);
      cleanUp();
    });
    browser.on('exit', () => {
      if (!stopping) {
        console.log(`Chromium closed. The demo is still at ${server.url}; press Ctrl+C to stop.`);
      }
      cleanUp();
    });
  });
  return { process: browser, exited };
}

async function main(): Promise<void> {
  build();
  const extensionDir = realpathSync(CHROME_EXTENSION_DIR);
  const server = await serve();
  console.log(`\nDemo page:  ${server.url}`);
  console.log(`Extension:  ${extensionDir}`);

  let browser: OpenBrowser | undefined;
  if (hasDisplay()) {
    console.log(`Opening ${chromiumExecutable()} with the extension and DevTools…`);
    browser = openChromium(server, extensionDir);
  } else {
    console.log(
      '\nNo display here (neither DISPLAY nor WAYLAND_DISPLAY is set): not opening a browser.',
    );
    printManualSteps(server, extensionDir);
  }

  process.once('SIGINT', async () => {
    stopping = true;
    browser?.process.kill();
    await Promise.all([browser?.exited, server.close()]);
    process.exit(0);
  });
}

await main();
