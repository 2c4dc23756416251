/**
 * Wires a network source into a request store. It listens before it asks for the history, so
 * nothing finishing in between is lost, holds the live events back until the history is in,
 * and drops the live entries the history already listed. Requests still in flight, which the
 * history lists with status 0, are left for their own onRequestFinished.
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
  disconnect(): void;
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
): Connection {
  let nextId = 1;
  let pending: Pending<Handle>[] | null = [];
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

  const unsubscribe = source.subscribe({
    request(item) {
      if (stopped) return;
      if (pending) pending.push({ kind: 'request', item });
      else add(item);
    },
    navigated(url) {
      if (stopped) return;
      if (pending) pending.push({ kind: 'nav', url });
      else store.navigated(url);
    },
  });

  /** Plays the events held back, skipping requests the history already listed. */
  function replay(listed: Set<string>): void {
    const queued = pending ?? [];
    pending = null;
    for (const event of queued) {
      if (event.kind === 'nav') store.navigated(event.url);
      else if (!listed.has(keyOf(event.item.entry))) add(event.item);
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
    disconnect() {
      stopped = true;
      unsubscribe();
    },
  };
}
