/**
 * The window of a virtual list: which rows to put in the DOM for a scroll position. At most
 * `maxRows` rows, whatever the list's length, so 50,000 requests stay smooth.
 */
export interface WindowInput {
  scrollTop: number;
  viewportHeight: number;
  rowHeight: number;
  count: number;
  overscan?: number;
  maxRows?: number;
}

export interface RowWindow {
  /** First row in the DOM (inclusive) and last (exclusive). */
  start: number;
  end: number;
}

export const MAX_ROWS_IN_DOM = 100;

/**
 * The rows in view come first, then `overscan` rows on each side (twice that below at the top of
 * the list), within `maxRows`. A view
 * taller than `maxRows` rows (a panel over 2,800 px high) shows the top `maxRows` of it, or its
 * bottom ones at the end of the list, where a list that follows the newest request looks.
 */
export function windowOf(input: WindowInput): RowWindow {
  const { rowHeight, count } = input;
  const overscan = Math.max(0, input.overscan ?? 8);
  const maxRows = Math.max(1, input.maxRows ?? MAX_ROWS_IN_DOM);
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const viewport = Math.max(0, input.viewportHeight);
  const first = Math.min(count - 1, Math.floor(Math.max(0, input.scrollTop) / rowHeight));
  const visible = Math.min(count - first, Math.ceil(viewport / rowHeight) + 1);
  if (visible >= maxRows) {
    const start = first + visible >= count ? Math.max(0, count - maxRows) : first;
    return { start, end: Math.min(count, start + maxRows) };
  }
  const spare = maxRows - visible;
  const before = Math.min(overscan, first, Math.ceil(spare / 2));
  // Near the top, the overscan the rows above could not take goes below.
  const after = Math.min(2 * overscan - before, count - first - visible, spare - before);
  return { start: first - before, end: first + visible + after };
}

/** The scrollTop that shows row `index` fully, or the current one when it already does. */
export function scrollToShow(
  index: number,
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
): number {
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  const bottom = top + rowHeight;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
  return scrollTop;
}
