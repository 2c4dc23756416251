/**
 * The summary line: how many requests, how many failed, and the failed ones grouped by endpoint
 * and outcome ("3 failed: 2× GET /api/users/:id → 404 Not Found, 1× POST /graphql → 200 OK,
 * GraphQL UNAUTHENTICATED"). The grouped view and the incident note use the same groups.
 */

import { appLabel } from '../app-failure/explain';
import type { RequestRecord } from '../har/record';
import { annotateRecord } from './annotate';
import { failureOf } from './failure';
import { endpointOf } from './routes';
import { type Continuation, continuationOf, isSnapshotList } from './store';

/** The failed requests of one endpoint with one outcome: "212× GET /api/users/:id → 404 Not
 * Found". */
export interface FailureGroup {
  /** "GET /api/users/:id → 404 Not Found" (the host left out). */
  label: string;
  /** What the list's group filter matches (groupKeyOf): method, route and outcome. */
  key: string;
  method: string;
  /** The host of the group's first request. */
  host: string;
  route: string;
  /** "404 Not Found", "200 OK, GraphQL UNAUTHENTICATED", "No response (status 0)". */
  outcome: string;
  count: number;
  /** The lowest status in the group, for a stable order. */
  status: number;
  /** Epoch milliseconds of the group's first and last request (NaN when unknown). */
  firstMs: number;
  lastMs: number;
  /** The group's newest request: its explanation stands for the group's. */
  latest: RequestRecord;
}

export interface Summary {
  total: number;
  failed: number;
  /** Of the failed, those that failed at the application level behind a success status. */
  app: number;
  groups: FailureGroup[];
}

/** A running aggregate over a list of records: add one, remove one, read the result. */
export interface Fold<T> {
  add(record: RequestRecord): void;
  remove(record: RequestRecord): void;
  /** A record it holds was changed in place (an application failure found: store.markApp).
   * Absent when what it counts does not change then. */
  update?(record: RequestRecord): void;
  result(total: number): T;
}

/**
 * How `next` continues `previous`: it lost the `dropped` oldest records of `previous`, gained
 * `added` new ones at its end, and some of its records were changed in place. Known at once for
 * two snapshots of one request store (of the same epoch). Lists that are not a store's are
 * compared (one pointer comparison per record): records change in place only in a store, so
 * such lists have no changes to tell. Null when it does not continue it, or cannot be known to.
 */
function continuation(
  previous: readonly RequestRecord[],
  next: readonly RequestRecord[],
): Continuation | null {
  const known = continuationOf(previous, next);
  if (known) {
    const dropped = Math.min(known.dropped, previous.length);
    return { dropped, added: Math.min(known.added, next.length), marked: known.marked };
  }
  if (previous === next) return { dropped: 0, added: 0, marked: [] };
  if (previous.length === 0 || next.length === 0) return null;
  if (isSnapshotList(previous) || isSnapshotList(next)) return null;
  const start = previous.indexOf(next[0] as RequestRecord);
  if (start === -1) return null;
  const length = previous.length - start;
  if (next.length < length) return null;
  for (let i = 0; i < length; i++) if (next[i] !== previous[start + i]) return null;
  return { dropped: start, added: next.length - length, marked: [] };
}

/**
 * An aggregate of a list that reuses the previous call's work when the list continues the
 * previous one: its oldest records dropped, new ones appended, some changed in place. That is
 * how the request store's snapshots change while requests arrive and their bodies are read, and
 * the panel re-renders the aggregates on every snapshot: the cost is then that of the change,
 * not of the whole list, 50,000 times over. Any other list is folded from scratch.
 */
export function incremental<T>(create: () => Fold<T>): (records: readonly RequestRecord[]) => T {
  let previous: readonly RequestRecord[] = [];
  let fold = create();
  return (records) => {
    const kept = continuation(previous, records);
    if (kept === null) {
      fold = create();
      for (const record of records) fold.add(record);
    } else {
      for (let i = 0; i < kept.dropped; i++) fold.remove(previous[i] as RequestRecord);
      if (fold.update && kept.marked.length > 0) {
        // Only records the fold holds: after the dropped ones and before the added ones (ids
        // grow along a store's list).
        const firstKept = records[0]?.id ?? 0;
        const firstAdded = records[records.length - kept.added]?.id ?? Number.POSITIVE_INFINITY;
        for (const record of kept.marked) {
          if (record.id >= firstKept && record.id < firstAdded) fold.update(record);
        }
      }
      for (let i = records.length - kept.added; i < records.length; i++) {
        fold.add(records[i] as RequestRecord);
      }
    }
    previous = records;
    return fold.result(records.length);
  };
}

/** How a failed request ended, in a few words ("404 Not Found", "200 OK, GraphQL
 * UNAUTHENTICATED"), or null when it did not fail. `withApp` false: as it stood before an
 * application failure was found in its body (what a fold saw of it then). */
export function failureOutcome(
  record: RequestRecord,
  withApp = true,
): { label: string; status: number; app?: true } | null {
  const failure = withApp
    ? failureOf(record)
    : failureOf({
        status: record.status,
        errorField: record.errorField,
        pending: record.pending,
      });
  if (failure === null) return null;
  const annotation = annotateRecord(record);
  // A response that began and then failed (cut short, or refused to the page: CORS).
  if (failure === 'cut-off') {
    return { label: `${annotation.label}, then failed`, status: record.status };
  }
  // Behind a success status: the application's own code says what failed.
  if (failure === 'app' && record.app) {
    return {
      label: `${annotation.label}, ${appLabel(record.app)}`,
      status: record.status,
      app: true,
    };
  }
  const label = annotation.blocked ? `${annotation.label}, blocked` : annotation.label;
  return { label, status: record.status };
}

/** The group a failed record falls in: its endpoint and outcome; null when it did not fail. */
export function groupKeyOf(record: RequestRecord): string | null {
  const outcome = failureOutcome(record);
  return outcome ? `${endpointOf(record).key} → ${outcome.label}` : null;
}

interface GroupState {
  /** Given out by `result`, brought up to date there (one object per group, not per call). */
  group: FailureGroup;
  /** The group's records, oldest first, from `head` on (the oldest leave first). */
  records: RequestRecord[];
  head: number;
}

/** Where `record` goes among `records` (from `head` on, ordered by id): at the end, unless a
 * body read late marked it after newer records of its group were counted. */
function insertionPoint(records: readonly RequestRecord[], head: number, record: RequestRecord) {
  let low = head;
  let high = records.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((records[middle] as RequestRecord).id < record.id) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The failures grouped by endpoint and outcome; an outcome always comes from one status. */
function failureFold(): Fold<Summary> {
  const groups = new Map<string, GroupState>();
  // Records counted with their application failure (found before they were added): the others
  // are counted, and taken away, as they stood without it.
  const sawApp = new WeakSet<RequestRecord>();
  let failed = 0;
  let app = 0;
  const fold: Fold<Summary> = {
    add(record) {
      if (record.app) sawApp.add(record);
      const outcome = failureOutcome(record);
      if (!outcome) return;
      failed += 1;
      if (outcome.app) app += 1;
      const endpoint = endpointOf(record);
      const key = `${endpoint.key} → ${outcome.label}`;
      const state = groups.get(key);
      if (state) {
        const last = state.records[state.records.length - 1] as RequestRecord;
        if (last.id < record.id) state.records.push(record);
        else state.records.splice(insertionPoint(state.records, state.head, record), 0, record);
      } else {
        groups.set(key, {
          group: {
            key,
            label: `${endpoint.method} ${endpoint.route} → ${outcome.label}`,
            method: endpoint.method,
            host: endpoint.host,
            route: endpoint.route,
            outcome: outcome.label,
            status: outcome.status,
            count: 1,
            firstMs: record.startedMs,
            lastMs: record.startedMs,
            latest: record,
          },
          records: [record],
          head: 0,
        });
      }
    },
    remove(record) {
      const outcome = failureOutcome(record, sawApp.has(record));
      const state = outcome && groups.get(`${endpointOf(record).key} → ${outcome.label}`);
      if (!state) return;
      failed -= 1;
      if (outcome.app) app -= 1;
      // Records leave oldest first; anything else is looked for.
      if (state.records[state.head] === record) state.head += 1;
      else {
        const at = state.records.indexOf(record, state.head);
        if (at >= 0) state.records.splice(at, 1);
      }
      if (state.head >= state.records.length) groups.delete(state.group.key);
      else if (state.head >= 1024 && state.head * 2 >= state.records.length) {
        state.records = state.records.slice(state.head);
        state.head = 0;
      }
    },
    update(record) {
      if (!record.app || sawApp.has(record)) return;
      fold.remove(record);
      fold.add(record);
    },
    result(total) {
      const sorted: FailureGroup[] = [];
      for (const { group, records, head } of groups.values()) {
        const latest = records[records.length - 1] as RequestRecord;
        group.count = records.length - head;
        group.firstMs = (records[head] as RequestRecord).startedMs;
        group.lastMs = latest.startedMs;
        group.latest = latest;
        sorted.push(group);
      }
      sorted.sort(
        (a, b) =>
          b.count - a.count ||
          a.status - b.status ||
          (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
      );
      return { total, failed, app, groups: sorted };
    },
  };
  return fold;
}

/** A summarizer of its own (each keeps the last list it was given, to follow the next). */
export const createSummarizer = (): ((records: readonly RequestRecord[]) => Summary) =>
  incremental(failureFold);

/** How many requests, how many failed, and the failed ones grouped by endpoint and outcome. */
export const summarize = createSummarizer();

const plural = (count: number, word: string) =>
  `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`;

/** "12 requests, 3 failed: 2× 404 Not Found, 1× 500 Internal Server Error". */
export function summaryText(summary: Summary, maxGroups = 4): string {
  const head = plural(summary.total, 'request');
  if (summary.failed === 0) return `${head}, none failed`;
  const shown = summary.groups
    .slice(0, maxGroups)
    .map((group) => `${group.count.toLocaleString('en-US')}× ${group.label}`);
  const rest = summary.groups.length - maxGroups;
  if (rest > 0) shown.push(`${rest} more`);
  return `${head}, ${summary.failed.toLocaleString('en-US')} failed: ${shown.join(', ')}`;
}

/**
 * What the list's status line says of the count, at a calm pace: "31 requests, 15 failed", and
 * "…, 2 shown" when a filter is on.
 */
export function countText(summary: Summary, shown: number | null): string {
  const head = plural(summary.total, 'request');
  const app = summary.app > 0 ? ` (${summary.app.toLocaleString('en-US')} in the application)` : '';
  const failed =
    summary.failed === 0 ? 'none failed' : `${summary.failed.toLocaleString('en-US')} failed${app}`;
  return shown === null
    ? `${head}, ${failed}`
    : `${head}, ${failed}, ${shown.toLocaleString('en-US')} shown`;
}
