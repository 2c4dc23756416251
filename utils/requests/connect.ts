/**
 * Wires a network source into a request store. It listens before it asks for the history, so
 * nothing finishing in between is lost, holds the live events back until the history is in
 * (at most `bufferMax` of them: past that the oldest are dropped and counted), and drops the
 * live entries the history already listed. Requests still in flight, which the history lists
 * with status 0 and `_error: null`, are counted and left for their own onRequestFinished.
 *
 * The history is taken oldest first, so that pages it lists one after the other (DevTools' own
 * Preserve log) split as the page rule says (pages.ts). A history that does not come within
 * `historyTimeout` ms ends with an error: the live events held back are added, and the panel
 * offers to ask again.
 *
 * After a navigation that starts no page, DevTools is asked once more what it lists
 * (`reconcileDelay` ms later), so the store can tell a page restored from the back/forward
 * cache from a route change (pages.ts, rule 3).
 *
 * Live events are added in small batches, in order: the first waits `batchDelay` ms for others
 * (or until `batchMax` are waiting). Checking and storing a few hundred entries in one go costs
 * a quarter less than one at a time between the browser's own messages, which is what a page
 * loading thousands of requests a second needs; a lone request waits 8 ms, which nobody sees.
 */
import { type Exporter, LIVE_CHROMIUM } from '../har/exporters';
import { entryIdentity, isPendingEntry, normalizeEntry } from '../har/record';
import { createAppReader } from './app-reader';
import { requestKey } from './pages';
import type { NetworkSource, SourcedEntry } from './source';
import type { RequestStore } from './store';

export interface HistoryResult {
  /** Requests the browser had recorded before the panel opened. */
  count: number;
  /** Entries that were not usable requests. */
  skipped: number;
  /** Requests still in flight when the panel opened: they are added when they finish. */
  pending: number;
  /** Live requests dropped while the history was awaited (more than `bufferMax` waited). */
  overflow: number;
  /** Why the history could not be read, or empty. */
  error: string;
}

export interface Connection {
  history: Promise<HistoryResult>;
  /** Adds the live events waiting in the current batch now. */
  flush(): void;
  disconnect(): void;
}

export interface ConnectOptions {
  /** Milliseconds the first live event of a batch waits for others. */
  batchDelay?: number;
  /** A batch this long is added at once. */
  batchMax?: number;
  /** Milliseconds to wait for the history before giving up on it. */
  historyTimeout?: number;
  /** Live events held back at most while the history is awaited. */
  bufferMax?: number;
  /** Milliseconds after a navigation that started no page before DevTools is asked again. */
  reconcileDelay?: number;
  /** Who records the entries (DevTools of this browser): how their failure fields read. */
  exporter?: Exporter;
}

export const HISTORY_TIMEOUT_MS = 10_000;

type Pending<Handle> =
  | { kind: 'request'; item: SourcedEntry<Handle> }
  | { kind: 'nav'; url: string };

function keyOf(entry: unknown): string {
  return requestKey(entryIdentity(entry));
}

function startOf(entry: unknown): number {
  const started = (entry as { startedDateTime?: unknown } | null)?.startedDateTime;
  return typeof started === 'string' ? Date.parse(started) : Number.NaN;
}

/** The history oldest first (a stable sort on the start time), when every entry has one. */
function oldestFirst<T extends { entry: unknown }>(items: T[]): T[] {
  const starts = items.map((item) => startOf(item.entry));
  if (!starts.every(Number.isFinite)) return items;
  const sorted = starts.every((start, i) => i === 0 || (starts[i - 1] as number) <= start);
  if (sorted) return items;
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (starts[a.index] as number) - (starts[b.index] as number) || a.index - b.index)
    .map(({ item }) => item);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`DevTools did not answer within ${Math.round(ms / 1000)} s`)),
      ms,
    );
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

export function connectSource<Handle>(
  source: NetworkSource<Handle>,
  store: RequestStore<Handle>,
  {
    batchDelay = 8,
    batchMax = 500,
    historyTimeout = HISTORY_TIMEOUT_MS,
    bufferMax = 50_000,
    reconcileDelay = 1_000,
    exporter = LIVE_CHROMIUM,
  }: ConnectOptions = {},
): Connection {
  let nextId = 1;
  // Until the history is in: every live event, held back. After: the current batch.
  let pending: Pending<Handle>[] | null = [];
  let overflow = 0;
  let batch: Pending<Handle>[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let reconcileTimer: ReturnType<typeof setTimeout> | undefined;
  let reconciling = false;
  let skipped = 0;
  let stopped = false;

  // Application-level failures (app-reader.ts): the one place bodies are read as they arrive.
  const appReader = source.readRaw
    ? createAppReader<Handle>({
        read: (handle) => source.readRaw?.(handle) ?? Promise.resolve(null),
        land: (found, unchecked) => store.markApp(found, unchecked),
      })
    : null;

  function add(item: SourcedEntry<Handle>): boolean {
    const record = normalizeEntry(item.entry, nextId, exporter);
    if (!record) {
      skipped += 1;
      return false;
    }
    nextId += 1;
    appReader?.consider(record, item.entry, item.handle);
    store.add(record, item.handle);
    return true;
  }

  /** Rule 3 of pages.ts: once the navigation has had time to bring its page, ask DevTools. */
  function scheduleReconcile(): void {
    if (reconcileTimer !== undefined) clearTimeout(reconcileTimer);
    reconcileTimer = setTimeout(() => {
      reconcileTimer = undefined;
      if (stopped || reconciling || !store.awaitingPage()) return;
      reconciling = true;
      withTimeout(source.history(), historyTimeout)
        .then((items) => {
          if (stopped) return;
          flush();
          const listed = new Set<string>();
          for (const item of items) if (!isPendingEntry(item.entry)) listed.add(keyOf(item.entry));
          store.reconcile(listed);
        })
        .catch(() => {
          // Nothing to learn: the list stays as it is.
        })
        .finally(() => {
          reconciling = false;
        });
    }, reconcileDelay);
  }

  function play(event: Pending<Handle>): void {
    if (event.kind === 'nav') {
      store.navigated(event.url);
      if (store.awaitingPage()) scheduleReconcile();
    } else add(event.item);
  }

  function flush(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const events = batch;
    batch = [];
    for (const event of events) play(event);
  }

  function queue(event: Pending<Handle>): void {
    if (stopped) return;
    if (pending) {
      pending.push(event);
      if (pending.length > bufferMax) pending = dropOldest(pending);
      return;
    }
    batch.push(event);
    if (batch.length >= batchMax) flush();
    else timer ??= setTimeout(flush, batchDelay);
  }

  /** The oldest tenth of the requests held back, dropped and counted (navigations stay). */
  function dropOldest(events: Pending<Handle>[]): Pending<Handle>[] {
    let toDrop = Math.max(1, Math.ceil(bufferMax / 10));
    return events.filter((event) => {
      if (toDrop === 0 || event.kind !== 'request') return true;
      toDrop -= 1;
      overflow += 1;
      return false;
    });
  }

  const unsubscribe = source.subscribe({
    request: (item) => queue({ kind: 'request', item }),
    navigated: (url) => queue({ kind: 'nav', url }),
  });

  /** Plays the events held back, skipping requests the history already listed. */
  function replay(listed: Set<string>): void {
    const queued = pending ?? [];
    pending = null;
    for (const event of queued) {
      if (event.kind === 'nav' || !listed.has(keyOf(event.item.entry))) play(event);
    }
  }

  const history = withTimeout(source.history(), historyTimeout).then(
    (items) => {
      if (stopped) return { count: 0, skipped: 0, pending: 0, overflow: 0, error: '' };
      let count = 0;
      let inFlight = 0;
      // Keys only when live requests are waiting to be checked against the history: a long
      // history (50,000 entries) costs no key per entry when none are.
      const check = pending?.some((event) => event.kind === 'request') ?? false;
      const listed = new Set<string>();
      for (const item of oldestFirst(items)) {
        if (isPendingEntry(item.entry)) {
          inFlight += 1;
          continue;
        }
        if (check) listed.add(keyOf(item.entry));
        if (add(item)) count += 1;
      }
      store.historyDone();
      const result = { count, skipped, pending: inFlight, overflow, error: '' };
      replay(listed);
      return result;
    },
    (error: unknown) => {
      store.historyDone();
      const result = { count: 0, skipped, pending: 0, overflow, error: '' };
      replay(new Set());
      const message = error instanceof Error ? error.message : String(error);
      return { ...result, error: message.slice(0, 200) || 'unknown error' };
    },
  );

  return {
    history,
    flush,
    disconnect() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      if (reconcileTimer !== undefined) clearTimeout(reconcileTimer);
      timer = undefined;
      reconcileTimer = undefined;
      batch = [];
      appReader?.stop();
      unsubscribe();
    },
  };
}
