import { render } from 'preact';
import { faq } from '../../data/faq';
import { reference } from '../../data/reference';
import { createClipboard } from '../../utils/clipboard';
import { createSearcher } from '../../utils/search';
import { App } from './App';

const clipboard = createClipboard(document, navigator.clipboard);

render(
  <App
    entries={reference}
    searcher={createSearcher(reference)}
    faq={faq}
    copyText={(text) => clipboard.write(text)}
    closePopup={() => window.close()}
  />,
  document.getElementById('app') as HTMLElement,
);
