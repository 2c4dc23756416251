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

export function windowOf(input: WindowInput): RowWindow {
  const { rowHeight, count } = input;
  const overscan = input.overscan ?? 8;
  const maxRows = input.maxRows ?? MAX_ROWS_IN_DOM;
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const viewport = Math.max(0, input.viewportHeight);
  const first = Math.floor(Math.max(0, input.scrollTop) / rowHeight);
  const visible = Math.ceil(viewport / rowHeight) + 1;
  const start = Math.max(0, Math.min(first - overscan, count - 1));
  const end = Math.min(count, start + Math.min(maxRows, visible + overscan * 2));
  return { start, end };
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
