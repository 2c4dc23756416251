import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { everyEntry } from '../../data/reference';
import {
  type DescriptionFormat,
  defaultSuggestion,
  omniboxSuggestions,
  omniboxTarget,
  openTab,
} from '../../utils/omnibox';
import { createSearcher, type Searcher } from '../../utils/search';
import { SUGGESTED_MARK } from './suggested-mark';

/**
 * The address bar keyword, and nothing else: a service worker in Chrome, an event page in
 * Firefox. It keeps no state of its own: the search is built from the reference it bundles the
 * first time a query is typed after it starts, so stopping it loses nothing.
 */
export default defineBackground(() => {
  const format: DescriptionFormat = import.meta.env.FIREFOX ? 'plain' : 'xml';
  let searcher: Searcher | undefined;
  void browser.omnibox.setDefaultSuggestion({ description: defaultSuggestion(format) });

  browser.omnibox.onInputChanged.addListener((text, suggest) => {
    searcher ??= createSearcher(everyEntry);
    suggest(omniboxSuggestions(text, searcher, format));
    // The benchmark reads when the first suggestions were built after the worker started.
    if (performance.getEntriesByName(SUGGESTED_MARK).length === 0) {
      performance.mark(SUGGESTED_MARK);
    }
  });

  browser.omnibox.onInputEntered.addListener((text, disposition) => {
    const tab = openTab(browser.runtime.getURL(`/${omniboxTarget(text)}`), disposition);
    if (tab.kind === 'update') void browser.tabs.update({ url: tab.url });
    else void browser.tabs.create({ url: tab.url, active: tab.active });
  });
});
