// The panel's keyboard, copy and accessibility, inside real DevTools (headless Chromium):
// DevTools forwards its own shortcuts out of extension panels, so the keys are tried there.
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, startDemoServer } from '../demo/server';
import { runAxe } from './harness/axe';
import { type ExtensionBrowser, launchWithExtension } from './harness/chromium';
import { grantClipboard } from './harness/clipboard';
import { waitForDemoRound } from './harness/demo-page';
import { openPanel, openTabWithDevTools, panelId } from './harness/devtools';
import {
  filterTo,
  openDetail,
  waitForClipboard,
  waitForClipboardText,
  waitForMessage,
} from './panel-driver';

let server: DemoServer;
let extension: ExtensionBrowser;
/** An extension page of the granted origin, to read the clipboard back. */
let reader: Page;

beforeAll(async () => {
  server = await startDemoServer(0);
  extension = await launchWithExtension({ devtools: true });
  await grantClipboard(extension.browser, extension.extensionOrigin);
  reader = await extension.openExtensionPage('har.html');
});

afterAll(async () => {
  await extension?.close();
  await server?.close();
});

interface FrontendHost {
  setPreference(name: string, value: string): void;
}

/** DevTools hands an extension its theme when it loads it: set the theme in one DevTools (it is
 * saved in the profile), and the next DevTools opened starts with it. */
async function setDevToolsTheme(devtools: Page, theme: 'default' | 'dark'): Promise<void> {
  await devtools.evaluate((value: string) => {
    (
      globalThis as unknown as { InspectorFrontendHost: FrontendHost }
    ).InspectorFrontendHost.setPreference('ui-theme', value);
  }, JSON.stringify(theme));
}

async function demoWithPanel(round: string): Promise<{ page: Page; devtools: Page; panel: Frame }> {
  const { page, devtools } = await openTabWithDevTools(extension);
  await page.goto(`${server.url}?run=${round}`);
  await waitForDemoRound(page, round);
  const panel = await openPanel(extension, devtools);
  await panel.waitForSelector('[role="option"]');
  return { page, devtools, panel };
}

/** What DevTools itself shows: the selected panel, and whether its drawer (console) is open. */
function devtoolsState(devtools: Page): Promise<{ tab: string | null; drawer: boolean }> {
  return devtools.evaluate(() => {
    const view = (
      globalThis as unknown as {
        statusLensInspectorView: {
          tabbedPane: { selectedTabId: string | null };
          drawerVisible(): boolean;
        };
      }
    ).statusLensInspectorView;
    return { tab: view.tabbedPane.selectedTabId, drawer: view.drawerVisible() };
  });
}

describe('keyboard and copy inside real DevTools', () => {
  it('moves with the arrows, opens with Enter, copies with c, l and m', async () => {
    const { devtools, panel } = await demoWithPanel('keys');
    const before = await devtoolsState(devtools);
    await filterTo(panel, '/api/users', 5);
    await panel.focus('[role="listbox"]');
    await devtools.keyboard.press('ArrowDown');
    await devtools.keyboard.press('ArrowDown');
    await devtools.keyboard.press('ArrowUp');
    await devtools.keyboard.press('ArrowDown');
    await panel.waitForFunction(
      () => {
        const list = document.querySelector('[role="listbox"]');
        const second = document.querySelectorAll('[role="option"]')[1];
        return second && list?.getAttribute('aria-activedescendant') === second.id;
      },
      { timeout: 10_000 },
    );
    expect(await panel.$('section.detail')).toBeNull();
    await devtools.keyboard.press('Enter');
    await panel.waitForFunction(
      () =>
        document
          .querySelector('section.detail .url-text')
          ?.textContent?.endsWith('/api/users?run=keys'),
      { timeout: 10_000 },
    );

    await devtools.keyboard.press('c');
    await waitForMessage(panel, 'Copied the request line.');
    await waitForClipboard(reader, 'POST /api/users?run=keys → 201 Created');

    await devtools.bringToFront();
    await panel.focus('[role="listbox"]');
    await devtools.keyboard.press('ArrowDown');
    await devtools.keyboard.press('l');
    await waitForMessage(panel, 'Copied the label.');
    await waitForClipboard(reader, '204 No Content');

    await devtools.bringToFront();
    await panel.focus('[role="listbox"]');
    await devtools.keyboard.press('m');
    await waitForMessage(panel, 'Copied the markdown note.');
    // Waits for the reader's focus and the note, as readText refuses an unfocused page.
    await waitForClipboardText(
      reader,
      `**204 No Content**: \`DELETE\` \`${server.origin}/api/users/43?run=keys\`\n`,
    );

    // None of these keys reached DevTools' own shortcuts.
    expect(await devtoolsState(devtools)).toEqual(before);
    expect(before.tab).toBe(panelId(extension.extensionOrigin));
  });

  it('copies from the detail pane’s buttons, read back from the clipboard', async () => {
    const { devtools, panel } = await demoWithPanel('buttons');
    await openDetail(panel, '/api/users/9999?');
    await panel.click('.copy-buttons button[aria-keyshortcuts="c"]');
    await waitForMessage(panel, 'Copied the request line.');
    await waitForClipboard(reader, 'GET /api/users/9999?run=buttons → 404 Not Found');
    await devtools.bringToFront();
    await panel.click('.copy-buttons button[aria-keyshortcuts="l"]');
    await waitForMessage(panel, 'Copied the label.');
    await waitForClipboard(reader, '404 Not Found');
  });

  it("falls back to execCommand('copy') where the async clipboard API is refused", async () => {
    const { devtools, panel } = await demoWithPanel('fallback');
    // Chromium 156 lets this panel use navigator.clipboard; other versions and browsers refuse
    // it inside DevTools. Refuse it here as they do, so that the fallback has to do the copy.
    await panel.evaluate(() => {
      navigator.clipboard.writeText = () =>
        Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    await openDetail(panel, '/api/search?');
    await panel.focus('[role="listbox"]');
    await devtools.keyboard.press('c');
    await waitForMessage(panel, 'Copied the request line.');
    await waitForClipboard(reader, 'GET /api/search?run=fallback → 429 Too Many Requests');
    // The fallback's textarea is gone and the focus is back on the list.
    expect(await panel.evaluate(() => document.querySelector('textarea'))).toBeNull();
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('role'))).toBe(
      'listbox',
    );
  });
});

describe('accessibility and theme inside real DevTools', () => {
  it('has no axe-core violations, light and dark, and follows DevTools’ dark theme', async () => {
    const { devtools, panel } = await demoWithPanel('axe');
    await openDetail(panel, '/api/search?');
    expect(await panel.$eval('.lens', (el) => el.getAttribute('data-theme'))).toBe('light');
    expect(await runAxe(panel)).toEqual([]);

    await setDevToolsTheme(devtools, 'dark');
    try {
      const dark = await demoWithPanel('axe-dark');
      expect(await dark.panel.$eval('.lens', (el) => el.getAttribute('data-theme'))).toBe('dark');
      await openDetail(dark.panel, '/api/search?');
      await dark.panel.click('.failed-only input');
      expect(await runAxe(dark.panel)).toEqual([]);
    } finally {
      await setDevToolsTheme(devtools, 'default');
    }
  });
});
