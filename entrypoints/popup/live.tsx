import { hydrate } from 'preact';
import { reference } from '../../data/reference';
import { createClipboard } from '../../utils/clipboard';
import { createSearcher } from '../../utils/search';
import { LIVE_MARK } from './live-mark';
import { popupView } from './view';

const clipboard = createClipboard(document, navigator.clipboard);
const root = document.getElementById('app') as HTMLElement;
const searcher = createSearcher(reference);

// Hydrating keeps the prerendered screen and attaches the behaviour; the page says when it is
// live (tests wait for the attribute, the benchmark reads the mark; people see no difference).
hydrate(
  popupView(
    {
      copyText: (text) => clipboard.write(text),
      closePopup: () => window.close(),
    },
    searcher,
  ),
  root,
);
root.dataset.live = 'true';
performance.mark(LIVE_MARK);
// The word search's index, built while nothing else happens rather than on the first word typed.
requestIdleCallback(() => searcher.prepare(), { timeout: 500 });
