// Our DevTools panel inside Firefox ESR's own DevTools, inspecting a page on 127.0.0.1.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxPanel, launchFirefox, openPanel, readPanel } from './harness/firefox';

// The page fetches a 200 and a 404 and reads both bodies (a request whose body is never read
// does not finish, so onRequestFinished would not see it), then marks itself done.
const PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>inspected</title><link rel="icon" href="data:,"></head>
  <body>
    <script>
      fetch('/api/ok')
        .then((response) => response.text())
        .then(() => fetch('/api/missing'))
        .then((response) => response.text())
        .then(() => { document.title = 'done'; });
    </script>
  </body>
</html>`;

function startServer(): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.url === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    } else if (request.url === '/api/ok') {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('DevTools panel in Firefox ESR', () => {
  let server: Server | undefined;
  let browser: Browser | undefined;
  let panel: FirefoxPanel;

  beforeAll(async () => {
    server = await startServer();
    const { port } = server.address() as AddressInfo;
    browser = await launchFirefox();
    panel = await openPanel(browser, `http://127.0.0.1:${port}/`);
    await panel.inspected.waitForFunction(() => document.title === 'done', { timeout: 10_000 });
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('shows its heading inside the toolbox', async () => {
    if (!browser) throw new Error('Firefox did not start');
    const read = await readPanel(browser, panel, 'h1');
    expect(read.ready).toBe(true);
    expect(read.texts).toEqual(['Status Lens']);
  });
});
