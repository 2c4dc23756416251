import { useMemo, useState } from 'preact/hooks';
import type { StatusEntry } from '../../data/types';
import { countByClass, entriesInClass } from '../../utils/lookup';
import type { Searcher } from '../../utils/search';
import type { ClassFilter } from './ClassChips';

/** The search of the popup and of the reference page: what was typed, the class chip, the
 * results and the selected one. */
export interface SearchState {
  query: string;
  filter: ClassFilter;
  /** Counts per class over the matches (the chips' numbers). */
  counts: ReturnType<typeof countByClass>;
  results: StatusEntry[];
  active: number;
  activeEntry: StatusEntry | undefined;
  /** A new query or chip selects the first result again. */
  setQuery(query: string): void;
  setFilter(filter: ClassFilter): void;
  setActive(index: number): void;
  next(): void;
  previous(): void;
}

export function useSearch(searcher: Searcher, initialQuery = ''): SearchState {
  const [query, setQuery] = useState(initialQuery);
  const [filter, setFilter] = useState<ClassFilter>('all');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => searcher.search(query), [searcher, query]);
  const counts = useMemo(() => countByClass(matches), [matches]);
  const results = useMemo(() => entriesInClass(matches, filter), [matches, filter]);
  return {
    query,
    filter,
    counts,
    results,
    active,
    activeEntry: results[Math.min(active, results.length - 1)],
    setQuery(value) {
      setQuery(value);
      setActive(0);
    },
    setFilter(chip) {
      setFilter(chip);
      setActive(0);
    },
    setActive,
    next: () => setActive((i) => Math.min(i + 1, results.length - 1)),
    previous: () => setActive((i) => Math.max(i - 1, 0)),
  };
}
