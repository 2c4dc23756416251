import { useEffect, useRef, useState } from 'preact/hooks';
import { SearchPane } from '../../components/popup/SearchPane';
import { useSearch } from '../../components/popup/use-search';
import { EntrySection } from '../../components/reference/EntrySection';
import { FaqSection } from '../../components/reference/FaqSection';
import { LiveMessage } from '../../components/shared/LiveMessage';
import type { FaqItem, StatusEntry } from '../../data/types';
import { anchorOf } from '../../utils/entry-anchor';
import { idOf } from '../../utils/lookup';
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
  const search = useSearch(searcher, initialQuery);
  const { activeEntry } = search;
  const [message, setMessage] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  // A parent's effects run after its children's: SearchBox has focused its field by now.
  useEffect(() => onReady(), []);

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
      query: search.query,
      hasSelection: !!field && field.selectionStart !== field.selectionEnd,
    });
    // Esc with nothing typed closes the popup; a page in a tab stays open.
    if (!action || action === 'close') return;
    event.preventDefault();
    switch (action) {
      case 'next':
        return search.next();
      case 'previous':
        return search.previous();
      case 'open':
        return activeEntry && open(activeEntry);
      case 'copy-label':
        return activeEntry && copy(activeEntry);
      case 'clear':
        return search.setQuery('');
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
        <SearchPane
          search={search}
          total={entries.length}
          listId={LIST_ID}
          inputRef={inputRef}
          hint={
            <>
              <kbd>↑</kbd>
              <kbd>↓</kbd> move · <kbd>Enter</kbd> go to · <kbd>Esc</kbd> back to the search
            </>
          }
          firstRows={FIRST_ROWS}
          onKeyDown={onSearchKey}
          onOpen={open}
        />
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
