// Reading and driving the request list, its filters and the detail pane, in the DevTools panel
// (a frame of the DevTools front-end) and on the HAR page (an ordinary page). Every wait is for
// a condition in the page, never for a fixed time.
import type { Frame, Page } from 'puppeteer-core';

type Target = Page | Frame;

export interface Row {
  status: string;
  method: string;
  path: string;
  label: string;
  meaning: string;
  selected: boolean;
  failed: boolean;
  /** The diagnosis' few words on the row ("retry in 30 s"), or "" when it has none. */
  tag: string;
}

/** One finding in the detail pane, as shown. */
export interface ShownFinding {
  severity: string;
  /** The title without the severity word. */
  title: string;
  details: string[];
}

const TIMEOUT = 10_000;

/** The summary line ("31 requests, 16 failed: …"), the "Showing N" part apart. */
export function summary(target: Target): Promise<string> {
  return target.$eval('.summary-text', (el) => el.textContent ?? '').catch(() => '');
}

/** Waits until the summary line matches. */
export async function waitForSummary(target: Target, pattern: RegExp): Promise<string> {
  try {
    await target.waitForFunction(
      (source: string, flags: string) =>
        new RegExp(source, flags).test(document.querySelector('.summary-text')?.textContent ?? ''),
      { timeout: TIMEOUT },
      pattern.source,
      pattern.flags,
    );
  } catch (error) {
    throw new Error(`The summary never matched ${pattern}; it says "${await summary(target)}"`, {
      cause: error,
    });
  }
  return summary(target);
}

/** The rows in the DOM (the virtual list renders only those in view). */
export function rows(target: Target): Promise<Row[]> {
  return target.$$eval('[role="option"]', (options) =>
    options.map((option) => {
      const text = (selector: string) => option.querySelector(selector)?.textContent ?? '';
      return {
        status: text('.badge'),
        method: text('.method'),
        path: text('.path'),
        label: text('.label'),
        meaning: text('.meaning'),
        selected: option.getAttribute('aria-selected') === 'true',
        failed: option.classList.contains('failed'),
        tag: text('.tag'),
      };
    }),
  );
}

/** Sets the text filter (as typed) and waits until the list shows `count` rows. */
export async function filterTo(target: Target, text: string, count?: number): Promise<Row[]> {
  await target.$eval('input[type="search"]', (input) => {
    (input as HTMLInputElement).value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  if (text) await target.type('input[type="search"]', text);
  await target.waitForFunction(
    (wanted: string, expected: number | null) => {
      const value = (document.querySelector('input[type="search"]') as HTMLInputElement).value;
      // The list's size as its rows tell assistive technology; none shown, no row.
      const row = document.querySelector('[role="listbox"] [role="option"]');
      const shown = row ? Number(row.getAttribute('aria-setsize')) : 0;
      return value === wanted && (expected === null || shown === expected);
    },
    { timeout: TIMEOUT },
    text,
    count ?? null,
  );
  return rows(target);
}

/** Waits until the list shows `count` rows in all (its rows' aria-setsize; 0: no row). */
export async function waitForShown(target: Target, count: number): Promise<void> {
  await target.waitForFunction(
    (expected: number) => {
      const row = document.querySelector('[role="listbox"] [role="option"]');
      return (row ? Number(row.getAttribute('aria-setsize')) : 0) === expected;
    },
    { timeout: TIMEOUT },
    count,
  );
}

/** Clicks the only row shown for `text` (filtered to it) and waits for its detail pane. */
export async function openDetail(target: Target, text: string): Promise<string> {
  await filterTo(target, text, 1);
  await target.click('[role="option"]');
  // The pane may still show the previous request: wait for this one's URL in it.
  const url = await target.$eval('[role="option"] .url', (el) => el.getAttribute('title') ?? '');
  await target.waitForFunction(
    (wanted: string) =>
      document.querySelector('[role="option"]')?.getAttribute('aria-selected') === 'true' &&
      document.querySelector('section.detail .url-text')?.textContent === wanted,
    { timeout: TIMEOUT },
    url,
  );
  return target.$eval('section.detail', (el) => el.textContent ?? '');
}

/** The detail pane's heading ("429 Too Many Requests"). */
export function detailHeading(target: Target): Promise<string> {
  return target.$eval('#detail-title', (el) => el.textContent?.trim() ?? '');
}

/** Waits until the polite status message (after a copy) says `text`. */
export async function waitForMessage(target: Target, text: string): Promise<void> {
  await target.waitForFunction(
    (wanted: string) =>
      document.querySelector('[role="status"].live-message')?.textContent === wanted,
    { timeout: TIMEOUT },
    text,
  );
}

/** Waits until the clipboard holds `text`, read through `reader`, a page of an origin that was
 * granted clipboard access (it is brought to the front: only a focused page may read). */
export async function waitForClipboard(reader: Page, text: string): Promise<void> {
  await reader.bringToFront();
  try {
    await reader.waitForFunction(
      async (wanted: string) => (await navigator.clipboard.readText()) === wanted,
      { timeout: TIMEOUT, polling: 100 },
      text,
    );
  } catch (error) {
    const now = await reader.evaluate(() => navigator.clipboard.readText()).catch(String);
    throw new Error(
      `The clipboard never held ${JSON.stringify(text)}; it holds ${JSON.stringify(now)}`,
      {
        cause: error,
      },
    );
  }
}

/** The findings the detail pane shows ("What this response says"); [] when there are none. */
export function findings(target: Target): Promise<ShownFinding[]> {
  return target.$$eval('section.findings li.finding', (items) =>
    items.map((item) => {
      const severity = item.querySelector('.severity')?.textContent ?? '';
      const title = item.querySelector('.finding-title')?.textContent ?? '';
      return {
        severity,
        title: title.startsWith(`${severity} `) ? title.slice(severity.length + 1) : title,
        details: [...item.querySelectorAll('.finding-details li')].map(
          (li) => li.textContent ?? '',
        ),
      };
    }),
  );
}

/** Waits until the detail pane shows a finding whose title matches, and returns it. */
export async function waitForFinding(target: Target, pattern: RegExp): Promise<ShownFinding> {
  try {
    await target.waitForFunction(
      (source: string, flags: string) =>
        [...document.querySelectorAll('section.findings .finding-title')].some((title) =>
          new RegExp(source, flags).test(title.textContent ?? ''),
        ),
      { timeout: TIMEOUT },
      pattern.source,
      pattern.flags,
    );
  } catch (error) {
    const shown = (await findings(target)).map((f) => f.title);
    throw new Error(`No finding matched ${pattern}; shown: ${JSON.stringify(shown)}`, {
      cause: error,
    });
  }
  const found = (await findings(target)).find((f) => pattern.test(`${f.severity} ${f.title}`));
  if (!found) throw new Error(`The finding matching ${pattern} went away`);
  return found;
}

/** The request IDs the detail pane lists, as [label (header), value]. */
export function shownRequestIds(target: Target): Promise<[string, string][]> {
  return target.$$eval('section.request-ids .header-line', (lines) =>
    lines.map((line): [string, string] => [
      line.querySelector('dt')?.textContent ?? '',
      line.querySelector('dd')?.textContent ?? '',
    ]),
  );
}

/** Waits until the clipboard's text starts with `prefix` (read through `reader`, as in
 * waitForClipboard) and returns the whole text. */
export async function waitForClipboardText(reader: Page, prefix: string): Promise<string> {
  await reader.bringToFront();
  try {
    const text = await reader.waitForFunction(
      async (wanted: string) => {
        const now = await navigator.clipboard.readText();
        return now.startsWith(wanted) ? now : false;
      },
      { timeout: TIMEOUT, polling: 100 },
      prefix,
    );
    return String(await text.jsonValue());
  } catch (error) {
    const now = await reader.evaluate(() => navigator.clipboard.readText()).catch(String);
    throw new Error(
      `The clipboard never started with ${JSON.stringify(prefix)}; it holds ${JSON.stringify(now)}`,
      { cause: error },
    );
  }
}

/** Waits until the element `selector` shows text matching `pattern`; returns that text. */
export async function waitForText(
  target: Target,
  selector: string,
  pattern: RegExp,
): Promise<string> {
  const handle = await target.waitForFunction(
    (css: string, source: string, flags: string) => {
      const text = document.querySelector(css)?.textContent ?? '';
      return new RegExp(source, flags).test(text) ? text : false;
    },
    { timeout: TIMEOUT },
    selector,
    pattern.source,
    pattern.flags,
  );
  return (await handle.jsonValue()) as string;
}

/** The grouped view's lines: "3× GET /api/users/:id → 404 Not Found", with their meaning. */
export function groupLines(target: Target): Promise<{ line: string; meaning: string }[]> {
  return target.$$eval('.group-list .group', (items) =>
    items.map((item) => ({
      line: item.querySelector('.group-button')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      meaning: item.querySelector('.group-meaning')?.textContent ?? '',
    })),
  );
}
