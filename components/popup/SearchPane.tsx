import type { ComponentChildren, RefObject } from 'preact';
import type { StatusEntry } from '../../data/types';
import { describeStatus } from '../../utils/lookup';
import { ClassChips } from './ClassChips';
import { NoResults } from './NoResults';
import { optionId, ResultList } from './ResultList';
import { SearchBox } from './SearchBox';
import type { SearchState } from './use-search';

interface Props {
  search: SearchState;
  /** How many entries the reference holds ("Showing 25 of 135 codes"). */
  total: number;
  listId: string;
  inputRef: RefObject<HTMLInputElement | null>;
  /** The keys that work here, after the count. */
  hint: ComponentChildren;
  /** Rows drawn at once when the results change (ResultList). */
  firstRows: number;
  onKeyDown: (event: KeyboardEvent) => void;
  onOpen: (entry: StatusEntry) => void;
}

/** The search field, the class chips, the count and the results (or what the query is, when
 * nothing matches): the popup's and the reference page's. */
export function SearchPane({
  search,
  total,
  listId,
  inputRef,
  hint,
  firstRows,
  onKeyDown,
  onOpen,
}: Props) {
  const { results, activeEntry } = search;
  return (
    <>
      <SearchBox
        value={search.query}
        listId={listId}
        activeId={activeEntry && optionId(activeEntry)}
        expanded={results.length > 0}
        inputRef={inputRef}
        onInput={search.setQuery}
        onKeyDown={onKeyDown}
      />
      <ClassChips
        selected={search.filter}
        counts={search.counts}
        onSelect={(chip) => {
          search.setFilter(chip);
          inputRef.current?.focus();
        }}
      />
      <p class="summary">
        <span class="count">
          Showing {results.length} of {total} codes
        </span>
        <span class="hint">{hint}</span>
      </p>
      {results.length > 0 ? (
        <ResultList
          id={listId}
          results={results}
          firstRows={firstRows}
          activeIndex={search.active}
          onOpen={onOpen}
          onHover={search.setActive}
        />
      ) : (
        <NoResults query={search.query} answer={describeStatus(search.query)} />
      )}
    </>
  );
}
