// The virtual list's window: the rows in view always come first, so that a view of up to 100
// rows is never left partly blank by the overscan, and a taller one still shows the newest
// request when the list is at its end.
import { describe, expect, it } from 'vitest';
import { MAX_ROWS_IN_DOM, windowOf } from '../../../utils/requests/virtual';

const ROW = 28;
const count = 50_000;

describe('the window of the virtual list', () => {
  it('covers a view of 97 rows whole, overscan cut to fit the cap', () => {
    const scrollTop = ROW * 20_000;
    const { start, end } = windowOf({ scrollTop, viewportHeight: 97 * ROW, rowHeight: ROW, count });
    expect(start).toBeLessThanOrEqual(20_000);
    expect(end).toBeGreaterThanOrEqual(20_000 + 97);
    expect(end - start).toBeLessThanOrEqual(MAX_ROWS_IN_DOM);
  });

  it('shows the newest rows of a view taller than the cap at the end of the list', () => {
    const viewportHeight = 4000;
    const scrollTop = count * ROW - viewportHeight;
    expect(windowOf({ scrollTop, viewportHeight, rowHeight: ROW, count })).toEqual({
      start: count - MAX_ROWS_IN_DOM,
      end: count,
    });
  });

  it('shows the top of a view taller than the cap elsewhere', () => {
    const window = windowOf({ scrollTop: ROW * 100, viewportHeight: 4000, rowHeight: ROW, count });
    expect(window).toEqual({ start: 100, end: 100 + MAX_ROWS_IN_DOM });
  });

  it('overscans on both sides of an ordinary view, and only inside the list', () => {
    expect(windowOf({ scrollTop: ROW * 1000, viewportHeight: 560, rowHeight: ROW, count })).toEqual(
      { start: 992, end: 1029 },
    );
    expect(windowOf({ scrollTop: 0, viewportHeight: 560, rowHeight: ROW, count })).toEqual({
      start: 0,
      end: 37,
    });
    expect(windowOf({ scrollTop: 0, viewportHeight: 560, rowHeight: ROW, count: 5 })).toEqual({
      start: 0,
      end: 5,
    });
  });
});
