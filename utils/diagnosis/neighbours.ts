/**
 * Finding an entry's neighbours in the list around it. Scans are limited to a window on each
 * side, so diagnosing every row of a long list stays linear in practice.
 */
import type { Entry } from 'har-format';

/** How many entries on each side the rules look at. */
export const NEIGHBOUR_WINDOW = 200;

/** The entry's index in `entries`: by identity, else by start time, URL and method. */
export function indexIn(entries: readonly Entry[], entry: Entry): number {
  const direct = entries.indexOf(entry);
  if (direct >= 0) return direct;
  return entries.findIndex(
    (other) =>
      other?.startedDateTime === entry.startedDateTime &&
      other.request?.url === entry.request?.url &&
      other.request?.method === entry.request?.method,
  );
}

/** The nearest entry before `index` that satisfies `test`. */
export function findBefore(
  entries: readonly Entry[],
  index: number,
  test: (entry: Entry) => boolean,
): number {
  for (let i = index - 1; i >= 0 && i >= index - NEIGHBOUR_WINDOW; i--) {
    const other = entries[i];
    if (other && test(other)) return i;
  }
  return -1;
}

/** The nearest entry after `index` that satisfies `test`. */
export function findAfter(
  entries: readonly Entry[],
  index: number,
  test: (entry: Entry) => boolean,
): number {
  for (let i = index + 1; i < entries.length && i <= index + NEIGHBOUR_WINDOW; i++) {
    const other = entries[i];
    if (other && test(other)) return i;
  }
  return -1;
}
