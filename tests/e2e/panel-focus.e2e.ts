// The focus and the letter keys inside real DevTools (headless Chromium): when the request in
// the detail pane goes away (Clear, a new page), the focus goes to the list or the empty state,
// never the body, and a polite message says so; the copy keys work with Caps Lock on and on a
// Russian layout, as DevTools delivers them to the panel.
import type { CDPSession, Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, startDemoServer } from '../demo/server';
import { type ExtensionBrowser, launchWithExtension } from './harness/chromium';
import { grantClipboard } from './harness/clipboard';
import { waitForDemoRound } from './harness/demo-page';
import { openPanel, openTabWithDevTools } from './harness/devtools';
import { filterTo, waitForMessage, waitForShown } from './panel-driver';

const TIMEOUT = 10_000;

let server: DemoServer;
let extension: ExtensionBrowser;

beforeAll(async () => {
  server = await startDemoServer(0);
  extension = await launchWithExtension({ devtools: true });
  await grantClipboard(extension.browser, extension.extensionOrigin);
});

afterAll(async () => {
  await extension?.close();
  await server?.close();
});

async function demoWithPanel(round: string): Promise<{ page: Page; devtools: Page; panel: Frame }> {
  const { page, devtools } = await openTabWithDevTools(extension);
  await page.goto(`${server.url}?run=${round}`);
  await waitForDemoRound(page, round);
  const panel = await openPanel(extension, devtools);
  await panel.waitForSelector('[role="option"]');
  return { page, devtools, panel };
}

/** What has the focus in the panel: "TAG.class" (or "TAG[role]"), or "none". */
function focused(panel: Frame): Promise<string> {
  return panel.evaluate(() => {
    const active = document.activeElement;
    if (!active) return 'none';
    const role = active.getAttribute('role');
    return role ? `${active.tagName}[${role}]` : `${active.tagName}.${active.className}`;
  });
}

/** Waits until the panel's focus is on `selector`; says where it is instead when it never is. */
async function waitForFocusOn(panel: Frame, selector: string): Promise<void> {
  try {
    await panel.waitForFunction(
      (wanted: string) => document.activeElement?.matches(wanted) === true,
      { timeout: TIMEOUT },
      selector,
    );
  } catch (error) {
    throw new Error(`The focus never reached ${selector}; it is on ${await focused(panel)}`, {
      cause: error,
    });
  }
}

/** Selects a row with the keyboard (Home, or the only one shown), opens its detail with Enter,
 * and puts the focus on the first button inside the detail pane. */
async function focusInDetail(devtools: Page, panel: Frame): Promise<void> {
  await devtools.bringToFront();
  await panel.focus('[role="listbox"]');
  await devtools.keyboard.press('Home');
  await panel.waitForSelector('[role="option"][aria-selected="true"]', { timeout: TIMEOUT });
  await devtools.keyboard.press('Enter');
  await panel.waitForSelector('section.detail button', { timeout: TIMEOUT });
  await panel.focus('section.detail button');
  await waitForFocusOn(panel, 'section.detail button');
}

/** A key press as a keyboard layout delivers it: DevTools' own page gets the protocol's key
 * events, and hands those for the panel to its frame. No Shift, no other modifier. */
async function pressLayoutKey(
  cdp: CDPSession,
  key: { key: string; code: string; keyCode: number },
): Promise<void> {
  const common = {
    key: key.key,
    code: key.code,
    windowsVirtualKeyCode: key.keyCode,
    nativeVirtualKeyCode: key.keyCode,
    modifiers: 0,
  };
  await cdp.send('Input.dispatchKeyEvent', {
    type: 'keyDown',
    ...common,
    text: key.key,
    unmodifiedText: key.key,
  });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...common });
}

/** Records the keydown events the list receives, as the panel's code sees them. */
async function recordListKeys(panel: Frame): Promise<void> {
  await panel.evaluate(() => {
    const seen: Array<{ key: string; code: string; shiftKey: boolean }> = [];
    (globalThis as unknown as { seenKeys: typeof seen }).seenKeys = seen;
    document.querySelector('[role="listbox"]')?.addEventListener('keydown', (event) => {
      const { key, code, shiftKey } = event as KeyboardEvent;
      seen.push({ key, code, shiftKey });
    });
  });
}

function listKeys(panel: Frame): Promise<Array<{ key: string; code: string; shiftKey: boolean }>> {
  return panel.evaluate(
    () =>
      (
        globalThis as unknown as {
          seenKeys: Array<{ key: string; code: string; shiftKey: boolean }>;
        }
      ).seenKeys,
  );
}

describe('the focus when the selected request goes away, inside real DevTools', () => {
  it('goes to the empty state when Clear empties the list, and says so', async () => {
    const { devtools, panel } = await demoWithPanel('focus-clear');
    await filterTo(panel, '/api/users/9999?', 1);
    await focusInDetail(devtools, panel);
    // Clear, clicked by script: the focus stays in the pane until the pane goes.
    await panel.$$eval('.toolbar-controls button', (buttons) => {
      const clear = buttons.find((button) => button.textContent?.trim() === 'Clear');
      if (!clear) throw new Error('No Clear button');
      (clear as HTMLButtonElement).click();
    });
    await panel.waitForSelector('.empty-view', { timeout: TIMEOUT });
    await waitForFocusOn(panel, '.empty-view');
    await waitForMessage(panel, 'The selected request is gone; the list is empty.');
    expect(await focused(panel)).not.toMatch(/^BODY/);
    expect(await panel.$('section.detail')).toBeNull();
  });

  it('goes to the list when the inspected page navigates to a new page, and says so', async () => {
    const { page, devtools, panel } = await demoWithPanel('focus-nav');
    await focusInDetail(devtools, panel);
    await page.goto(`${server.origin}/second`);
    await page.waitForFunction(() => document.documentElement.dataset.demo === 'done');
    // The new page's list: its document and its one API call.
    await waitForShown(panel, 2);
    await waitForFocusOn(panel, '[role="listbox"]');
    await waitForMessage(panel, 'The selected request is gone; focus is on the list.');
    expect(await panel.$('section.detail')).toBeNull();
    // The list has the focus for real: the arrows move its selection.
    await devtools.bringToFront();
    await devtools.keyboard.press('ArrowDown');
    await panel.waitForSelector('[role="option"][aria-selected="true"]', { timeout: TIMEOUT });
  });
});

describe('the copy keys on any keyboard, inside real DevTools', () => {
  it('copies with Caps Lock on (C without Shift) and on a Russian layout (с on the C key)', async () => {
    const { devtools, panel } = await demoWithPanel('focus-keys');
    await filterTo(panel, '/api/users/9999?', 1);
    await devtools.bringToFront();
    await panel.focus('[role="listbox"]');
    await devtools.keyboard.press('ArrowDown');
    await panel.waitForSelector('[role="option"][aria-selected="true"]', { timeout: TIMEOUT });
    await recordListKeys(panel);
    const cdp = await devtools.createCDPSession();
    try {
      // Caps Lock: the C key types "C", and Shift is not held.
      await pressLayoutKey(cdp, { key: 'C', code: 'KeyC', keyCode: 67 });
      await waitForMessage(panel, 'Copied the request line.');
      // Russian ЙЦУКЕН: the L key types "д", the C key "с".
      await pressLayoutKey(cdp, { key: 'д', code: 'KeyL', keyCode: 76 });
      await waitForMessage(panel, 'Copied the label.');
      await pressLayoutKey(cdp, { key: 'с', code: 'KeyC', keyCode: 67 });
      await waitForMessage(panel, 'Copied the request line.');
    } finally {
      await cdp.detach();
    }
    // The panel got the keys as a layout sends them: what the test means to try.
    expect(await listKeys(panel)).toEqual([
      { key: 'C', code: 'KeyC', shiftKey: false },
      { key: 'д', code: 'KeyL', shiftKey: false },
      { key: 'с', code: 'KeyC', shiftKey: false },
    ]);
  });
});
