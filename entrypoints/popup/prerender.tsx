import { renderToString } from 'preact-render-to-string';
import { popupView } from './view';

/** The popup's first screen as HTML, for the build to put in popup.html: the rows that fit paint as
 * soon as the page is parsed (a list draws a screen's worth at first: ResultList), and the script
 * then makes it live (hydrate, in live.tsx), and the list draws more once that is painted. Buttons do nothing until then. Only our own reference data goes in; nothing from a
 * page or a file. */
export function prerenderPopup(): string {
  return renderToString(popupView({ copyText: async () => false, closePopup: () => {} }));
}
