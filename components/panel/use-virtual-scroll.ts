import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { type RowWindow, scrollToShow, windowOf } from '../../utils/requests/virtual';

interface Options {
  box: RefObject<HTMLDivElement | null>;
  count: number;
  rowHeight: number;
  /** Keep the newest row in view. */
  follow: boolean;
  /** The user scrolled away from the end (false) or back to it (true). */
  onFollowChange(follow: boolean): void;
}

/** Before the first measurement. */
const DEFAULT_VIEWPORT = 600;

/**
 * The scroll side of the virtual list: which rows to render, following the newest, and
 * scrolling a row into view. Scrolling done here never turns following on or off.
 *
 * It reads no layout while rendering: the view's height comes from a ResizeObserver, the list's
 * height is rows × row height, and the scroll position is the one it set or the scroll event
 * reported. (Reading them on every render forced a layout each time, which was most of the cost
 * of a burst of requests.) Writing scrollTop to follow the newest row is the one layout left.
 */
export function useVirtualScroll({ box, count, rowHeight, follow, onFollowChange }: Options) {
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(DEFAULT_VIEWPORT);
  // Where the box is scrolled, as last set or reported, without asking it.
  const position = useRef(0);
  const ownScroll = useRef(false);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setViewport(element.clientHeight || DEFAULT_VIEWPORT);
    // Once when the list appears, then on resizes: layout is up to date in a ResizeObserver
    // callback, so reading it there costs nothing extra.
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [box]);

  const maxScroll = Math.max(0, count * rowHeight - viewport);

  function scrollTo(top: number): void {
    const element = box.current;
    if (!element) return;
    const target = Math.round(Math.min(maxScroll, Math.max(0, top)));
    if (target === position.current) return;
    position.current = target;
    ownScroll.current = true;
    element.scrollTop = target;
    setScrollTop(target);
  }

  useLayoutEffect(() => {
    if (follow) scrollTo(maxScroll);
  }, [follow, maxScroll]);

  // Following, the rows drawn are those at the end, where the layout effect above is about to
  // scroll: drawn first where the list was, they would be made (and diagnosed) for nothing, then
  // replaced in the same frame.
  const visible: RowWindow = windowOf({
    scrollTop: follow ? maxScroll : scrollTop,
    viewportHeight: viewport,
    rowHeight,
    count,
  });
  return {
    visible,
    /** Rows that fit in view, for Page Up / Page Down. */
    pageSize: () => Math.max(1, Math.floor(viewport / rowHeight) - 1),
    show(index: number): void {
      scrollTo(scrollToShow(index, position.current, viewport, rowHeight));
    },
    onScroll(): void {
      // The scroll this hook made: its position is known, and asking the box for it would lay
      // out the page again if rows changed since.
      if (ownScroll.current) {
        ownScroll.current = false;
        return;
      }
      const element = box.current;
      if (!element) return;
      const top = element.scrollTop;
      position.current = top;
      setScrollTop(top);
      const atBottom = top >= maxScroll - 2;
      if (atBottom !== follow) onFollowChange(atBottom);
    },
  };
}
