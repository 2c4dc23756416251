/**
 * The summary line: how many requests, how many failed, and the failed ones grouped by label
 * ("3 failed: 2× 404 Not Found, 1× 500 Internal Server Error").
 */

import { appLabel } from '../app-failure/explain';
import type { RequestRecord } from '../har/record';
import { annotateRecord } from './annotate';
import { failureOf } from './failure';
import { continuationOf, rebuiltBetween } from './store';

export interface FailureGroup {
  label: string;
  count: number;
  /** The lowest status in the group, for a stable order. */
  status: number;
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
  result(total: number): T;
}

/**
 * How `next` continues `previous`: it lost the `dropped` oldest records of `previous` and gained
 * `added` new ones at its end. Known at once for two snapshots of one request store; else found
 * by comparing the lists (one pointer comparison per record). Null when it does not continue it.
 */
function continuation(
  previous: readonly RequestRecord[],
  next: readonly RequestRecord[],
): { dropped: number; added: number } | null {
  const known = continuationOf(previous, next);
  if (known) {
    const dropped = Math.min(known.dropped, previous.length);
    return { dropped, added: Math.min(known.added, next.length) };
  }
  if (previous.length === 0 || next.length === 0 || rebuiltBetween(previous, next)) return null;
  const start = previous.indexOf(next[0] as RequestRecord);
  if (start === -1) return null;
  const length = previous.length - start;
  if (next.length < length) return null;
  for (let i = 0; i < length; i++) if (next[i] !== previous[start + i]) return null;
  return { dropped: start, added: next.length - length };
}

/**
 * An aggregate of a list that reuses the previous call's work when the list continues the
 * previous one: its oldest records dropped, new ones appended. That is how the request store's
 * snapshots change while requests arrive, and the panel re-renders the aggregates on every
 * snapshot: the cost is then that of the change, not of the whole list, 50,000 times over. Any
 * other list is folded from scratch.
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
      for (let i = records.length - kept.added; i < records.length; i++) {
        fold.add(records[i] as RequestRecord);
      }
    }
    previous = records;
    return fold.result(records.length);
  };
}

function failureLabel(record: RequestRecord): { label: string; status: number; app?: true } | null {
  const failure = failureOf(record);
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

/** The failures grouped by label; a label always comes from one status. */
function failureFold(): Fold<Summary> {
  const groups = new Map<string, FailureGroup>();
  let failed = 0;
  let app = 0;
  return {
    add(record) {
      const failure = failureLabel(record);
      if (!failure) return;
      failed += 1;
      if (failure.app) app += 1;
      const group = groups.get(failure.label);
      if (group) group.count += 1;
      else groups.set(failure.label, { label: failure.label, status: failure.status, count: 1 });
    },
    remove(record) {
      const failure = failureLabel(record);
      const group = failure && groups.get(failure.label);
      if (!group) return;
      failed -= 1;
      if (failure.app) app -= 1;
      group.count -= 1;
      if (group.count === 0) groups.delete(group.label);
    },
    result(total) {
      const sorted = [...groups.values()]
        .map((group) => ({ ...group }))
        .sort((a, b) => b.count - a.count || a.status - b.status || a.label.localeCompare(b.label));
      return { total, failed, app, groups: sorted };
    },
  };
}

/** How many requests, how many failed, and the failed ones grouped by label. */
export const summarize: (records: readonly RequestRecord[]) => Summary = incremental(failureFold);

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
