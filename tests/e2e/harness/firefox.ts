// Everything that depends on Firefox internals lives in this file: the raw WebDriver BiDi
// commands, the browser window's chrome context, DevTools' own toolbox API and a frame script.
// Tests only see launchFirefox, openExtensionPage, openPanel, readPanel and waitForPanel.
// Why each step is done this way: docs/testing.md, section "Firefox ESR".
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../wxt.config';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const EXTENSION_DIR = fileURLToPath(
  new URL('../../../.output/firefox-mv3', import.meta.url),
);
/** Fixed through the `extensions.webextensions.uuids` pref, so pages have a known address. */
export const EXTENSION_UUID = '5e1f1a3c-8d2b-4f6e-9a7c-3b0d4e2f1a6b';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
/** The title the DevTools page gives its panel (entrypoints/devtools/main.ts). */
export const PANEL_TITLE = 'Status Lens';

const PANEL_URL = `${EXTENSION_ORIGIN}/devtools-panel.html`;
const DEFAULT_TIMEOUT_MS = 10_000;
const POLL_INTERVAL_MS = 50;

// Prefs that keep Firefox off the network, on top of puppeteer's own test prefs. With the
// environment variable MOZ_DISABLE_NONLOCAL_CONNECTIONS=1, a run makes no non-loopback connection.
const OFF_NETWORK_PREFS: Record<string, string | number | boolean> = {
  // Remote settings (blocklists, etc.); release builds only honour this with the env variable.
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'app.update.auto': false,
  'app.update.enabled': false,
  'app.update.checkInstallTime': false,
  'extensions.update.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.blocklist.enabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': 'data:,',
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'app.normandy.enabled': false,
  'app.normandy.api_url': '',
  'app.shield.optoutstudies.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'network.http.speculative-parallel-limit': 0,
  'browser.urlbar.speculativeConnect.enabled': false,
  'browser.places.speculativeConnect.enabled': false,
  'network.trr.mode': 5,
  'media.gmp-manager.url': 'data:,',
  'browser.newtabpage.activity-stream.feeds.system.topstories': false,
  'browser.newtabpage.activity-stream.feeds.topsites': false,
  'browser.topsites.contile.enabled': false,
};

/**
 * Launches headless Firefox ESR with the built extension (.output/firefox-mv3) installed as a
 * temporary add-on, at the fixed address EXTENSION_ORIGIN, and off the network. Close it with
 * `browser.close()`, which also removes the temporary profile.
 */
export async function launchFirefox(): Promise<Browser> {
  assertBuiltExtension();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // FIREFOX_DUMPIO=1 shows Firefox's own output (e.g. a blocked non-local connection).
    dumpio: process.env.FIREFOX_DUMPIO === '1',
    args: ['--remote-allow-system-access'],
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    extraPrefsFirefox: {
      ...OFF_NETWORK_PREFS,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    },
  });
  try {
    const installed = await browser.installExtension(EXTENSION_DIR);
    if (installed !== GECKO_ID) {
      throw new Error(`Firefox installed the add-on as ${installed}, expected ${GECKO_ID}`);
    }
  } catch (error) {
    await browser.close();
    throw error;
  }
  return browser;
}

/**
 * Opens an extension page (e.g. 'popup.html') in a new tab and resolves once its document has
 * loaded. The returned page is driven as usual (keyboard, clicks, DOM reads); only its
 * navigation goes through raw BiDi, since `page.goto` never sees extension pages load.
 */
export async function openExtensionPage(
  browser: Browser,
  path: string,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<Page> {
  const url = `${EXTENSION_ORIGIN}/${path}`;
  const page = await browser.newPage();
  await bidi(browser).send('browsingContext.navigate', {
    context: contextId(page),
    url,
    wait: 'none',
  });
  await waitFor(`${url} to load`, timeoutMs, async () => {
    const state = await page
      .evaluate(() => ({ href: location.href, readyState: document.readyState }))
      .catch((error: unknown) => ({ href: '', readyState: String(error) }));
    return state.href === url && state.readyState === 'complete' ? true : state;
  });
  return page;
}

/** A DevTools toolbox, opened by openPanel, showing our panel for `inspected`. */
export interface FirefoxPanel {
  /** The tab that DevTools inspects, after it loaded the page given to openPanel. */
  inspected: Page;
  /** The toolbox's id for our panel (generated by Firefox). */
  toolId: string;
}

/**
 * Opens DevTools for a new tab on the Network panel (Firefox's `getHAR` and `onRequestFinished`
 * only see what it recorded), waits for our panel to register, loads `inspectedUrl` in that
 * tab, selects our panel and resolves once the panel's document has loaded.
 */
export async function openPanel(
  browser: Browser,
  inspectedUrl: string,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<FirefoxPanel> {
  const inspected = await browser.newPage();
  const toolId = await inChrome<string>(
    browser,
    inspected,
    `const toolbox = await gDevTools.showToolboxForTab(tab, { toolId: 'netmonitor' });
     if (!toolbox) throw new Error('DevTools refused to open a toolbox for the tab');
     const deadline = Date.now() + ${timeoutMs};
     for (;;) {
       const tool = toolbox.getAdditionalTools().find((t) => t.label === ${JSON.stringify(PANEL_TITLE)});
       if (tool) return tool.id;
       if (Date.now() > deadline) {
         throw new Error(${JSON.stringify(`No DevTools panel titled ${PANEL_TITLE} after ${timeoutMs} ms; tools: `)} +
           toolbox.getAdditionalTools().map((t) => t.label).join(', '));
       }
       await new Promise((resolve) => setTimeout(resolve, ${POLL_INTERVAL_MS}));
     }`,
  );
  await inspected.goto(inspectedUrl, { waitUntil: 'load', timeout: timeoutMs });
  const selected = await inChrome<string>(
    browser,
    inspected,
    `const toolbox = gDevTools.getToolboxForTab(tab);
     await toolbox.selectTool(${JSON.stringify(toolId)}, 'test');
     return toolbox.currentToolId;`,
  );
  if (selected !== toolId) throw new Error(`DevTools shows ${selected}, not our panel ${toolId}`);
  const panel = { inspected, toolId };
  await waitForPanel(browser, panel, 'body', (read) => read.ready, timeoutMs);
  return panel;
}

/** What readPanel saw in the panel's document. */
export interface PanelRead {
  /** The panel's page has finished loading (its own URL, `readyState` 'complete'). */
  ready: boolean;
  href: string;
  /** `document.body.innerText`. */
  text: string;
  /** The text content of each element matching the selector, in document order. */
  texts: string[];
}

/**
 * Reads our panel's document. It is not a BiDi browsing context (it lives in a `<browser>`
 * inside the toolbox's chrome document), so a frame script reads it and sends the result back.
 */
export async function readPanel(
  browser: Browser,
  panel: FirefoxPanel,
  selector = 'h1',
): Promise<PanelRead> {
  const message = `http-status-lens:read:${Math.random().toString(36).slice(2)}`;
  const frameScript = `(() => {
    const doc = content.document;
    sendAsyncMessage(${JSON.stringify(message)}, {
      href: String(content.location.href),
      readyState: doc.readyState,
      text: doc.body ? doc.body.innerText : '',
      texts: Array.from(doc.querySelectorAll(${JSON.stringify(selector)}), (el) => el.textContent),
    });
  })();`;
  const read = await inChrome<Omit<PanelRead, 'ready'> & { readyState: string }>(
    browser,
    panel.inspected,
    `const toolbox = gDevTools.getToolboxForTab(tab);
     const iframe = toolbox && toolbox.doc.getElementById('toolbox-panel-iframe-' + ${JSON.stringify(panel.toolId)});
     const panelBrowser = iframe && iframe.contentDocument && iframe.contentDocument.querySelector('browser');
     // Until the panel's URL is committed, the <browser> may still switch process, which
     // would drop a frame script loaded now.
     const committed = panelBrowser && panelBrowser.currentURI ? panelBrowser.currentURI.spec : '';
     if (committed !== ${JSON.stringify(PANEL_URL)} || !panelBrowser.messageManager) {
       return { href: committed, readyState: 'not committed', text: '', texts: [] };
     }
     const mm = panelBrowser.messageManager;
     return await new Promise((resolve, reject) => {
       const timer = setTimeout(() => {
         mm.removeMessageListener(${JSON.stringify(message)}, listener);
         reject(new Error('The panel frame script did not answer'));
       }, ${DEFAULT_TIMEOUT_MS});
       const listener = (msg) => {
         clearTimeout(timer);
         mm.removeMessageListener(${JSON.stringify(message)}, listener);
         resolve(msg.data);
       };
       mm.addMessageListener(${JSON.stringify(message)}, listener);
       mm.loadFrameScript('data:application/javascript,' + encodeURIComponent(${JSON.stringify(frameScript)}), false);
     });`,
  );
  const { readyState, ...rest } = read;
  return { ...rest, ready: read.href === PANEL_URL && readyState === 'complete' };
}

/** Reads the panel until `until` holds, failing with the last read after `timeoutMs`. */
export async function waitForPanel(
  browser: Browser,
  panel: FirefoxPanel,
  selector: string,
  until: (read: PanelRead) => boolean,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<PanelRead> {
  let last: PanelRead | undefined;
  await waitFor(`the panel (${selector}) to match`, timeoutMs, async () => {
    last = await readPanel(browser, panel, selector);
    return until(last) ? true : last;
  });
  return last as PanelRead;
}

// --- Firefox internals -------------------------------------------------------------------

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/** The browser's WebDriver BiDi connection, for commands puppeteer does not expose. */
function bidi(browser: Browser): BidiConnection {
  const connection = (browser as unknown as { connection?: Partial<BidiConnection> }).connection;
  if (typeof connection?.send !== 'function') {
    throw new Error('Expected a WebDriver BiDi browser (puppeteer.launch({ browser: "firefox" }))');
  }
  return connection as BidiConnection;
}

/** The BiDi browsing context id of a page (puppeteer keeps it on the main frame). */
function contextId(page: Page): string {
  const id = (page.mainFrame() as unknown as { _id?: unknown })._id;
  if (typeof id !== 'string') throw new Error('Cannot find the BiDi context of the page');
  return id;
}

interface ChromeContextTree {
  contexts: { context: string; url: string }[];
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text?: string };
}

/**
 * Runs `body`, the body of an async function, in the browser window's chrome context and returns
 * its result, passed through JSON. In scope: DevTools' `gDevTools`, and `tab`, the <tab> of `page`.
 */
async function inChrome<T>(browser: Browser, page: Page, body: string): Promise<T> {
  const connection = bidi(browser);
  const tree = (
    await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })
  ).result as ChromeContextTree;
  const window = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('No Firefox browser window in the chrome context tree');
  const expression = `(async () => {
    const { require } = ChromeUtils.importESModule('resource://devtools/shared/loader/Loader.sys.mjs');
    const { gDevTools } = require('devtools/client/framework/devtools');
    const { NavigableManager } = ChromeUtils.importESModule(
      'chrome://remote/content/shared/NavigableManager.sys.mjs',
    );
    const tabBrowser = NavigableManager.getBrowserById(${JSON.stringify(contextId(page))});
    const tab = tabBrowser && tabBrowser.ownerDocument.defaultView.gBrowser.getTabForBrowser(tabBrowser);
    if (!tab) throw new Error('No Firefox tab for the page');
    const run = async () => { ${body} };
    return JSON.stringify((await run()) ?? null);
  })()`;
  const evaluated = (
    await connection.send('script.evaluate', {
      expression,
      target: { context: window.context },
      awaitPromise: true,
      resultOwnership: 'none',
    })
  ).result as EvaluateResult;
  if (evaluated.type !== 'success' || typeof evaluated.result?.value !== 'string') {
    throw new Error(`Chrome script failed: ${evaluated.exceptionDetails?.text ?? 'no result'}`);
  }
  return JSON.parse(evaluated.result.value) as T;
}

/** What the address bar shows for `text` typed into the window of `page`, read from Firefox's
 * own urlbar (`gURLBar`) in the chrome context, once a row's title includes `expected`. */
export async function addressBarRows(
  browser: Browser,
  page: Page,
  text: string,
  expected: string,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<string[]> {
  return inChrome<string[]>(
    browser,
    page,
    `const win = tab.ownerDocument.defaultView;
     win.gBrowser.selectedTab = tab;
     win.gURLBar.focus();
     win.gURLBar.search(${JSON.stringify(text)});
     const deadline = Date.now() + ${timeoutMs};
     let rows = [];
     while (Date.now() < deadline) {
       const context = win.gURLBar.controller._lastQueryContextWrapper?.queryContext;
       rows = (context?.results ?? []).map((r) => r.payload.title ?? r.payload.content ?? '');
       if (rows.some((row) => row.includes(${JSON.stringify(expected)}))) return rows;
       await new Promise((resolve) => win.setTimeout(resolve, ${POLL_INTERVAL_MS}));
     }
     throw new Error('The address bar never showed ' + ${JSON.stringify(expected)} + ': ' + JSON.stringify(rows));`,
  );
}

/** Errors Firefox's console recorded from the add-on's background script. */
export async function backgroundErrors(browser: Browser, page: Page): Promise<string[]> {
  return inChrome<string[]>(
    browser,
    page,
    `return Services.console.getMessageArray()
       .filter((m) => m instanceof Ci.nsIScriptError && (m.flags & Ci.nsIScriptError.warningFlag) === 0)
       .filter((m) => (m.sourceName ?? '').startsWith(${JSON.stringify(`${EXTENSION_ORIGIN}/background`)}))
       .map((m) => m.errorMessage);`,
  );
}

/**
 * Polls `check` until it returns true; anything else it returns is kept to explain a timeout.
 * A deadline-bound wait for a condition, not a retry of a failed step.
 */
async function waitFor(
  what: string,
  timeoutMs: number,
  check: () => Promise<true | unknown>,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const seen = await check();
    if (seen === true) return;
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${JSON.stringify(seen)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}

/** Fails early, with a useful message, when the build is missing or has another add-on id. */
function assertBuiltExtension(): void {
  let manifest: { browser_specific_settings?: { gecko?: { id?: string } } };
  try {
    manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8'));
  } catch {
    throw new Error(`No Firefox build in ${EXTENSION_DIR}: run \`npx wxt build -b firefox\` first`);
  }
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (id !== GECKO_ID) {
    throw new Error(`${EXTENSION_DIR}/manifest.json has add-on id ${id}, expected ${GECKO_ID}`);
  }
}
