/**
 * What the benchmark (tests/bench/panel.ts) calls inside the panel page, as `window.benchPanel`.
 * Entries are generated and cloned before a timed step (that is the browser's work: DevTools
 * builds each HAR entry and posts it to the panel, which receives a structured clone with fresh
 * strings); a timed step starts when the first entry is handed over and ends when the frame that
 * shows the result has been painted. Each entry arrives in a task of its own, as DevTools' messages do.
 */
import { type ChromiumEntry, createGenerator } from '../har-generator';
import type { FakeDevtools } from './fake-devtools';
import { addGraphql } from './graphql-traffic';

export type FilterKind = 'failed' | 'chip' | 'text';

export interface BenchPanel {
  /** Resolves once the panel is mounted and listening (its empty state is shown). */
  ready(): Promise<void>;
  /** Generates `count` requests of one busy page, ready for `ingest`; returns milliseconds.
   * `clone: false` skips the copy DevTools' messaging makes (quicker, for tests that only count). */
  prepare(count: number, seed: number, options?: { clone?: boolean; graphql?: boolean }): number;
  /** After `ingest` of requests prepared with `graphql`: once the "App errors" count has not
   * changed for 2 s, milliseconds from the ingest's start to its last change painted, how many
   * failures it counts, and how many the GraphQL answers held. */
  appFailuresLanded(): Promise<{ ms: number; counted: number; expected: number }>;
  /** Hands the prepared requests over, one per task (`perTask` for tests that only count);
   * milliseconds to the last one handed over and to the frame that shows the whole list painted. */
  ingest(options?: { perTask?: number }): Promise<{ delivered: number; painted: number }>;
  /** Answers the panel's getHAR with the prepared requests (the page was opened with
   * `?history=COUNT,SEED`, which prepares them before the panel mounts); milliseconds to the
   * whole list painted. */
  openOnHistory(): Promise<number>;
  /** The floor under `ingest`: milliseconds to hand `count` messages, one task each, wrapped as
   * DevTools wraps each request, to no listener at all (the browser's own share). */
  deliveryFloor(count: number): Promise<number>;
  /** Turns a filter on (or back off), returns milliseconds to the list repainted. */
  filter(kind: FilterKind, on: boolean): Promise<number>;
  /** Scrolls the list to a fraction of its height and waits for the rows painted. */
  scrollTo(fraction: number): Promise<void>;
  /** Request rows in the DOM now. */
  rowsInDom(): number;
  /** The list's own count (its rows' aria-setsize), or -1 without a list. */
  shown(): number;
  /** `pages` navigations of `perPage` requests each (the document first); resolves when the last
   * page's list is painted. */
  session(pages: number, perPage: number, seed: number): Promise<void>;
  /** Presses Clear and waits for the empty state painted. */
  clear(): Promise<void>;
}

declare global {
  interface Window {
    benchPanel: BenchPanel;
  }
}

/** Under vitest's 60 s per test, so that a wait that never ends says what it waited for. */
const TIMEOUT = 45_000;

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Resolves in the next task: after a requestAnimationFrame callback, after that frame's paint. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** performance.now() after the first frame painted in which `condition` holds. */
async function paintedWhen(condition: () => boolean, what: string): Promise<number> {
  const start = performance.now();
  for (;;) {
    await nextFrame();
    if (condition()) {
      await nextTask();
      return performance.now();
    }
    if (performance.now() - start > TIMEOUT) throw new Error(`Never painted: ${what}`);
  }
}

/** Calls `each` with every item, one task per item (as DevTools' messages arrive). */
function oneTaskEach<T>(items: T[], each: (item: T) => void): Promise<void> {
  return new Promise((resolve) => {
    if (items.length === 0) return resolve();
    const channel = new MessageChannel();
    let index = 0;
    channel.port1.onmessage = () => {
      const item = items[index] as T;
      // The page keeps nothing: only what the panel retains stays alive.
      items[index] = undefined as T;
      index += 1;
      each(item);
      if (index < items.length) channel.port2.postMessage(null);
      else {
        channel.port1.close();
        resolve();
      }
    };
    channel.port2.postMessage(null);
  });
}

const list = () => document.querySelector<HTMLElement>('[role="listbox"]');

/** The list's size, as each row tells assistive technology (aria-setsize); 0 when it shows no
 * row, -1 without a list. */
function shown(): number {
  const box = list();
  if (!box) return -1;
  return Number(box.querySelector('[role="option"]')?.getAttribute('aria-setsize') ?? 0);
}

const rowsInDom = () => document.querySelectorAll('[role="listbox"] [role="option"]').length;

/** The whole list painted: its count, and the newest row in view (the list follows the newest). */
const listShows = (count: number) => () =>
  shown() === count && document.querySelector(`[aria-posinset="${count}"]`) !== null;

const emptyShown = () => list() === null && document.querySelector('.empty-view') !== null;

/** What DevTools' messaging hands the panel: a copy with strings of its own. */
const asDelivered = (entry: ChromiumEntry) => structuredClone(entry);

function control(kind: FilterKind): HTMLElement {
  const found =
    kind === 'failed'
      ? [...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((box) =>
          box.closest('label')?.textContent?.includes('Failed only'),
        )
      : kind === 'chip'
        ? [...document.querySelectorAll<HTMLButtonElement>('button[aria-pressed]')].find((button) =>
            button.textContent?.trim().startsWith('4xx'),
          )
        : document.querySelector<HTMLInputElement>('input[type="search"]');
  if (!found) throw new Error(`No control for the ${kind} filter`);
  return found;
}

/** A text filter that keeps part of the list: one API host and a path word. */
export const TEXT_FILTER = 'api. products';

export function installDriver(fake: FakeDevtools): BenchPanel {
  let prepared: ChromiumEntry[] = [];
  let expectedApp = 0;
  let ingestStart = 0;

  window.benchPanel = {
    async ready() {
      await paintedWhen(() => emptyShown() && fake.listening().requests === 1, 'the empty panel');
    },
    prepare(count, seed, { clone = true, graphql = false } = {}) {
      const start = performance.now();
      const generator = createGenerator({ seed });
      const made: ChromiumEntry[] = [generator.navigate().document];
      while (made.length < count) made.push(generator.entry());
      expectedApp = graphql ? addGraphql(made, seed) : 0;
      prepared = clone ? made.map(asDelivered) : made;
      return performance.now() - start;
    },
    async ingest({ perTask = 1 } = {}) {
      const count = prepared.length;
      const batches: ChromiumEntry[][] = [];
      for (let i = 0; i < count; i += perTask) batches.push(prepared.slice(i, i + perTask));
      prepared = [];
      const start = performance.now();
      ingestStart = start;
      await oneTaskEach(batches, (batch) => {
        for (const entry of batch) fake.finish(entry);
      });
      const delivered = performance.now() - start;
      const painted = (await paintedWhen(listShows(count), `${count} requests`)) - start;
      return { delivered, painted };
    },
    async appFailuresLanded() {
      const count = () =>
        Number((document.querySelector('.app-chip .count')?.textContent ?? '0').replace(/,/g, ''));
      let last = count();
      let changed = performance.now();
      const start = changed;
      for (;;) {
        await nextFrame();
        const now = count();
        if (now !== last) {
          last = now;
          changed = performance.now();
        }
        if (now === expectedApp || performance.now() - changed > 2000) break;
        if (performance.now() - start > TIMEOUT) break;
      }
      return { ms: changed - ingestStart, counted: last, expected: expectedApp };
    },
    async openOnHistory() {
      const count = prepared.length;
      const entries = prepared;
      prepared = [];
      const start = performance.now();
      fake.answerHistory(entries);
      return (await paintedWhen(listShows(count), `${count} requests from getHAR`)) - start;
    },
    async deliveryFloor(count) {
      const start = performance.now();
      await oneTaskEach(
        Array.from({ length: count }, () => ({})),
        (entry) => fake.wrap(entry),
      );
      return performance.now() - start;
    },
    async filter(kind, on) {
      const element = control(kind);
      const before = shown();
      const start = performance.now();
      if (kind === 'text') {
        const input = element as HTMLInputElement;
        input.value = on ? TEXT_FILTER : '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      } else {
        element.click();
      }
      const end = await paintedWhen(
        () => shown() !== before && rowsInDom() > 0,
        `the ${kind} filter ${on ? 'on' : 'off'}`,
      );
      return end - start;
    },
    async scrollTo(fraction) {
      const box = list();
      if (!box) throw new Error('No list to scroll');
      const rowHeight = box.querySelector('[role="option"]')?.getBoundingClientRect().height ?? 0;
      if (rowHeight <= 0) throw new Error('No row to measure');
      box.scrollTop = Math.floor((box.scrollHeight - box.clientHeight) * fraction);
      // The first row fully in view, counted from 1 as aria-posinset counts.
      const position = Math.ceil(box.scrollTop / rowHeight) + 1;
      await paintedWhen(
        () => document.querySelector(`[aria-posinset="${position}"]`) !== null,
        `row ${position} after scrolling`,
      );
    },
    rowsInDom,
    shown,
    async session(pages, perPage, seed) {
      const preserve = [
        ...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'),
      ].find((box) => box.closest('label')?.textContent?.includes('Preserve log'));
      if (!preserve || preserve.checked) throw new Error('"Preserve log" must be there, and off');
      const traffic = createGenerator({ seed });
      for (let page = 0; page < pages; page++) {
        const { url, document: load } = traffic.navigate();
        const entries = [load];
        while (entries.length < perPage) entries.push(traffic.entry());
        const delivered = entries.map(asDelivered);
        // DevTools reports the navigation, then the requests of the new page finish.
        fake.navigate(url);
        await oneTaskEach(delivered, (entry) => fake.finish(entry));
      }
      await paintedWhen(listShows(perPage), `the last page's ${perPage} requests`);
    },
    async clear() {
      const button = [...document.querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === 'Clear',
      );
      if (!button) throw new Error('No Clear button');
      button.click();
      await paintedWhen(emptyShown, 'the empty state after Clear');
    },
  };
  return window.benchPanel;
}
