// The HAR page (har.html) driven as a person drives it: a file chosen through its real file
// input, then what the page shows once it has read the file. Every wait is for a condition in
// the page, never for a fixed time.
import type { ElementHandle, Page } from 'puppeteer-core';

/** The page's file input (inside the "Choose a HAR file…" button). */
export async function harFileInput(page: Page): Promise<ElementHandle<HTMLInputElement>> {
  const input = await page.waitForSelector('input[type="file"]');
  if (!input) throw new Error('The HAR page has no file input.');
  return input as ElementHandle<HTMLInputElement>;
}

/** What the page shows once it has read a file. */
export type HarOutcome =
  /** It refused the file: its alert's words. */
  | { kind: 'error'; message: string }
  /** It listed the file: its note ("31 requests from “x.har”, recorded by …."), and the list's
   * size as its rows tell assistive technology (aria-setsize; 0 and `empty` without a row). */
  | { kind: 'loaded'; note: string; shown: number; empty: boolean };

/**
 * Waits until the page has read the file `name`: an error shown, or its note and then its list
 * (or its empty state) in the page.
 */
export async function waitForHarOutcome(
  page: Page,
  name: string,
  timeout: number,
): Promise<HarOutcome> {
  const handle = await page.waitForFunction(
    (fileName: string) => {
      const alert = document.querySelector('[role="alert"]');
      if (alert) return { kind: 'error', message: alert.textContent ?? '' };
      const note = document.querySelector('.load-status')?.textContent ?? '';
      if (!note.includes(`from “${fileName.slice(0, 120)}”`)) return false;
      const row = document.querySelector('[role="listbox"] [role="option"]');
      if (row) {
        return {
          kind: 'loaded',
          note,
          shown: Number(row.getAttribute('aria-setsize')),
          empty: false,
        };
      }
      if (document.querySelector('.empty-view'))
        return { kind: 'loaded', note, shown: 0, empty: true };
      return false;
    },
    { timeout, polling: 'raf' },
    name,
  );
  return (await handle.jsonValue()) as HarOutcome;
}

/** Where the list stands once it has settled. */
export interface ListTop {
  scrollTop: number;
  /** The first row in view: its place in the list (1-based), id and URL; null without rows. */
  first: { position: number; id: number; url: string } | null;
}

/**
 * Waits until the list has stopped moving (its scroll position and its first row in view the
 * same over three frames in a row), then says where it stands.
 */
export async function settledListTop(page: Page, timeout: number): Promise<ListTop> {
  // No function is declared inside: tsx would wrap it in a helper the page does not have.
  return page.evaluate(async (limit: number): Promise<ListTop> => {
    const deadline = performance.now() + limit;
    let last = '';
    let same = 0;
    for (;;) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const box = document.querySelector<HTMLElement>('[role="listbox"]');
      const inView = box
        ? [...box.querySelectorAll<HTMLElement>('[role="option"]')]
            .filter((row) => row.offsetTop + row.offsetHeight > box.scrollTop)
            .sort((a, b) => a.offsetTop - b.offsetTop)[0]
        : undefined;
      const now: ListTop = {
        scrollTop: box?.scrollTop ?? 0,
        first: inView
          ? {
              position: Number(inView.getAttribute('aria-posinset')),
              id: Number(inView.getAttribute('data-id')),
              url: inView.querySelector('.url')?.getAttribute('title') ?? '',
            }
          : null,
      };
      const key = JSON.stringify(now);
      same = key === last ? same + 1 : 1;
      last = key;
      if (same >= 3) return now;
      if (performance.now() > deadline) throw new Error(`The list never settled: ${key}`);
    }
  }, timeout);
}

/** The request the detail pane shows, with what is said about it. */
export interface ShownDetail {
  /** The row's place in the list shown (1-based) and its record id. */
  position: number;
  id: number;
  url: string;
  /** The row's diagnosis tag ("refused"), "" without one. */
  tag: string;
  /** The findings' text ("What this response says"), "" without findings. */
  findings: string;
  /** The whole pane's text. */
  detail: string;
}

/**
 * Waits until the selected row is at `position` (1-based) and the detail pane shows it, with
 * its error body read when the diagnosis reads one, and returns what both say.
 */
export async function waitForDetailAt(
  page: Page,
  position: number,
  timeout: number,
): Promise<ShownDetail> {
  const handle = await page.waitForFunction(
    (wanted: number) => {
      const row = document.querySelector('[role="option"][aria-selected="true"]');
      const pane = document.querySelector('section.detail');
      if (!row || !pane || Number(row.getAttribute('aria-posinset')) !== wanted) return false;
      const url = row.querySelector('.url')?.getAttribute('title') ?? '';
      if (pane.querySelector('.url-text')?.textContent !== url) return false;
      const detail = pane.textContent ?? '';
      if (detail.includes('Reading the JSON error body')) return false;
      return {
        position: wanted,
        id: Number(row.getAttribute('data-id')),
        url,
        tag: row.querySelector('.tag')?.textContent ?? '',
        findings: pane.querySelector('section.findings')?.textContent ?? '',
        detail,
      };
    },
    { timeout, polling: 'raf' },
    position,
  );
  return (await handle.jsonValue()) as ShownDetail;
}
