/**
 * Where the focus goes when what held it goes away: the detail pane closes because its request
 * is gone (a new page cleared the list, Clear, the store dropped it), the list gives way to the
 * empty state or to "No request matches these filters.", or the other way round. The browser
 * would leave the focus on the page's body, where a keyboard or screen reader user is lost; it
 * goes to the list instead, or to what stands in its place, and a polite message says so.
 */

/** What the view shows, as far as the focus is concerned. */
export interface FocusShape {
  /** The detail pane is open. */
  pane: boolean;
  /** The list shows rows. */
  list: boolean;
  /** There are requests, but the filters hide them all: "No request matches these filters." */
  noMatch: boolean;
  /** There is no request at all: the empty state. */
  empty: boolean;
  /** A request is selected. */
  selected: boolean;
}

/** Where the focus was just before the view changed, and where it is now. */
export interface FocusPlace {
  /** The focus was in the view (the list, the pane, the filters, the empty state). */
  wasInView: boolean;
  /** The focus is now nowhere, or on the body, in a page that has the focus. */
  lost: boolean;
}

export type FocusTarget = 'list' | 'no-match' | 'empty';

export interface FocusMove {
  target: FocusTarget;
  /** What the polite live region says. */
  message: string;
}

const PLACES: Record<FocusTarget, { alone: string; after: string }> = {
  list: { alone: 'Focus is on the list.', after: 'focus is on the list.' },
  'no-match': {
    alone: 'No request matches these filters.',
    after: 'no request matches these filters.',
  },
  empty: { alone: 'The list is empty.', after: 'the list is empty.' },
};

/**
 * The move to make after the view went from `before` to `after`: null unless something went
 * away (the pane, the list, the message or the empty state in its place) and took the focus
 * with it. The focus typed into the filter box, or moved to DevTools' console, stays there.
 */
export function focusFallback(
  before: FocusShape,
  after: FocusShape,
  focus: FocusPlace,
): FocusMove | null {
  const wentAway =
    (before.pane && !after.pane) ||
    (before.list && !after.list) ||
    (before.noMatch && !after.noMatch) ||
    (before.empty && !after.empty);
  if (!wentAway || !focus.wasInView || !focus.lost) return null;
  const target: FocusTarget = after.list ? 'list' : after.noMatch ? 'no-match' : 'empty';
  const place = PLACES[target];
  const gone = before.selected && !after.selected;
  return {
    target,
    message: gone ? `The selected request is gone; ${place.after}` : place.alone,
  };
}
