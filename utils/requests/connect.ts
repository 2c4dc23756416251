/**
 * Wires a network source into a request store. It listens before it asks for the history, so
 * nothing finishing in between is lost, holds the live events back until the history is in,
 * and drops the live entries the history already listed. Requests still in flight, which the
 * history lists with status 0, are left for their own onRequestFinished.
 *
 * Live events are added in small batches, in order: the first waits `batchDelay` ms for others
 * (or until `batchMax` are waiting). Checking and storing a few hundred entries in one go costs
 * a quarter less than one at a time between the browser's own messages, which is what a page
 * loading thousands of requests a second needs; a lone request waits 8 ms, which nobody sees.
 */
import { isPendingEntry, normalizeEntry } from '../har/record';
import type { NetworkSource, SourcedEntry } from './source';
import type { RequestStore } from './store';

export interface HistoryResult {
  /** Requests the browser had recorded before the panel opened. */
  count: number;
  /** Entries that were not usable requests. */
  skipped: number;
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
}

type Pending<Handle> =
  | { kind: 'request'; item: SourcedEntry<Handle> }
  | { kind: 'nav'; url: string };

function keyOf(entry: unknown): string {
  const e = (entry ?? {}) as {
    startedDateTime?: unknown;
    request?: { method?: unknown; url?: unknown };
  };
  return `${String(e.startedDateTime)} ${String(e.request?.method)} ${String(e.request?.url)}`;
}

export function connectSource<Handle>(
  source: NetworkSource<Handle>,
  store: RequestStore<Handle>,
  { batchDelay = 8, batchMax = 500 }: ConnectOptions = {},
): Connection {
  let nextId = 1;
  // Until the history is in: every live event, held back. After: the current batch.
  let pending: Pending<Handle>[] | null = [];
  let batch: Pending<Handle>[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let skipped = 0;
  let stopped = false;

  function add(item: SourcedEntry<Handle>): boolean {
    const record = normalizeEntry(item.entry, nextId);
    if (!record) {
      skipped += 1;
      return false;
    }
    nextId += 1;
    store.add(record, item.handle);
    return true;
  }

  function play(event: Pending<Handle>): void {
    if (event.kind === 'nav') store.navigated(event.url);
    else add(event.item);
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
      return;
    }
    batch.push(event);
    if (batch.length >= batchMax) flush();
    else timer ??= setTimeout(flush, batchDelay);
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

  const history = source.history().then(
    (items) => {
      if (stopped) return { count: 0, skipped: 0, error: '' };
      let count = 0;
      // Keys only when live requests are waiting to be checked against the history: a long
      // history (50,000 entries) costs no key per entry when none are.
      const check = pending?.some((event) => event.kind === 'request') ?? false;
      const listed = new Set<string>();
      for (const item of items) {
        if (isPendingEntry(item.entry)) continue;
        if (check) listed.add(keyOf(item.entry));
        if (add(item)) count += 1;
      }
      const result = { count, skipped, error: '' };
      replay(listed);
      return result;
    },
    (error: unknown) => {
      replay(new Set());
      const message = error instanceof Error ? error.message : String(error);
      return { count: 0, skipped, error: message.slice(0, 200) || 'unknown error' };
    },
  );

  return {
    history,
    flush,
    disconnect() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      batch = [];
      unsubscribe();
    },
  };
}
