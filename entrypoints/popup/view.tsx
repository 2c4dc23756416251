import { everyEntry } from '../../data/reference';
import { createSearcher, type Searcher } from '../../utils/search';
import { App } from './App';

export interface PopupIO {
  copyText(text: string): Promise<boolean>;
  closePopup(): void;
}

/** The popup as it opens: the whole reference, no query. Its first screen is rendered to HTML
 * when the extension is built (modules/prerender-popup.ts) and hydrated when the popup opens. */
export function popupView(io: PopupIO, searcher: Searcher = createSearcher(everyEntry)) {
  return (
    <App
      entries={everyEntry}
      searcher={searcher}
      copyText={io.copyText}
      closePopup={io.closePopup}
    />
  );
}
