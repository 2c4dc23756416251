import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ClassChips, type ClassFilter } from '../../components/popup/ClassChips';
import { NoResults } from '../../components/popup/NoResults';
import { optionId, ResultList } from '../../components/popup/ResultList';
import { SearchBox } from '../../components/popup/SearchBox';
import { EntrySection } from '../../components/reference/EntrySection';
import { FaqSection } from '../../components/reference/FaqSection';
import { LiveMessage } from '../../components/shared/LiveMessage';
import type { FaqItem, StatusEntry } from '../../data/types';
import { anchorOf } from '../../utils/entry-anchor';
import { countByClass, describeStatus, entriesInClass, idOf } from '../../utils/lookup';
import { popupKeyAction } from '../../utils/popup-keys';
import { copyLabel } from '../../utils/reference-copy';
import type { Searcher } from '../../utils/search';

interface Props {
  entries: readonly StatusEntry[];
  searcher: Searcher;
  faq: readonly FaqItem[];
  /** The query the page was opened with (the address bar keyword's `?q=`). */
  initialQuery: string;
  /** Goes to an entry's (or the FAQ's) address on this page. */
  onGo: (id: string) => void;
  copyText: (text: string) => Promise<boolean>;
  /** Called once the page is on screen and its search field has taken the focus: the entry the
   * address names is shown after that (its heading takes the focus). */
  onReady: () => void;
}

const LIST_ID = 'results';
/** Rows drawn at once when the results change (the rest once those are painted). */
const FIRST_ROWS = 20;

/** The whole reference in a tab: the popup's search, chips and keys beside every entry in full. */
export function App({ entries, searcher, faq, initialQuery, onGo, copyText, onReady }: Props) {
  const [query, setQuery] = useState(initialQuery);
  const [filter, setFilter] = useState<ClassFilter>('all');
  const [active, setActive] = useState(0);
  const [message, setMessage] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  // A parent's effects run after its children's: SearchBox has focused its field by now.
  useEffect(() => onReady(), []);

  const matches = useMemo(() => searcher.search(query), [searcher, query]);
  const counts = useMemo(() => countByClass(matches), [matches]);
  const results = useMemo(() => entriesInClass(matches, filter), [matches, filter]);
  const activeEntry = results[Math.min(active, results.length - 1)];

  const copy = async (entry: StatusEntry) => {
    const text = copyLabel(entry);
    const ok = await copyText(text);
    setMessage(ok ? `Copied label: ${text}` : 'Copy failed: the browser refused it');
  };
  const open = (entry: StatusEntry) => onGo(anchorOf(entry));

  const onSearchKey = (event: KeyboardEvent) => {
    const field = inputRef.current;
    const action = popupKeyAction(event, {
      view: 'list',
      query,
      hasSelection: !!field && field.selectionStart !== field.selectionEnd,
    });
    // Esc with nothing typed closes the popup; a page in a tab stays open.
    if (!action || action === 'close') return;
    event.preventDefault();
    switch (action) {
      case 'next':
        return setActive((i) => Math.min(i + 1, results.length - 1));
      case 'previous':
        return setActive((i) => Math.max(i - 1, 0));
      case 'open':
        return activeEntry && open(activeEntry);
      case 'copy-label':
        return activeEntry && copy(activeEntry);
      case 'clear':
        setActive(0);
        return setQuery('');
    }
  };
  // Esc from anywhere in the reference goes back to the search, as it does from an entry in the
  // popup.
  const onReferenceKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    inputRef.current?.focus();
  };

  return (
    <div class="page">
      <aside class="side" aria-label="Search the reference">
        <header class="top">
          <h1>HTTP status codes</h1>
          <nav class="top-links" aria-label="More">
            <a href="#faq">FAQ</a>
            <a href="har.html" target="_blank" rel="noopener">
              Open a HAR file
            </a>
          </nav>
        </header>
        <SearchBox
          value={query}
          listId={LIST_ID}
          activeId={activeEntry && optionId(activeEntry)}
          expanded={results.length > 0}
          inputRef={inputRef}
          onInput={(value) => {
            setQuery(value);
            setActive(0);
          }}
          onKeyDown={onSearchKey}
        />
        <ClassChips
          selected={filter}
          counts={counts}
          onSelect={(chip) => {
            setFilter(chip);
            setActive(0);
            inputRef.current?.focus();
          }}
        />
        <p class="summary">
          <span class="count">
            Showing {results.length} of {entries.length} codes
          </span>
          <span class="hint">
            <kbd>↑</kbd>
            <kbd>↓</kbd> move · <kbd>Enter</kbd> go to · <kbd>Esc</kbd> back to the search
          </span>
        </p>
        {results.length > 0 ? (
          <ResultList
            id={LIST_ID}
            results={results}
            firstRows={FIRST_ROWS}
            activeIndex={active}
            onOpen={open}
            onHover={setActive}
          />
        ) : (
          <NoResults query={query} answer={describeStatus(query)} />
        )}
        <LiveMessage text={message} />
      </aside>
      <main class="reference" onKeyDown={onReferenceKey}>
        {entries.map((entry) => (
          <EntrySection key={idOf(entry)} entry={entry} />
        ))}
        <FaqSection items={faq} />
      </main>
    </div>
  );
}
