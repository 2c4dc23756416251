// Records real HAR exports of failing requests with the exporters that install here, into
// tests/fixtures/exporters/ (see README.md there). Run by hand when an exporter changes:
//
//   npx tsx tests/support/record-exporter-fixtures.ts
//
// Playwright's recordHar, driving Debian's Chromium: the demo server answers a 404 and a 503,
// and a request to a closed port on 127.0.0.1 gets no response at all.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startDemoServer } from '../demo/server';
import { CLOSED_NETWORK_ARGS } from '../e2e/harness/chromium';
import { chromiumExecutable } from '../e2e/harness/paths';

const outDir = resolve(import.meta.dirname, '../fixtures/exporters');

/** A port nothing listens on (it was free when asked). */
function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });
}

async function recordPlaywright(): Promise<void> {
  const server = await startDemoServer(0);
  const closed = await freePort();
  const work = mkdtempSync(join(tmpdir(), 'status-lens-pw-'));
  const harPath = join(work, 'playwright.har');
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: ['--no-sandbox', ...CLOSED_NETWORK_ARGS],
  });
  try {
    const context = await browser.newContext({ recordHar: { path: harPath, content: 'omit' } });
    const page = await context.newPage();
    await page.goto(`${server.url}?run=none`);
    // A string, not a function: the TypeScript runner would add helpers the page lacks.
    await page.evaluate(`(async () => {
      const get = (url) => fetch(url, { cache: 'no-store' }).then((r) => r.text(), () => 'none');
      await get('/api/users/9999?run=pw');
      await get('/api/status/maintenance?run=pw');
      // A port that was free a moment ago: nothing listens, the connection is refused.
      await get('http://127.0.0.1:${closed}/api/health?run=pw');
    })()`);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  // The recording as Playwright wrote it; only the random port is made stable.
  const port = new URL(server.url).port;
  const text = readFileSync(harPath, 'utf8')
    .replaceAll(`127.0.0.1:${port}`, '127.0.0.1:8090')
    .replaceAll(`127.0.0.1:${closed}`, '127.0.0.1:8091');
  writeFileSync(join(outDir, 'playwright-recordhar.har'), text);
  rmSync(work, { recursive: true, force: true });
}

await recordPlaywright();
console.log(`Wrote ${outDir}/playwright-recordhar.har`);
