import { render } from 'preact';
import { faq } from '../../data/faq';
import { everyEntry } from '../../data/reference';
import { createClipboard } from '../../utils/clipboard';
import { createSearcher } from '../../utils/search';
import { App } from './App';
import { createAnchors } from './anchors';
import './style.css';

const anchors = createAnchors(window);
const clipboard = createClipboard(document, navigator.clipboard);
render(
  <App
    entries={everyEntry}
    searcher={createSearcher(everyEntry)}
    faq={faq}
    initialQuery={anchors.initialQuery()}
    onGo={anchors.go}
    copyText={(text) => clipboard.write(text)}
    onReady={() => {
      anchors.follow();
      document.documentElement.dataset.ready = 'true';
    }}
  />,
  document.getElementById('app') as HTMLElement,
);
