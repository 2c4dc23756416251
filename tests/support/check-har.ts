/**
 * `npm run check:har -- <folder>`: opens every .har file of a folder (sorted, not its
 * subfolders) on the extension's real HAR page in headless Chromium, chosen through the page's
 * own file input, and checks what the page shows against what the file holds, counted from its
 * raw JSON without the extension's code (har-expectations.ts):
 * 1. the file loads; a file that is no HAR gets a clear error naming it;
 * 2. every request is listed: the page's note ("N requests from …") and the list's size (its
 *    rows' aria-setsize) equal the file's count;
 * 3. the summary's failed count equals the file's;
 * 4. the list opens at the top, on the file's first entry;
 * 5. no finding shown for a failed request (the first 50) contradicts the file: no CORS or
 *    Access-Control claim for a request that got no response (unless its reason is
 *    net::ERR_FAILED), no "Chromium’s reason" for a reason that is no net::ERR_ name, no
 *    "blocked by DevTools" unless Chromium's DevTools wrote an empty reason.
 * One line per file (PASS, FAIL or SKIP for a file over the page's 50 MB limit, which the page
 * must refuse with a message); exits non-zero when a file fails. One browser for all files, a
 * fresh tab for each, a time limit per file (`--timeout=SECONDS`, 60 by default). Needs the
 * Chrome build (`npx wxt build`; the npm script builds it first).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'puppeteer-core';
import { HAR_MAX_BYTES } from '../../utils/har/parse';
import { type ExtensionBrowser, launchWithExtension } from '../e2e/harness/chromium';
import {
  harFileInput,
  type ShownDetail,
  settledListTop,
  waitForDetailAt,
  waitForHarOutcome,
} from '../e2e/harness/har-page';
import { summary, waitForShown } from '../e2e/panel-driver';
import { type Expected, type ExpectedEntry, expectedOf } from './har-expectations';

/** The failed requests whose detail is opened, per file. */
const DETAILS_MAX = 50;
/** Problems named per file before "and N more". */
const PROBLEMS_SHOWN = 5;
/** The page keeps URLs up to this many characters whole (utils/har/record.ts URL_MAX). */
const URL_KEPT = 8192;

type Verdict = { kind: 'PASS' | 'FAIL' | 'SKIP'; text: string };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const count = (text: string | undefined) => Number((text ?? '').replaceAll(',', ''));
const quoted = (text: string, max = 160) =>
  `“${text.length > max ? `${text.slice(0, max)}…` : text}”`;

/** The row's URL is the entry's: whole, or its first URL_KEPT characters for a longer one. */
function sameUrl(shown: string, raw: string): boolean {
  return shown === raw || (raw.length > URL_KEPT && raw.startsWith(shown.slice(0, URL_KEPT)));
}

function shortUrl(url: string): string {
  return url.length > 80 ? `${url.slice(0, 77)}…` : url;
}

/** The file's entry a row shows: the one its id names (ids count the requests from 1), else the
 * first with its URL. */
function entryOf(entries: readonly ExpectedEntry[], shown: ShownDetail): ExpectedEntry | null {
  const byId = entries[shown.id - 1];
  if (byId && sameUrl(shown.url, byId.url)) return byId;
  return entries.find((entry) => sameUrl(shown.url, entry.url)) ?? null;
}

/** What a failed row's tag and detail say that the file contradicts. */
function contradictions(entry: ExpectedEntry, shown: ShownDetail, creatorKey: string): string[] {
  const which = `failed row ${shown.position} (${entry.method || '(no method)'} ${shortUrl(entry.url)})`;
  const reason = entry.reason === null ? 'no reason recorded' : `reason ${quoted(entry.reason)}`;
  const said = `${shown.tag}\n${shown.findings}`;
  const problems: string[] = [];
  if (!entry.failed) {
    problems.push(`${which} is listed as failed; by the file it is not (status ${entry.status})`);
  }
  if (
    entry.status <= 0 &&
    entry.reason !== 'net::ERR_FAILED' &&
    /Access-Control|\bCORS\b/.test(said)
  ) {
    problems.push(`${which}: a finding speaks of CORS, but no response came (${reason})`);
  }
  if (/Chromium[’']s reason/.test(shown.detail) && !entry.reason?.startsWith('net::ERR_')) {
    problems.push(`${which}: says “Chromium’s reason”, but the file has ${reason}`);
  }
  if (/blocked by DevTools/i.test(said) && !entry.emptyChromiumReason) {
    const why =
      creatorKey === 'webinspector'
        ? `its reason is not empty (${reason})`
        : 'the file is not from Chromium’s DevTools';
    problems.push(`${which}: says blocked by DevTools, but ${why}`);
  }
  return problems;
}

interface Walk {
  /** What the rows opened say that the file contradicts. */
  problems: string[];
  /** The file's entries the list shows as failed, of those opened. */
  listed: Set<number>;
  /** Every failed row was opened; else the entries up to `last` (an index) were seen. */
  complete: boolean;
  last: number;
}

/** Opens the detail of each failed row (the first DETAILS_MAX) through "Failed only" and the
 * list's keys, and collects what contradicts the file. */
async function walkFailed(
  page: Page,
  expected: Extract<Expected, { kind: 'har' }>,
  failed: number,
  timeout: number,
): Promise<Walk> {
  const walk: Walk = { problems: [], listed: new Set(), complete: failed <= DETAILS_MAX, last: -1 };
  if (failed === 0) return walk;
  await page.click('.failed-only input');
  await waitForShown(page, failed);
  await page.focus('[role="listbox"]');
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  for (let position = 1; position <= Math.min(DETAILS_MAX, failed); position++) {
    if (position > 1) {
      await page.focus('[role="listbox"]');
      await page.keyboard.press('ArrowDown');
    }
    const shown = await waitForDetailAt(page, position, timeout);
    const entry = entryOf(expected.entries, shown);
    if (!entry) {
      walk.problems.push(`failed row ${position} (${shortUrl(shown.url)}) is no entry of the file`);
      continue;
    }
    walk.listed.add(entry.index);
    walk.last = Math.max(walk.last, entry.index);
    walk.problems.push(...contradictions(entry, shown, expected.creatorKey));
  }
  return walk;
}

/** The entries that failed by the file but are not among the failed rows seen. */
function unlisted(entries: readonly ExpectedEntry[], walk: Walk): string[] {
  return entries
    .filter((e) => e.failed && !walk.listed.has(e.index) && (walk.complete || e.index < walk.last))
    .map((e) => {
      const reason = e.reason === null ? '' : `, reason ${quoted(e.reason, 60)}`;
      return `entry ${e.index + 1} (${e.method || '(no method)'} ${shortUrl(e.url)}, status ${e.status}${reason}) failed by the file but is not listed as failed`;
    });
}

/** Checks one file on a fresh HAR page. */
async function checkOn(page: Page, path: string, timeout: number): Promise<Verdict> {
  const name = basename(path);
  const size = (await stat(path)).size;
  const input = await harFileInput(page);
  if (size > HAR_MAX_BYTES) {
    await input.uploadFile(path);
    const outcome = await waitForHarOutcome(page, name, timeout);
    const megabytes = (size / 2 ** 20).toFixed(1);
    if (
      outcome.kind === 'error' &&
      outcome.message.includes(`"${name.slice(0, 120)}"`) &&
      outcome.message.includes('up to 50 MB')
    ) {
      return {
        kind: 'SKIP',
        text: `skipped: over the HAR page's 50 MB limit (${megabytes} MB; the page refuses it and says so)`,
      };
    }
    return {
      kind: 'FAIL',
      text: `${megabytes} MB, over the page's 50 MB limit, but the page ${outcome.kind === 'error' ? `says ${quoted(outcome.message)}` : 'opened it'}`,
    };
  }

  const expected = expectedOf(await readFile(path, 'utf8'));
  const started = performance.now();
  await input.uploadFile(path);
  const outcome = await waitForHarOutcome(page, name, timeout);
  const ms = Math.round(performance.now() - started);

  if (expected.kind === 'not-har') {
    const clear =
      outcome.kind === 'error' &&
      outcome.message.includes(name.slice(0, 120)) &&
      /not a HAR file|is empty/.test(outcome.message);
    if (clear) {
      return {
        kind: 'PASS',
        text: `not a HAR file (${expected.why}); the page says so: ${quoted(outcome.message)}`,
      };
    }
    return {
      kind: 'FAIL',
      text: `not a HAR file (${expected.why}), but the page ${outcome.kind === 'error' ? `says ${quoted(outcome.message)}` : `lists it: ${quoted(outcome.note)}`}`,
    };
  }
  if (outcome.kind === 'error') {
    return { kind: 'FAIL', text: `the page refuses it: ${quoted(outcome.message)}` };
  }

  const total = expected.entries.length;
  const problems: string[] = [];
  const noted = /^([\d,]+) requests? from /.exec(outcome.note);
  if (!noted || count(noted[1]) !== total) {
    problems.push(`the page's note says ${quoted(outcome.note)}; the file holds ${total} requests`);
  }
  if (outcome.shown !== total) {
    problems.push(`the list holds ${outcome.shown} rows; the file holds ${total} requests`);
  }
  let failed = 0;
  if (total === 0 || outcome.empty) {
    if (!outcome.empty) problems.push('the page shows a list for a file with no request');
  } else {
    const line = await summary(page);
    const counted = /^([\d,]+) requests?, (?:none failed|([\d,]+) failed)/.exec(line);
    failed = counted ? count(counted[2] ?? '0') : 0;
    if (!counted) problems.push(`the summary line reads ${quoted(line)}`);
    else if (failed !== expected.failed) {
      problems.push(`the summary counts ${failed} failed; the file holds ${expected.failed}`);
    }
    const top = await settledListTop(page, timeout);
    const walk = await walkFailed(page, expected, failed, timeout);
    problems.push(...unlisted(expected.entries, walk));
    const first = expected.entries[0] as ExpectedEntry;
    if (top.scrollTop !== 0) {
      problems.push(
        `the list opens scrolled ${Math.round(top.scrollTop)} px down, not at the top (the first row in view is row ${top.first?.position ?? '?'} of ${total})`,
      );
    } else if (!top.first || !sameUrl(top.first.url, first.url)) {
      problems.push(
        `the first row in view is ${top.first ? shortUrl(top.first.url) : 'none'}, not the file's first entry ${shortUrl(first.url)}`,
      );
    }
    problems.push(...walk.problems);
  }

  if (problems.length > 0) {
    const rest = problems.length - PROBLEMS_SHOWN;
    const shown = problems.slice(0, PROBLEMS_SHOWN).join('; ');
    return { kind: 'FAIL', text: rest > 0 ? `${shown}; and ${rest} more` : shown };
  }
  return {
    kind: 'PASS',
    text: `${plural(total, 'request')}, ${expected.failed} failed (${expected.creator || 'no creator named'}) in ${ms} ms`,
  };
}

/** One file in a tab of its own, within `timeout` milliseconds in all. */
async function checkFile(
  extension: ExtensionBrowser,
  path: string,
  timeout: number,
): Promise<Verdict> {
  let page: Page | undefined;
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<Verdict>((resolve) => {
    timer = setTimeout(
      () => resolve({ kind: 'FAIL', text: `no verdict within ${timeout / 1000} s` }),
      timeout,
    );
  });
  try {
    page = await extension.openExtensionPage('har.html');
    return await Promise.race([checkOn(page, path, timeout), expired]);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'FAIL', text: `could not be checked: ${message.split('\n')[0]}` };
  } finally {
    clearTimeout(timer);
    // Closing the tab also ends whatever the check was still waiting for.
    await page?.close().catch(() => undefined);
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const folder = args.find((arg) => !arg.startsWith('--'));
  const seconds = Number(
    args.find((arg) => arg.startsWith('--timeout='))?.slice('--timeout='.length) ?? 60,
  );
  if (!folder || !(seconds > 0)) {
    console.error('Usage: npm run check:har -- <folder of .har files> [--timeout=SECONDS]');
    return 2;
  }
  const dir = resolve(folder);
  const files = (await readdir(dir, { withFileTypes: true }))
    .filter((item) => item.isFile() && item.name.toLowerCase().endsWith('.har'))
    .map((item) => item.name)
    .sort();
  if (files.length === 0) {
    console.error(`check:har: no .har file in ${dir}`);
    return 1;
  }
  const timeout = seconds * 1000;
  const tally = { PASS: 0, FAIL: 0, SKIP: 0 };
  let extension = await launchWithExtension();
  try {
    for (const file of files) {
      const verdict = await checkFile(extension, join(dir, file), timeout);
      tally[verdict.kind] += 1;
      console.log(`${verdict.kind} ${file}: ${verdict.text}`);
      if (!extension.browser.connected) {
        // The browser went away (a crash): the next file gets a new one.
        await extension.close().catch(() => undefined);
        extension = await launchWithExtension();
      }
    }
  } finally {
    await extension.close();
  }
  const skipped = tally.SKIP > 0 ? `, ${tally.SKIP} skipped (over the HAR page's 50 MB limit)` : '';
  console.log(`check:har: ${tally.PASS} of ${files.length} files pass${skipped}`);
  return tally.FAIL > 0 ? 1 : 0;
}

process.exitCode = await main();
