/**
 * The HAR page's figure: a HAR file just under the page's 50 MB limit chosen → its list painted.
 * The file is Chromium DevTools' shape (har-generator.ts) with response bodies, as "Save all as
 * HAR with content" writes them: JSON bodies of a few KB, HTML documents, scripts and styles.
 * The built extension's har.html in headless Chromium; the file chosen through the page's own
 * file input. Timed inside the page, from the input's change event (a capturing listener, which
 * runs before the page's own) to the first frame painted with the list showing every request.
 */
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HAR_MAX_BYTES } from '../../utils/har/parse';
import { type ExtensionBrowser, launchWithExtension } from '../e2e/harness/chromium';
import { harFileInput } from '../e2e/harness/har-page';
import { type ChromiumEntry, createGenerator, seededRandom } from './har-generator';
import type { Figure } from './table';

const SEED = 15;
/** A wait that never ends says so after this long. */
const TIMEOUT = 60_000;
/** A person's browser window. */
const VIEWPORT = { width: 1280, height: 800 };
/** A new page every this many requests, as a session moving between pages. */
const PER_PAGE = 150;

const WORDS = ['order', 'item', 'price', 'stock', 'label', 'user', 'cart', 'review', 'promo'];

/** A response body of type `mimeType`, of about `bytes` characters. */
function bodyFor(mimeType: string, bytes: number, random: () => number): string {
  const word = () => WORDS[Math.floor(random() * WORDS.length)] as string;
  if (mimeType === 'application/json') {
    const items: unknown[] = [];
    let length = 40;
    while (length < bytes) {
      const item = {
        id: Math.floor(random() * 1e9),
        sku: `${word().toUpperCase()}-${Math.floor(random() * 1e6)}`,
        name: `${word()} ${word()} ${word()}`,
        price: { amount: Math.round(random() * 1e5) / 100, currency: 'EUR' },
        available: random() < 0.8,
        tags: [word(), word(), word()],
        description: `${word()} ${word()} ${word()} ${word()} ${word()} ${word()} ${word()}.`,
        updatedAt: new Date(1.7e12 + Math.floor(random() * 1e10)).toISOString(),
      };
      items.push(item);
      length += JSON.stringify(item).length + 1;
    }
    return JSON.stringify({ data: items, page: { size: items.length, next: null } });
  }
  const line =
    mimeType === 'text/html'
      ? () =>
          `<div class="${word()}-card"><a href="/${word()}/${Math.floor(random() * 1e6)}">${word()} ${word()}</a></div>\n`
      : mimeType === 'text/css'
        ? () =>
            `.${word()}-${word()}{margin:${Math.floor(random() * 40)}px;color:#${Math.floor(random() * 0xffffff).toString(16)}}\n`
        : () =>
            `function ${word()}${Math.floor(random() * 1e4)}(e){return e&&e.${word()}?e.${word()}(${Math.floor(random() * 99)}):null}\n`;
  const lines: string[] = [];
  let length = 0;
  while (length < bytes) {
    const next = line();
    lines.push(next);
    length += next.length;
  }
  return lines.join('');
}

const TEXT_TYPES = ['application/json', 'text/html', 'text/css', 'application/javascript'];

/** Gives an entry the body a HAR "with content" holds: text types only, a few KB. */
function withBody(entry: ChromiumEntry, random: () => number): ChromiumEntry {
  const content = entry.response.content;
  if (!TEXT_TYPES.includes(content.mimeType) || content.size === 0) return entry;
  const bytes =
    content.mimeType === 'application/json'
      ? 1000 + Math.floor(random() * 6000)
      : content.mimeType === 'text/html'
        ? 15_000 + Math.floor(random() * 30_000)
        : 2000 + Math.floor(random() * 12_000);
  const text = bodyFor(content.mimeType, bytes, random);
  content.text = text;
  content.size = text.length;
  return entry;
}

export interface HarFile {
  path: string;
  bytes: number;
  entries: number;
  remove(): Promise<void>;
}

/** Writes a Chromium-shaped HAR with bodies, as large as fits under the HAR page's limit. */
export async function writeHarFile(): Promise<HarFile> {
  const dir = await mkdtemp(join(tmpdir(), 'status-lens-har-bench-'));
  const path = join(dir, 'session.har');
  const generator = createGenerator({ seed: SEED, sites: 4 });
  const random = seededRandom(SEED);
  const head =
    '{"log":{"version":"1.2","creator":{"name":"WebInspector","version":"537.36"},"pages":[],"entries":[\n';
  const tail = '\n]}}\n';
  const file = await open(path, 'w');
  let bytes = Buffer.byteLength(head) + Buffer.byteLength(tail);
  let entries = 0;
  try {
    await file.write(head);
    for (;;) {
      const entry = entries % PER_PAGE === 0 ? generator.navigate().document : generator.entry();
      const text = (entries > 0 ? ',\n' : '') + JSON.stringify(withBody(entry, random));
      const size = Buffer.byteLength(text);
      if (bytes + size > HAR_MAX_BYTES) break;
      await file.write(text);
      bytes += size;
      entries += 1;
    }
    await file.write(tail);
  } finally {
    await file.close();
  }
  return { path, bytes, entries, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** One run in a fresh tab: milliseconds from the file chosen to its whole list painted. */
async function chooseAndPaint(extension: ExtensionBrowser, har: HarFile): Promise<number> {
  const page = await extension.browser.newPage();
  try {
    await page.setViewport(VIEWPORT);
    await page.goto(extension.extensionUrl('har.html'), { waitUntil: 'load' });
    const input = await harFileInput(page);
    // Installed before the file is chosen; capturing, so it runs before the page's own listener.
    await input.evaluate((element) => {
      const w = window as unknown as { benchChosen?: Promise<number> };
      w.benchChosen = new Promise((resolve) =>
        element.addEventListener('change', () => resolve(performance.now()), {
          capture: true,
          once: true,
        }),
      );
    });
    await input.uploadFile(har.path);
    // Inside the page, as panel-page/driver.ts `paintedWhen` measures: the first frame in which
    // the list shows every request (checked in its requestAnimationFrame callback), then the
    // next task, which runs once that frame is painted.
    const { chosen, painted, error } = await page.evaluate(
      async (count: number, limit: number) => {
        const w = window as unknown as { benchChosen: Promise<number> };
        const chosen = await w.benchChosen;
        for (;;) {
          await new Promise((resolve) => requestAnimationFrame(resolve));
          const alert = document.querySelector('[role="alert"]');
          if (alert) return { chosen, painted: 0, error: alert.textContent ?? '' };
          const row = document.querySelector('[role="listbox"] [role="option"]');
          if (row && Number(row.getAttribute('aria-setsize')) === count) break;
          if (performance.now() - chosen > limit) {
            return { chosen, painted: 0, error: `no list of ${count} requests` };
          }
        }
        await new Promise((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(null);
          channel.port2.postMessage(null);
        });
        return { chosen, painted: performance.now(), error: '' };
      },
      har.entries,
      TIMEOUT,
    );
    if (error) throw new Error(`The HAR page did not list the file: ${error}`);
    return painted - chosen;
  } finally {
    await page.close();
  }
}

export async function benchHarFile(runs: number): Promise<Figure[]> {
  const har = await writeHarFile();
  const extension = await launchWithExtension();
  const samples: number[] = [];
  try {
    await chooseAndPaint(extension, har); // warm-up, not counted
    for (let run = 0; run < runs; run++) samples.push(await chooseAndPaint(extension, har));
  } finally {
    await extension.close();
    await har.remove();
  }
  // Just under the limit: 49.99 MB, not rounded up to the limit itself.
  const megabytes = (Math.floor((har.bytes / 2 ** 20) * 100) / 100).toFixed(2);
  return [
    {
      name: `HAR page: a ${megabytes} MB file (${har.entries.toLocaleString('en-US')} requests, with bodies) chosen → list painted`,
      unit: 'ms',
      budget: 2000,
      samples,
    },
  ];
}
