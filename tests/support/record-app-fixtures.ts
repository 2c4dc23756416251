// Records tests/fixtures/app/app-failures.har: the application-failure test server
// (tests/demo/app-api.ts: GraphQL Yoga, Connect for Node, json-rpc-2.0) called from its page in
// real Chromium, the HAR read by the built extension's panel through
// chrome.devtools.network.getHAR(), each body through the entry's own getContent (as DevTools'
// "Save all as HAR with content" does). Run after `npx wxt build`:
//   npx tsx tests/support/record-app-fixtures.ts
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Log } from 'har-format';
import { startAppApiServer } from '../demo/app-api';
import { launchWithExtension } from '../e2e/harness/chromium';
import { openPanel, openTabWithDevTools } from '../e2e/harness/devtools';

const OUT = resolve(import.meta.dirname, '../fixtures/app/app-failures.har');

interface WithContent {
  getContent(callback: (content: string, encoding: string) => void): void;
}

const server = await startAppApiServer();
const extension = await launchWithExtension({ devtools: true });
try {
  const tab = await openTabWithDevTools(extension);
  await tab.page.goto(server.url);
  await tab.page.waitForFunction(() => document.title === 'done', { timeout: 20_000 });
  const seen = await tab.page.$eval('#results', (pre) => pre.textContent ?? '');
  const panel = await openPanel(extension, tab.devtools);
  const log = (await panel.evaluate(
    () =>
      new Promise<unknown>((done) => {
        const api = (
          globalThis as unknown as {
            chrome: {
              devtools: {
                network: {
                  getHAR(
                    cb: (log: { entries: (WithContent & Record<string, unknown>)[] }) => void,
                  ): void;
                };
              };
            };
          }
        ).chrome;
        api.devtools.network.getHAR(async (har) => {
          const entries = [];
          for (const entry of har.entries) {
            const body = await new Promise<[string, string]>((ok) =>
              entry.getContent((content, encoding) => ok([content, encoding])),
            );
            const plain = JSON.parse(JSON.stringify(entry)) as {
              response: { content: Record<string, unknown> };
            };
            if (body[0]) {
              plain.response.content.text = body[0];
              if (body[1]) plain.response.content.encoding = body[1];
            }
            entries.push(plain);
          }
          done({ ...JSON.parse(JSON.stringify(har)), entries });
        });
      }),
  )) as Log;
  const version = await extension.browser.version();
  for (const entry of log.entries) {
    entry.request.cookies = [];
    entry.response.cookies = [];
    delete (entry as { _initiator?: unknown })._initiator;
  }
  const file = {
    log: {
      ...log,
      creator: { name: 'record-app-fixtures.ts', version: '1' },
      browser: { name: 'Chromium', version: version.replace(/^[^/]*\//, '') },
      comment: `Recorded with chrome.devtools.network.getHAR() and getContent() from the panel; the page saw: ${seen.split('\n').join('; ')}. Loopback port arbitrary: ${server.origin}.`,
    },
  };
  writeFileSync(OUT, `${JSON.stringify(file, null, 2)}\n`);
  console.log(`${log.entries.length} entries; the page saw:\n${seen}`);
} finally {
  await extension.close();
  await server.close();
}
