/**
 * The summary line: how many requests, how many failed, and the failed ones grouped by label
 * ("3 failed: 2× 404 Not Found, 1× 500 Internal Server Error").
 */
import type { RequestRecord } from '../har/record';
import { annotate } from './annotate';

export interface FailureGroup {
  label: string;
  count: number;
  /** The lowest status in the group, for a stable order. */
  status: number;
}

export interface Summary {
  total: number;
  failed: number;
  groups: FailureGroup[];
}

export function summarize(records: readonly RequestRecord[]): Summary {
  const groups = new Map<string, FailureGroup>();
  let failed = 0;
  for (const record of records) {
    const annotation = annotate(record.status, record.error);
    if (!annotation.failed) continue;
    failed += 1;
    const label = annotation.blocked ? `${annotation.label}, blocked` : annotation.label;
    const group = groups.get(label);
    if (group) group.count += 1;
    else groups.set(label, { label, count: 1, status: record.status });
  }
  const sorted = [...groups.values()].sort(
    (a, b) => b.count - a.count || a.status - b.status || a.label.localeCompare(b.label),
  );
  return { total: records.length, failed, groups: sorted };
}

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
