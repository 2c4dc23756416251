/** The popup's keyboard map, as a pure function so that it is tested without a browser. */
import { latinLetter } from './key-letter';

export type PopupAction =
  | 'next'
  | 'previous'
  | 'open'
  | 'copy-label'
  | 'copy-markdown'
  | 'clear'
  | 'back'
  | 'close';

export interface KeyLike {
  key: string;
  /** The physical key ("KeyC"): the letter keys work on any layout (see latinLetter). */
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export interface PopupKeyState {
  view: 'list' | 'entry';
  query: string;
  /** Text is selected in the search field: Ctrl+C then copies that text, as usual. */
  hasSelection: boolean;
}

export function popupKeyAction(event: KeyLike, state: PopupKeyState): PopupAction | null {
  const command = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
  const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
  const key = event.key;
  // Letters as latinLetter reads them: Caps Lock's "C" is c, and so is "с" on the C key of a
  // Russian layout (where the browser's own Ctrl+C still copies).
  const letter = latinLetter(event);
  if (command && letter === 'c' && !state.hasSelection) {
    return 'copy-label';
  }
  if (state.view === 'list') {
    if (!plain) return null;
    if (key === 'ArrowDown') return 'next';
    if (key === 'ArrowUp') return 'previous';
    if (key === 'Enter') return 'open';
    if (key === 'Escape') return state.query ? 'clear' : 'close';
    return null;
  }
  if (!plain) return null;
  if (key === 'Escape') return 'back';
  if (state.view === 'entry' && !event.shiftKey) {
    if (letter === 'c') return 'copy-label';
    if (letter === 'm') return 'copy-markdown';
  }
  return null;
}
