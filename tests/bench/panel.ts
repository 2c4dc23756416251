/**
 * The panel's figures: the shipped panel (its main.tsx, App, store, adapter and styles) in a page
 * of its own (panel-page/), fed by a fake `browser.devtools` with generated traffic
 * (har-generator.ts) one onRequestFinished event at a time, in headless Chromium.
 */

import { CHROME_EXTENSION_DIR } from '../e2e/harness/paths';
import { pageBytes } from './bundle-size';
import { launchPanelBench, type PanelBench } from './panel-page/browser';
import type { FilterKind } from './panel-page/driver';
import { type Figure, median } from './table';

export const ENTRIES = 50_000;
export const PAGES = 100;
export const PER_PAGE = 500;
const SEED = 1;

/**
 * The 1 s for ingest and first paint holds for 50,000 requests handed over at once
 * (getHAR, when the panel opens on a busy page). Delivered one event at a time, as live requests
 * are, the browser's own delivery took 0.4–0.6 s of that second with no listener at all (the
 * floor figure) on the machine where the live budget was set: 2.5 s in all, which allowed 4.2×
 * (at a 0.6 s floor) to 6.25× the floor. The floor is now 1.3–1.8 s on this machine, and every
 * figure of the run slows with it, so the budget is held as a ratio to the floor measured in the
 * same tab just before: at most 4×, stricter than the allowance was at any floor. The times in
 * milliseconds are reported beside it.
 */
const LIVE_RATIO_BUDGET = 4;

const FILTERS: { kind: FilterKind; name: string }[] = [
  { kind: 'failed', name: '"Failed only"' },
  { kind: 'chip', name: 'the 4xx chip' },
  { kind: 'text', name: 'a text filter' },
];

interface ListRun {
  floor: number;
  painted: number;
  /** From the last request handed over to the list showing it. */
  lag: number;
  bytesPerEntry: number;
  filters: Record<FilterKind, number>;
  rows: number;
}

/** 50,000 requests into a fresh panel: time to the list painted, memory, filters, rows. */
async function listRun(bench: PanelBench): Promise<ListRun> {
  const { page, heap, close } = await bench.openTab();
  const bytes = async () => {
    const { js, blink } = await heap();
    return js + blink;
  };
  try {
    const floor = await page.evaluate((n) => window.benchPanel.deliveryFloor(n), ENTRIES);
    const before = await bytes();
    await page.evaluate((n, seed) => window.benchPanel.prepare(n, seed), ENTRIES, SEED);
    const { delivered, painted } = await page.evaluate(() => window.benchPanel.ingest());
    const after = await bytes();
    const shown = await page.evaluate(() => window.benchPanel.shown());
    if (shown !== ENTRIES) throw new Error(`The list shows ${shown} requests, not ${ENTRIES}.`);
    const rows = [await page.evaluate(() => window.benchPanel.rowsInDom())];
    // Each filter on and off three times: the median leaves out the first use's compilation.
    const filters = {} as Record<FilterKind, number>;
    for (const { kind } of FILTERS) {
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        times.push(await page.evaluate((k) => window.benchPanel.filter(k, true), kind));
        rows.push(await page.evaluate(() => window.benchPanel.rowsInDom()));
        await page.evaluate((k) => window.benchPanel.filter(k, false), kind);
      }
      filters[kind] = median(times);
    }
    await page.evaluate(() => window.benchPanel.scrollTo(0.5));
    rows.push(await page.evaluate(() => window.benchPanel.rowsInDom()));
    return {
      floor,
      painted,
      lag: painted - delivered,
      bytesPerEntry: (after - before) / ENTRIES,
      filters,
      rows: Math.max(...rows),
    };
  } finally {
    await close();
  }
}

interface GraphqlRun {
  floor: number;
  /** To the whole list painted, as `ListRun.painted`, with one request in ten a GraphQL call
   * whose body the panel reads (the getContent stand-in answers a few ms later, 0.5–32 KB). */
  painted: number;
  /** To the "App errors" count's last change painted (all bodies read, or left unread). */
  landed: number;
  /** GraphQL failures counted, and how many the answers held. */
  counted: number;
  expected: number;
}

/** 50,000 live requests of which 10% are GraphQL (one in five of those with errors). */
async function graphqlRun(bench: PanelBench): Promise<GraphqlRun> {
  const { page, close } = await bench.openTab();
  try {
    const floor = await page.evaluate((n) => window.benchPanel.deliveryFloor(n), ENTRIES);
    await page.evaluate(
      (n, seed) => window.benchPanel.prepare(n, seed, { graphql: true }),
      ENTRIES,
      SEED,
    );
    const { painted } = await page.evaluate(() => window.benchPanel.ingest());
    const { ms, counted, expected } = await page.evaluate(() =>
      window.benchPanel.appFailuresLanded(),
    );
    return { floor, painted, landed: ms, counted, expected };
  } finally {
    await close();
  }
}

/** A panel opened on a page that already made 50,000 requests: getHAR hands them all at once. */
async function historyRun(bench: PanelBench): Promise<number> {
  const { page, close } = await bench.openTab({ history: { count: ENTRIES, seed: SEED } });
  try {
    return await page.evaluate(() => window.benchPanel.openOnHistory());
  } finally {
    await close();
  }
}

interface SessionRun {
  /** Growth over the start, in per cent: the JavaScript heap after 100 pages and after Clear,
   * and Blink's heap (DOM, layout, the performance timeline) after Clear. */
  beforeClear: number;
  afterClear: number;
  blinkAfterClear: number;
}

/**
 * 100 pages of 500 requests (Preserve log off), then Clear, against the start: measured after a
 * warm-up session of 20 pages and a Clear, so that what the engine keeps once (optimised code,
 * caches) counts as the start and only what the session leaves behind counts as growth. The
 * budget is on the JavaScript heap, where the records, handles, pool and views live; Blink's heap
 * is reported apart, as it also holds the browser's own performance timeline, which grows with
 * any busy page and swings by 10 to 25 % from one run to the next here.
 */
async function sessionRun(bench: PanelBench): Promise<SessionRun> {
  const { page, heap, close } = await bench.openTab();
  try {
    await page.evaluate((n, seed) => window.benchPanel.session(20, n, seed), PER_PAGE, SEED + 1);
    await page.evaluate(() => window.benchPanel.clear());
    const start = await heap();
    await page.evaluate(
      (pages, n, seed) => window.benchPanel.session(pages, n, seed),
      PAGES,
      PER_PAGE,
      SEED + 2,
    );
    const beforeClear = await heap();
    await page.evaluate(() => window.benchPanel.clear());
    const afterClear = await heap();
    const growth = (now: number, then: number) => ((now - then) / then) * 100;
    return {
      beforeClear: growth(beforeClear.js, start.js),
      afterClear: growth(afterClear.js, start.js),
      blinkAfterClear: growth(afterClear.blink, start.blink),
    };
  } finally {
    await close();
  }
}

/** A live run's time to the list painted (reported), and the same as a ratio to the floor
 * measured in its tab (the budgeted figure). */
function paintedFigures(name: string, runs: { painted: number; floor: number }[]): Figure[] {
  return [
    { name, unit: 'ms', samples: runs.map((r) => r.painted) },
    {
      name: "Panel: the same ÷ the browser's own delivery of them (floor, same tab)",
      unit: '×',
      budget: LIVE_RATIO_BUDGET,
      samples: runs.map((r) => r.painted / r.floor),
    },
  ];
}

export async function benchPanel(runs: number): Promise<Figure[]> {
  const bench = await launchPanelBench();
  const lists: ListRun[] = [];
  const graphqls: GraphqlRun[] = [];
  const histories: number[] = [];
  const sessions: SessionRun[] = [];
  try {
    // Warm-up, not counted: a live run and a GraphQL run. They run the code the history run uses
    // (checking, storing and drawing entries), and the session run has a warm-up of its own (20
    // pages and Clear before its start), so neither is run twice: each costs CI half a minute.
    await listRun(bench);
    await graphqlRun(bench);
    for (let run = 0; run < runs; run++) {
      lists.push(await listRun(bench));
      graphqls.push(await graphqlRun(bench));
      histories.push(await historyRun(bench));
      sessions.push(await sessionRun(bench));
    }
  } finally {
    await bench.close();
  }
  const n = ENTRIES.toLocaleString('en-US');
  return [
    {
      name: 'Panel: our code, JS + CSS gzipped',
      unit: 'KB',
      samples: [pageBytes(CHROME_EXTENSION_DIR, 'devtools-panel.html').code / 1024],
    },
    {
      name: `Panel: opened on ${n} requests (one getHAR) → list painted`,
      unit: 'ms',
      budget: 1000,
      samples: histories,
    },
    ...paintedFigures(`Panel: ${n} live requests, one event each → list painted`, lists),
    ...paintedFigures(
      `Panel: ${n} live requests, 10% GraphQL (bodies read) → list painted`,
      graphqls,
    ),
    {
      name: 'Panel: the same, → the last GraphQL failure counted',
      unit: 'ms',
      samples: graphqls.map((r) => r.landed),
    },
    {
      name: `Panel: the same, GraphQL failures not counted (of ${graphqls[0]?.expected ?? 0} in ${(ENTRIES / 10).toLocaleString('en-US')} answers)`,
      unit: 'requests',
      budget: 0,
      samples: graphqls.map((r) => r.expected - r.counted),
    },
    {
      name: `Panel: the browser's own delivery of ${n} events, no listener (floor)`,
      unit: 'ms',
      samples: lists.map((r) => r.floor),
    },
    {
      name: `Panel: our time per live request ((list painted − floor) ÷ ${n})`,
      unit: 'µs',
      samples: lists.map((r) => ((r.painted - r.floor) / ENTRIES) * 1000),
    },
    {
      name: 'Panel: live requests, the last one in → list painted',
      unit: 'ms',
      budget: 100,
      samples: lists.map((r) => r.lag),
    },
    {
      name: 'Panel: memory retained per request (handles included)',
      unit: 'KB',
      budget: 2,
      samples: lists.map((r) => r.bytesPerEntry / 1024),
    },
    ...FILTERS.map(({ kind, name }) => ({
      name: `Panel: ${name} on ${n} → list painted`,
      unit: 'ms',
      budget: 50,
      samples: lists.map((r) => r.filters[kind]),
    })),
    {
      name: `Panel: rows in the DOM with ${n} requests`,
      unit: 'rows',
      budget: 100,
      samples: lists.map((r) => r.rows),
    },
    {
      name: `Panel: JS heap after ${PAGES} pages × ${PER_PAGE} requests, vs start`,
      unit: '%',
      samples: sessions.map((r) => r.beforeClear),
    },
    {
      name: `Panel: JS heap after ${PAGES} pages × ${PER_PAGE} and Clear, vs start`,
      unit: '%',
      budget: 10,
      samples: sessions.map((r) => r.afterClear),
    },
    {
      name: `Panel: Blink heap (DOM, timeline) after ${PAGES} pages and Clear, vs start`,
      unit: '%',
      samples: sessions.map((r) => r.blinkAfterClear),
    },
  ];
}
