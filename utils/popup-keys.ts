/** The popup's keyboard map, as a pure function so that it is tested without a browser. */
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
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export interface PopupKeyState {
  view: 'list' | 'entry' | 'faq';
  query: string;
  /** Text is selected in the search field: Ctrl+C then copies that text, as usual. */
  hasSelection: boolean;
}

export function popupKeyAction(event: KeyLike, state: PopupKeyState): PopupAction | null {
  const command = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
  const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
  const key = event.key;
  if (command && key.toLowerCase() === 'c' && !state.hasSelection && state.view !== 'faq') {
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
    if (key === 'c') return 'copy-label';
    if (key === 'm') return 'copy-markdown';
  }
  return null;
}
