// The extension's DevTools panel inside real DevTools (headless Chromium):
// 1. open a tab with DevTools already attached (browser launched with `devtools: true`), and
//    wait until DevTools has loaded the extension's devtools.html, before the tab navigates:
//    DevTools records (and getHAR returns) only what happens after it attached;
// 2. select the panel through DevTools' own InspectorView, as a click on its tab would;
// 3. hand back the panel's frame, an out-of-process iframe of the DevTools front-end.
import type { Entry, Log } from 'har-format';
import type { Frame, Page, Target } from 'puppeteer-core';
import type { ExtensionBrowser } from './chromium';

export const PANEL_TITLE = 'Status Lens';
export const PANEL_PAGE = 'devtools-panel.html';

const DEFAULT_TIMEOUT = 10_000;

export interface TabWithDevTools {
  /** The inspected tab, still at about:blank: navigate it yourself. */
  page: Page;
  /** The DevTools front-end (devtools://devtools/bundled/devtools_app.html). */
  devtools: Page;
}

function isDevToolsFrontEnd(target: Target): boolean {
  return target.url().startsWith('devtools://devtools/bundled/');
}

/** Opens a new tab; DevTools opens with it (launch with `devtools: true`). Resolves once the
 * extension's devtools.html runs inside that DevTools. */
export async function openTabWithDevTools(
  extension: ExtensionBrowser,
  timeout = DEFAULT_TIMEOUT,
): Promise<TabWithDevTools> {
  const { browser } = extension;
  const known = new Set(browser.targets().filter(isDevToolsFrontEnd));
  const page = await browser.newPage();
  const target = await browser.waitForTarget((t) => isDevToolsFrontEnd(t) && !known.has(t), {
    timeout,
  });
  const devtools = await target.asPage();
  const devtoolsPage = extension.extensionUrl('devtools.html');
  await devtools.waitForFrame((frame) => frame.url() === devtoolsPage, { timeout });
  return { page, devtools };
}

/** The parts of DevTools' InspectorView (front_end/ui/legacy/InspectorView.ts) we use. */
interface InspectorViewLike {
  showPanel(id: string): Promise<void>;
  tabbedPane: {
    selectedTabId: string | null;
    hasTab(id: string): boolean;
    selectTab(id: string, userGesture?: boolean): boolean;
    tabIds(): string[];
  };
}

type WithInspectorView = typeof globalThis & { statusLensInspectorView?: InspectorViewLike };

/** Selects a panel of the DevTools front-end and waits until it is the selected tab. */
export async function selectPanel(
  devtools: Page,
  panelId: string,
  timeout = DEFAULT_TIMEOUT,
): Promise<void> {
  // A string, not a function: the test runner would rewrite a dynamic import() in a function.
  await devtools.evaluate(`import('./ui/legacy/legacy.js').then((UI) => {
    globalThis.statusLensInspectorView = UI.InspectorView.InspectorView.instance();
  })`);
  try {
    await devtools.waitForFunction(
      (id: string) => {
        const view = (globalThis as WithInspectorView).statusLensInspectorView;
        if (!view) return false;
        if (view.tabbedPane.selectedTabId === id) return true;
        if (view.tabbedPane.hasTab(id)) {
          // showPanel alone sometimes does nothing right after start-up.
          void view.showPanel(id);
          view.tabbedPane.selectTab(id, true);
        }
        return false;
      },
      { polling: 100, timeout },
      panelId,
    );
  } catch (error) {
    const tabs = await devtools.evaluate(() =>
      (globalThis as WithInspectorView).statusLensInspectorView?.tabbedPane.tabIds(),
    );
    throw new Error(`DevTools did not select ${panelId}; its tabs: ${JSON.stringify(tabs)}`, {
      cause: error,
    });
  }
}

/** DevTools names an extension panel's tab by its origin and its title without white space. */
export function panelId(extensionOrigin: string, title = PANEL_TITLE): string {
  return `${extensionOrigin}${title.replace(/\s/g, '')}`;
}

/** Selects the extension's panel in this DevTools and returns the panel page's frame, loaded. */
export async function openPanel(
  extension: ExtensionBrowser,
  devtools: Page,
  timeout = DEFAULT_TIMEOUT,
): Promise<Frame> {
  await selectPanel(devtools, panelId(extension.extensionOrigin), timeout);
  const panelUrl = extension.extensionUrl(PANEL_PAGE);
  const panel = await devtools.waitForFrame((frame) => frame.url() === panelUrl, { timeout });
  await panel.waitForFunction(() => document.readyState === 'complete', { timeout });
  return panel;
}

/** The extension API the panel page sees. */
interface DevToolsNetworkGlobal {
  chrome: { devtools: { network: { getHAR(callback: (log: Log) => void): void } } };
}

/** What DevTools recorded for the inspected page, read by the panel through
 * `chrome.devtools.network.getHAR` (callback form: Firefox and older Chrome have no Promise). */
export function getHar(panel: Frame): Promise<Log> {
  return panel.evaluate(
    () =>
      new Promise<Log>((resolve) => {
        (globalThis as unknown as DevToolsNetworkGlobal).chrome.devtools.network.getHAR(resolve);
      }),
  );
}

/** Chromium's reason for a request that got no response (`net::ERR_…`), kept on the response. */
export function harError(entry: Entry): string | undefined {
  const { _error } = entry.response as Entry['response'] & { _error?: string };
  return _error;
}
