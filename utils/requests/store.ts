/**
 * The request store: the list the panel and the HAR page show. Pure logic, no browser API.
 * - add: newest last; capped (default 50,000), the oldest dropped and counted.
 * - page boundaries follow the one rule in pages.ts: a new page starts a new list, unless
 *   "Preserve log" is on; a single-page app's route change does not; a request of a page
 *   already left is not added to the current one (kept with Preserve log).
 * - request handles (to read a body later) are kept only for the newest `handleLimit` entries.
 * - what records repeat (header lines, types) is kept once (createRecordPool); Clear lets go of it.
 * Bodies are never stored here.
 */
import type { AppFailure } from '../app-failure/types';
import { createRecordPool, type RequestRecord } from '../har/record';
import {
  createPageTracker,
  keepForNewPage,
  type PageTracker,
  replacedWithoutDocument,
  requestKey,
} from './pages';

export const DEFAULT_CAP = 50_000;
/** Request handles kept for reading bodies: the newest 300 requests. */
export const DEFAULT_HANDLE_LIMIT = 300;

export interface StoreOptions {
  cap?: number;
  handleLimit?: number;
  preserveLog?: boolean;
}

export interface StoreSnapshot {
  /** Changes whenever anything else in the snapshot does. */
  version: number;
  /** Oldest first. */
  records: readonly RequestRecord[];
  /** How many of the oldest requests were dropped to stay under the cap. */
  dropped: number;
  cap: number;
  selectedId: number | null;
  preserveLog: boolean;
  /** The current page came back from the back/forward cache: no document load, and only
   * the requests it made since (pages.ts, rule 3). */
  restored: boolean;
  /** Listed responses that could hide an application failure and could not be checked (too
   * large, too many waiting, no body handed over): markApp's `unchecked`. */
  appUnchecked: number;
}

export interface RequestStore<Handle> {
  add(record: RequestRecord, handle?: Handle): void;
  /** The inspected page navigated (a new page, or a route change of a single-page app). */
  navigated(url: string): void;
  /** The requests listed when the panel opened are all in: none of them starts a page later. */
  historyDone(): void;
  /** True when a navigation was reported and no page started since: `reconcile` should be
   * given what DevTools lists now (pages.ts, rule 3). */
  awaitingPage(): boolean;
  /** What DevTools lists now (`requestKey`s): when it no longer lists the current page, the
   * page was replaced without a document (restored from the back/forward cache). */
  reconcile(listed: ReadonlySet<string>): void;
  /** `snapshot().restored`, without building a snapshot (cheap enough for every change). */
  isRestored(): boolean;
  clear(): void;
  select(id: number | null): void;
  setPreserveLog(on: boolean): void;
  /** Application-level failures found after their records were listed (their bodies read):
   * each is set on its record once, when that record is still in the list; a record no longer
   * listed (a new page, Clear, dropped) is left alone. The records changed are logged, so that
   * the aggregates of the list follow them at the cost of the change (`continuationOf`'s
   * `marked`), not by counting the list afresh. `unchecked`: ids of requests whose bodies could
   * not be checked; those still listed are counted (`appUnchecked`). Returns how many landed. */
  markApp(
    found: readonly { id: number; failure: AppFailure }[],
    unchecked?: readonly number[],
  ): number;
  /** The browser's handle for reading the body, or undefined when no longer kept. */
  handleOf(id: number): Handle | undefined;
  snapshot(): StoreSnapshot;
  subscribe(listener: () => void): () => void;
}

/** Where a snapshot's list stands in its store's history (see `continuationOf`). */
interface Lineage {
  store: object;
  /** Changes whenever the store rebuilds its list (a new page, Clear). */
  epoch: number;
  /** Records dropped from the front and added at the end since the epoch began. */
  dropped: number;
  added: number;
  /** Records changed in place (markApp) since the epoch began. */
  marked: number;
}

const lineages = new WeakMap<readonly RequestRecord[], Lineage>();

/** True when `list` is a snapshot's list of some request store: its records may be changed in
 * place later (markApp), which only `continuationOf` can tell. */
export function isSnapshotList(list: readonly RequestRecord[]): boolean {
  return lineages.has(list);
}

/** How one snapshot's list continues an earlier one of the same store (`continuationOf`). */
export interface Continuation {
  /** How many of the oldest records it lost, and how many new ones it gained at its end. */
  dropped: number;
  added: number;
  /** Records of the earlier list changed in place since (markApp), oldest change first; some
   * may have been dropped since, and a record can appear more than once. */
  marked: readonly RequestRecord[];
}

const NOTHING_MARKED: readonly RequestRecord[] = [];

/**
 * How the list `next` continues the list `previous`, both taken from snapshots of one store:
 * how many of the oldest records it lost, how many new ones it gained, and which records were
 * changed in place in between. Null when the store rebuilt its list in between (a new page,
 * Clear), when the changes in between are no longer logged, or when either list is not a
 * snapshot's. Lets the aggregates of the list (summary.ts) follow it at the cost of the change.
 */
export function continuationOf(
  previous: readonly RequestRecord[],
  next: readonly RequestRecord[],
): Continuation | null {
  const before = lineages.get(previous);
  const after = lineages.get(next);
  if (!before || !after || before.store !== after.store || before.epoch !== after.epoch) {
    return null;
  }
  let marked = NOTHING_MARKED;
  if (after.marked !== before.marked) {
    const log = markLogs.get(before.store);
    if (!log || log.epoch !== before.epoch || before.marked < log.base) return null;
    marked = log.records.slice(before.marked - log.base, after.marked - log.base);
  }
  return { dropped: after.dropped - before.dropped, added: after.added - before.added, marked };
}

/** The records a store changed in place in its current epoch, from the `base`-th on. */
interface MarkLog {
  epoch: number;
  base: number;
  records: RequestRecord[];
}

const markLogs = new WeakMap<object, MarkLog>();
/** Past this, the older half of a mark log is let go (snapshots older than that count afresh). */
const MARK_LOG_MAX = 4096;

export function createRequestStore<Handle = never>(
  options: StoreOptions = {},
): RequestStore<Handle> {
  const cap = Math.max(1, options.cap ?? DEFAULT_CAP);
  const handleLimit = Math.max(0, options.handleLimit ?? DEFAULT_HANDLE_LIMIT);
  let preserveLog = options.preserveLog ?? false;
  // Live records are items[head..]; dropping moves head, and the array is compacted now and then.
  let items: RequestRecord[] = [];
  let head = 0;
  let dropped = 0;
  let selectedId: number | null = null;
  let restored = false;
  let appUnchecked = 0;
  const pages: PageTracker = createPageTracker();
  /** The first request of the current page (null before the first page start). */
  let pageStart: RequestRecord | null = null;
  let version = 0;
  let cached: StoreSnapshot | null = null;
  const handles = new Map<number, Handle>();
  const listeners = new Set<() => void>();
  // The listeners as an array made when they change, not on every change of the list (one
  // per request): a listener added or removed while they are called changes the next round.
  let calling: (() => void)[] = [];
  let pool = createRecordPool();
  const identity = {};
  let epoch = 0;
  let droppedInEpoch = 0;
  let addedInEpoch = 0;
  let markedInEpoch = 0;
  const marks: MarkLog = { epoch, base: 0, records: [] };
  markLogs.set(identity, marks);

  function newEpoch(): void {
    epoch += 1;
    droppedInEpoch = 0;
    addedInEpoch = 0;
    markedInEpoch = 0;
    marks.epoch = epoch;
    marks.base = 0;
    marks.records = [];
  }

  function logMark(record: RequestRecord): void {
    marks.records.push(record);
    markedInEpoch += 1;
    if (marks.records.length > MARK_LOG_MAX) {
      const half = MARK_LOG_MAX / 2;
      marks.records = marks.records.slice(half);
      marks.base += half;
    }
  }

  function changed(): void {
    version += 1;
    cached = null;
    for (const listener of calling) listener();
  }

  function live(): RequestRecord[] {
    if (head > 0) {
      items = items.slice(head);
      head = 0;
    }
    return items;
  }

  function forget(record: RequestRecord): void {
    handles.delete(record.id);
    if (record.id === selectedId) selectedId = null;
  }

  function replaceList(kept: RequestRecord[]): void {
    const before = live();
    const keptSet = new Set(kept);
    for (const record of before) if (!keptSet.has(record)) forget(record);
    items = kept;
    dropped = 0;
    appUnchecked = 0;
    newEpoch();
  }

  function startPage(start: RequestRecord): void {
    restored = false;
    pageStart = start;
    if (!preserveLog) replaceList(keepForNewPage(live(), start));
  }

  /** The listed record with this id, or undefined. Ids grow along the list: whoever adds
   * records numbers them in order (connect.ts, the HAR page). */
  function recordById(id: number): RequestRecord | undefined {
    let low = head;
    let high = items.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const record = items[middle] as RequestRecord;
      if (record.id === id) return record;
      if (record.id < id) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }

  /** The requests of the current page, oldest first. */
  function currentPage(): RequestRecord[] {
    const list = live();
    if (preserveLog && pageStart) {
      const index = list.indexOf(pageStart);
      if (index > 0) return list.slice(index);
    }
    return list;
  }

  return {
    add(record, handle) {
      const arrival = pages.arrive(record);
      if (arrival.kind === 'earlier-page' && !preserveLog) return;
      items.push(pool.share(record));
      addedInEpoch += 1;
      if (handle !== undefined && handleLimit > 0) {
        handles.set(record.id, handle);
        if (handles.size > handleLimit) {
          const oldest = handles.keys().next().value as number;
          handles.delete(oldest);
        }
      }
      if (items.length - head > cap) {
        forget(items[head] as RequestRecord);
        items[head] = undefined as unknown as RequestRecord;
        head += 1;
        dropped += 1;
        droppedInEpoch += 1;
        if (head >= 1024 && head * 2 >= items.length) live();
      }
      if (arrival.kind === 'new-page') startPage(record);
      changed();
    },
    navigated(url) {
      // The document load may have finished before the navigation was reported.
      const document = pages.navigated(url);
      if (document) startPage(document);
      changed();
    },
    historyDone() {
      pages.historyDone();
    },
    isRestored() {
      return restored;
    },
    awaitingPage() {
      return pages.awaitingDocument();
    },
    reconcile(listed) {
      if (!pages.awaitingDocument()) return;
      const current = currentPage();
      if (!replacedWithoutDocument(current, listed)) return;
      pages.replaced();
      if (!preserveLog) {
        restored = true;
        pageStart = null;
        replaceList(current.filter((record) => listed.has(requestKey(record))));
      }
      changed();
    },
    clear() {
      items = [];
      head = 0;
      dropped = 0;
      selectedId = null;
      restored = false;
      appUnchecked = 0;
      handles.clear();
      pool = createRecordPool();
      newEpoch();
      changed();
    },
    select(id) {
      if (id === selectedId) return;
      selectedId = id;
      changed();
    },
    setPreserveLog(on) {
      if (on === preserveLog) return;
      preserveLog = on;
      changed();
    },
    markApp(found, unchecked = []) {
      let landed = 0;
      let left = 0;
      for (const id of unchecked) if (recordById(id)) left += 1;
      appUnchecked += left;
      for (const { id, failure } of found) {
        const record = recordById(id);
        if (!record || record.app !== undefined) continue;
        record.app = failure;
        logMark(record);
        landed += 1;
      }
      if (landed > 0 || left > 0) changed();
      return landed;
    },
    handleOf(id) {
      return handles.get(id);
    },
    snapshot() {
      if (!cached) {
        const records = items.slice(head);
        lineages.set(records, {
          store: identity,
          epoch,
          dropped: droppedInEpoch,
          added: addedInEpoch,
          marked: markedInEpoch,
        });
        cached = {
          version,
          records,
          dropped,
          cap,
          selectedId,
          preserveLog,
          restored,
          appUnchecked,
        };
      }
      return cached;
    },
    subscribe(listener) {
      listeners.add(listener);
      calling = [...listeners];
      return () => {
        const removed = listeners.delete(listener);
        calling = [...listeners];
        return removed;
      };
    },
  };
}
