import { describe, expect, it } from 'vitest';
import { type FocusShape, focusFallback } from '../../../utils/requests/focus-fallback';

const shape = (over: Partial<FocusShape> = {}): FocusShape => ({
  pane: false,
  list: true,
  noMatch: false,
  empty: false,
  selected: false,
  ...over,
});
const withPane = shape({ pane: true, selected: true });
const lostFromView = { wasInView: true, lost: true };

describe('focusFallback: where the focus goes when what held it goes away', () => {
  it('sends it to the list when the pane closes with its request gone', () => {
    expect(focusFallback(withPane, shape(), lostFromView)).toEqual({
      target: 'list',
      message: 'The selected request is gone; focus is on the list.',
    });
  });

  it('sends it to what stands in the list’s place when the list goes too', () => {
    expect(focusFallback(withPane, shape({ list: false, empty: true }), lostFromView)).toEqual({
      target: 'empty',
      message: 'The selected request is gone; the list is empty.',
    });
    expect(focusFallback(withPane, shape({ list: false, noMatch: true }), lostFromView)).toEqual({
      target: 'no-match',
      message: 'The selected request is gone; no request matches these filters.',
    });
    expect(
      focusFallback(shape(), shape({ list: false, noMatch: true }), lostFromView)?.message,
    ).toBe('No request matches these filters.');
    expect(focusFallback(shape(), shape({ list: false, empty: true }), lostFromView)).toEqual({
      target: 'empty',
      message: 'The list is empty.',
    });
  });

  it('sends it to the list when the list comes back in place of the empty state', () => {
    expect(focusFallback(shape({ list: false, empty: true }), shape(), lostFromView)).toEqual({
      target: 'list',
      message: 'Focus is on the list.',
    });
    expect(focusFallback(shape({ list: false, noMatch: true }), shape(), lostFromView)).toEqual({
      target: 'list',
      message: 'Focus is on the list.',
    });
  });

  it('leaves the focus alone where it was not lost, or not lost from the view', () => {
    // Typing a filter: the focus is in the filter box, which stays.
    expect(focusFallback(withPane, shape(), { wasInView: true, lost: false })).toBeNull();
    // In DevTools' console, or already on the body before the change.
    expect(focusFallback(withPane, shape(), { wasInView: false, lost: true })).toBeNull();
    expect(
      focusFallback(shape(), shape({ list: false, empty: true }), { wasInView: false, lost: true }),
    ).toBeNull();
  });

  it('does nothing when nothing went away', () => {
    expect(focusFallback(shape(), shape(), lostFromView)).toBeNull();
    expect(focusFallback(withPane, withPane, lostFromView)).toBeNull();
    // A pane opening, a selection made: things came, none went.
    expect(focusFallback(shape(), withPane, lostFromView)).toBeNull();
  });
});
