// Chromium's address bar, driven as a person would: real key events from xdotool into a real
// window on a virtual display (harness/xvfb.ts), and read back from the suggestion dropdown, which
// Chromium 156 draws as a WebUI page of its own (chrome://omnibox-popup.top-chrome/) that the
// DevTools protocol can read. There is no window manager: the window is focused with
// `windowfocus --sync`, not `windowactivate`.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Browser, CDPSession } from 'puppeteer-core';

const run = promisify(execFile);
const POPUP_URL = 'chrome://omnibox-popup.top-chrome/';
const POLL_MS = 50;

export interface AddressBar {
  /** Focuses the browser window and selects the address bar's text (Ctrl+L). */
  focus(): Promise<void>;
  /** Types text with real key events. */
  type(text: string): Promise<void>;
  /** Presses keys by their X names: 'Return', 'alt+Return', 'Down', 'Escape'. */
  key(...keys: string[]): Promise<void>;
  /** The dropdown's rows as text, once `ready` holds for them (waits up to 20 s). */
  rowsWhen(ready: (rows: string[]) => boolean, what: string): Promise<string[]>;
  /** A PNG of the whole display (ImageMagick's `import`), for a person to look at. */
  screenshot(path: string): Promise<void>;
}

export async function addressBar(browser: Browser, display: string): Promise<AddressBar> {
  const env = { ...process.env, DISPLAY: display };
  const xdotool = async (...args: string[]) =>
    (await run('xdotool', args, { env, encoding: 'utf8' })).stdout.trim();
  // The browser's one window: the newest visible one of class "chromium".
  const windows = (await xdotool('search', '--sync', '--onlyvisible', '--class', 'chromium'))
    .split('\n')
    .filter(Boolean);
  const window = windows.at(-1);
  if (!window) throw new Error('No Chromium window on the display');

  let popup: CDPSession | undefined;
  const readRows = async (): Promise<string[]> => {
    if (!popup) {
      const target = (await browser.targets()).find((t) => t.url() === POPUP_URL);
      if (!target) return [];
      popup = await target.createCDPSession();
    }
    const { result, exceptionDetails } = await popup.send('Runtime.evaluate', {
      expression: ROW_TEXTS,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`Reading the dropdown: ${exceptionDetails.text}`);
    // Each row begins with its icons' placeholder text ("...").
    return (result.value as string[]).map((row) => row.replace(/^(\.\.\.\s*)+/, ''));
  };

  return {
    async focus() {
      await xdotool('windowfocus', '--sync', window);
      await xdotool('key', 'ctrl+l');
    },
    async type(text) {
      // xdotool types < and > on the extra key of ISO keyboards (<LSGT>), which Chromium does not
      // read as those characters in the address bar; on a US keyboard they are Shift+, and Shift+.
      for (const part of text.split(/([<>])/)) {
        if (part === '<') await xdotool('key', 'shift+comma');
        else if (part === '>') await xdotool('key', 'shift+period');
        else if (part) await xdotool('type', '--delay', '40', part);
      }
    },
    async key(...keys) {
      await xdotool('key', ...keys);
    },
    async rowsWhen(ready, what) {
      const deadline = Date.now() + 20_000;
      let rows: string[] = [];
      while (Date.now() < deadline) {
        rows = await readRows();
        if (ready(rows)) return rows;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
      throw new Error(`The dropdown never showed ${what}; it showed ${JSON.stringify(rows)}`);
    },
    async screenshot(path) {
      await run('import', ['-window', 'root', path], { env });
    },
  };
}

/** Runs inside the dropdown's page: the text of each row (an element with role option), read
 * through the open shadow roots its parts are drawn in, in order. A string, not a function:
 * the test runner's compiler may add helpers to a function that the page does not have. */
const ROW_TEXTS = `(() => {
  const deepText = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent;
    if (node.nodeType === Node.ELEMENT_NODE && ['STYLE', 'SCRIPT'].includes(node.tagName)) return '';
    return Array.from((node.shadowRoot ?? node).childNodes, deepText).join(' ');
  };
  const rows = [];
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.getAttribute('role') === 'option') {
        rows.push(deepText(element).replace(/\\s+/g, ' ').replace(/ :/g, ':').trim());
      } else if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
  return rows;
})()`;
