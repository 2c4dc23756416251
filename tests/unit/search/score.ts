import { everyEntry } from '../../../data/reference';
import { idOf } from '../../../utils/lookup';
import { createSearcher } from '../../../utils/search';
import type { SearchRow } from './table';

export const searcher = createSearcher(everyEntry);

/** Where a row's entry lands for its query (0-based), or -1 when absent. */
export function rankOf(row: SearchRow): number {
  return searcher.search(row.query).findIndex((entry) => idOf(entry) === row.id);
}

export function passes(row: SearchRow): boolean {
  const rank = rankOf(row);
  return rank >= 0 && rank < (row.rank === 'first' ? 1 : 3);
}

export function score(rows: SearchRow[]): { passed: number; total: number; failed: SearchRow[] } {
  const failed = rows.filter((row) => !passes(row));
  return { passed: rows.length - failed.length, total: rows.length, failed };
}

/** The ids of the first `n` results for a query. */
export function topIds(query: string, n = 3): string[] {
  return searcher.search(query).slice(0, n).map(idOf);
}

/** A row of the asked table passes when any of its entries is in the top three. */
export function passesAsked(row: { query: string; ids: string[] }): boolean {
  const top = topIds(row.query);
  return row.ids.some((id) => top.includes(id));
}
