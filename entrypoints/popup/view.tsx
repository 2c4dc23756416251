import { faq } from '../../data/faq';
import { reference } from '../../data/reference';
import { createSearcher, type Searcher } from '../../utils/search';
import { App } from './App';

export interface PopupIO {
  copyText(text: string): Promise<boolean>;
  closePopup(): void;
}

/** The popup as it opens: the whole reference, no query. The same tree is rendered to HTML when
 * the extension is built (modules/prerender-popup.ts) and hydrated when the popup opens. */
export function popupView(io: PopupIO, searcher: Searcher = createSearcher(reference)) {
  return (
    <App
      entries={reference}
      searcher={searcher}
      faq={faq}
      copyText={io.copyText}
      closePopup={io.closePopup}
    />
  );
}
