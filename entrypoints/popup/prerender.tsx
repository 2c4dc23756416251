import { renderToString } from 'preact-render-to-string';
import { popupView } from './view';

/** The popup's first screen as HTML, for the build to put in popup.html: the list paints as soon
 * as the page is parsed, and the script then makes it live (hydrate, in live.tsx). Buttons do
 * nothing until then. Only our own reference data goes in; nothing from a page or a file. */
export function prerenderPopup(): string {
  return renderToString(popupView({ copyText: async () => false, closePopup: () => {} }));
}
