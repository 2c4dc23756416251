import { render } from 'preact';
import { faq } from '../../data/faq';
import { reference } from '../../data/reference';
import { createSearcher } from '../../utils/search';
import { App } from './App';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

render(
  <App
    entries={reference}
    searcher={createSearcher(reference)}
    faq={faq}
    copyText={copyText}
    closePopup={() => window.close()}
  />,
  document.getElementById('app') as HTMLElement,
);
