import { reference } from '../../../data/reference';
import { idOf } from '../../../utils/lookup';
import { createSearcher } from '../../../utils/search';
import type { SearchRow } from './table';

export const searcher = createSearcher(reference);

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
