// "Save HAR without secrets" in real Chromium: from the HAR page and from the panel inside real
// DevTools. The download is let through with the DevTools protocol (Browser.setDownloadBehavior
// into a fresh temporary folder, with events) and waited for until Chromium reports it complete;
// the file read back must validate against the published HAR schema, hold none of the secrets,
// and reopen on the HAR page with the same number of rows.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLANTED, plantedHar } from '../fixtures/sanitize/planted';
import { harSchemaErrors } from '../unit/sanitize/har-schema';
import { type ExtensionBrowser, launchWithExtension } from './harness/chromium';
import { openPanel, openTabWithDevTools } from './harness/devtools';
import { harFileInput, waitForHarOutcome } from './harness/har-page';
import { waitForSummary } from './panel-driver';

const TIMEOUT = 20_000;

/** Secrets the tiny server below hands out and asks for. */
const LIVE = {
  session: 'Lq4Wm8Zr2Tx6Vb9Nc3Hd7Kp1',
  bearer: 'Yh5Gt2Rf8Ed4Ws6Qa1Zx9Cv3',
  token: 'Mn7Bv4Cx1Zl8Kj5Hg2Fd6Sa9',
} as const;

let extension: ExtensionBrowser;
let session: CDPSession;
let folder: string;
let server: Server;
let origin: string;

/** Lets downloads through into `folder`; resolves with the path of the next one completed. */
function nextDownload(): Promise<string> {
  return new Promise((resolve, reject) => {
    const names = new Map<string, string>();
    const begin = (event: { guid: string; suggestedFilename: string }) =>
      names.set(event.guid, event.suggestedFilename);
    const progress = (event: { guid: string; state: string }) => {
      if (event.state === 'inProgress') return;
      session.off('Browser.downloadWillBegin', begin);
      session.off('Browser.downloadProgress', progress);
      const name = names.get(event.guid);
      if (event.state === 'completed' && name) resolve(join(folder, name));
      else reject(new Error(`The download ended ${event.state}.`));
    };
    session.on('Browser.downloadWillBegin', begin);
    session.on('Browser.downloadProgress', progress);
  });
}

beforeAll(async () => {
  extension = await launchWithExtension({ devtools: true });
  folder = await mkdtemp(join(tmpdir(), 'status-lens-save-'));
  session = await extension.browser.target().createCDPSession();
  await session.send('Browser.setDownloadBehavior', {
    behavior: 'allow',
    downloadPath: folder,
    eventsEnabled: true,
  });
  // A page that gets a session cookie, then calls an API with a bearer token and a ?token=.
  server = createServer((request, response) => {
    if (request.url === '/') {
      response.writeHead(200, {
        'Content-Type': 'text/html',
        'Set-Cookie': `session=${LIVE.session}; Path=/; HttpOnly`,
      });
      response.end(`<!doctype html><title>save</title><link rel="icon" href="data:,"><script>
        fetch('/api/data?token=${LIVE.token}&page=2', { headers: { Authorization: 'Bearer ${LIVE.bearer}' } })
          .then((r) => r.text()).then(() => { document.title = 'done'; });
      </script>`);
      return;
    }
    response.writeHead(request.headers.authorization ? 200 : 401, {
      'Content-Type': 'application/json',
    });
    response.end(JSON.stringify({ ok: true, access_token: LIVE.bearer }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await extension?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** Clicks the button, reads the preview once it is ready, saves, and reads the file saved. */
async function saveFrom(frame: Page | Frame) {
  await frame.click('.save-har > button');
  await frame.waitForSelector('.save-preview .save-counts', { timeout: TIMEOUT });
  const preview = await frame.$eval('.save-preview', (el) => el.textContent ?? '');
  const downloaded = nextDownload();
  await frame.click('.save-preview .save-actions .primary');
  const path = await downloaded;
  return { preview, path, text: await readFile(path, 'utf8') };
}

function expectNoneOf(text: string, secrets: readonly string[]) {
  for (const secret of secrets) {
    for (const form of [
      secret,
      encodeURIComponent(secret),
      Buffer.from(secret).toString('base64'),
    ]) {
      expect(text.includes(form), form).toBe(false);
    }
  }
}

async function reopen(page: Page, path: string, name: string): Promise<number> {
  const input = await harFileInput(page);
  await input.uploadFile(path);
  const outcome = await waitForHarOutcome(page, name, TIMEOUT);
  if (outcome.kind !== 'loaded') throw new Error(`The page refused the file: ${outcome.message}`);
  return outcome.shown;
}

describe('Save HAR without secrets', () => {
  it('saves from the HAR page: previewed, valid, without the secrets, reopens', async () => {
    const planted = join(folder, 'planted.har');
    await writeFile(planted, JSON.stringify(plantedHar()));
    const page = await extension.openExtensionPage('har.html');
    expect(await reopen(page, planted, 'planted.har')).toBe(31);
    const { preview, path, text } = await saveFrom(page);
    expect(preview).toMatch(/31 requests will be saved as “planted-sanitized\.har”/);
    expect(preview).toMatch(/1 authorization headers/);
    expect(preview).toContain('Not removed:');
    expect(path.endsWith('planted-sanitized.har')).toBe(true);
    expect(harSchemaErrors(JSON.parse(text))).toEqual([]);
    expectNoneOf(text, Object.values(PLANTED));
    expect(await reopen(page, path, 'planted-sanitized.har')).toBe(31);
    await page.close();
  });

  it('saves from the panel inside real DevTools, from a fresh getHAR', async () => {
    const { page, devtools } = await openTabWithDevTools(extension);
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => document.title === 'done', { timeout: TIMEOUT });
    const panel = await openPanel(extension, devtools);
    await waitForSummary(panel, /^2 requests/);
    const { preview, path, text } = await saveFrom(panel);
    expect(preview).toMatch(/2 requests will be saved as “127\.0\.0\.1-sanitized\.har”/);
    // The secrets were there to remove: the cookie, the bearer token, the ?token=.
    expect(preview).toMatch(/[1-9]\d* cookies/);
    expect(preview).toMatch(/[1-9]\d* authorization headers/);
    expect(preview).toMatch(/[1-9]\d* query values/);
    expect(path.endsWith('127.0.0.1-sanitized.har')).toBe(true);
    const har = JSON.parse(text);
    expect(harSchemaErrors(har)).toEqual([]);
    expect(har.log.entries).toHaveLength(2);
    // The API's response body was read through getContent, with its token taken out.
    expect(text).toContain('\\"ok\\":true');
    expectNoneOf(text, Object.values(LIVE));
    const viewer = await extension.openExtensionPage('har.html');
    expect(await reopen(viewer, path, '127.0.0.1-sanitized.har')).toBe(2);
    await viewer.close();
    await page.close();
  });
});
