import { useRef, useState } from 'preact/hooks';
import { EntryDetail } from '../../components/popup/EntryDetail';
import { SearchPane } from '../../components/popup/SearchPane';
import { useSearch } from '../../components/popup/use-search';
import { LiveMessage } from '../../components/shared/LiveMessage';
import type { StatusEntry } from '../../data/types';
import { primaryEntry } from '../../utils/lookup';
import { popupKeyAction } from '../../utils/popup-keys';
import { copyLabel, copyMarkdown } from '../../utils/reference-copy';
import type { Searcher } from '../../utils/search';
import { FIRST_SCREEN_ROWS } from './first-screen';

interface Props {
  entries: readonly StatusEntry[];
  searcher: Searcher;
  copyText: (text: string) => Promise<boolean>;
  closePopup: () => void;
}

type View = { kind: 'list' } | { kind: 'entry'; entry: StatusEntry };

const LIST_ID = 'results';

export function App({ entries, searcher, copyText, closePopup }: Props) {
  const search = useSearch(searcher);
  const [view, setView] = useState<View>({ kind: 'list' });
  const [message, setMessage] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  const copy = async (text: string, what: string) => {
    const ok = await copyText(text);
    setMessage(
      ok ? `Copied ${what}: ${text.split('\n')[0]}` : 'Copy failed: the browser refused it',
    );
  };
  const open = (entry: StatusEntry) => setView({ kind: 'entry', entry });
  const openCode = (code: number) => {
    const entry = primaryEntry(code);
    if (entry) open(entry);
  };
  const backToList = () => {
    setView({ kind: 'list' });
    queueMicrotask(() => inputRef.current?.focus());
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const selection = inputRef.current;
    const action = popupKeyAction(event, {
      view: view.kind,
      query: search.query,
      hasSelection: !!selection && selection.selectionStart !== selection.selectionEnd,
    });
    if (!action) return;
    event.preventDefault();
    const current = view.kind === 'entry' ? view.entry : search.activeEntry;
    switch (action) {
      case 'next':
        return search.next();
      case 'previous':
        return search.previous();
      case 'open':
        return current && open(current);
      case 'copy-label':
        return current && copy(copyLabel(current), 'label');
      case 'copy-markdown':
        return current && copy(copyMarkdown(current), 'Markdown');
      case 'clear':
        return search.setQuery('');
      case 'back':
        return backToList();
      case 'close':
        return closePopup();
    }
  };

  return (
    <main class="popup" onKeyDown={view.kind === 'list' ? undefined : onKeyDown}>
      <header class="top">
        <h1>HTTP Status Lens</h1>
        <nav class="top-links" aria-label="More">
          <a href="har.html" target="_blank" rel="noopener">
            Open a HAR file
          </a>
          {/* The questions read better at a page's width: on the reference page, in a tab. */}
          <a href="reference.html#faq" target="_blank" rel="noopener">
            FAQ
          </a>
        </nav>
      </header>
      {view.kind === 'list' && (
        <>
          <SearchPane
            search={search}
            total={entries.length}
            listId={LIST_ID}
            inputRef={inputRef}
            hint={
              <>
                <kbd>↑</kbd>
                <kbd>↓</kbd> move · <kbd>Enter</kbd> open · <kbd>Ctrl</kbd>+<kbd>C</kbd> copy label
              </>
            }
            firstRows={FIRST_SCREEN_ROWS}
            onKeyDown={onKeyDown}
            onOpen={open}
          />
          <p class="footnote">
            Chips count entries (499 nginx and 499 ArcGIS are two); gRPC and WebSocket codes count
            in All only.
          </p>
        </>
      )}
      {view.kind === 'entry' && (
        <EntryDetail
          entry={view.entry}
          onBack={backToList}
          onOpenCode={openCode}
          onCopyLabel={() => copy(copyLabel(view.entry), 'label')}
          onCopyMarkdown={() => copy(copyMarkdown(view.entry), 'Markdown')}
        />
      )}
      <LiveMessage text={message} />
    </main>
  );
}
