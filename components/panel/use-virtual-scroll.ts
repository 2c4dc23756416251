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

/** The scroll side of the virtual list: which rows to render, following the newest, and
 * scrolling a row into view. Scrolling done here never turns following on or off. */
export function useVirtualScroll({ box, count, rowHeight, follow, onFollowChange }: Options) {
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);
  const ownScroll = useRef(false);

  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setViewport(element.clientHeight || 600));
    observer.observe(element);
    return () => observer.disconnect();
  }, [box]);

  function scrollTo(top: number): void {
    const element = box.current;
    if (!element) return;
    const before = element.scrollTop;
    element.scrollTop = top;
    if (element.scrollTop !== before) ownScroll.current = true;
    setScrollTop(element.scrollTop);
  }

  useLayoutEffect(() => {
    const element = box.current;
    if (element && follow) scrollTo(Math.max(0, count * rowHeight - element.clientHeight));
  }, [follow, count, rowHeight]);

  const viewportHeight = () => box.current?.clientHeight || viewport;
  const visible: RowWindow = windowOf({
    scrollTop,
    viewportHeight: viewportHeight(),
    rowHeight,
    count,
  });
  return {
    visible,
    /** Rows that fit in view, for Page Up / Page Down. */
    pageSize: () => Math.max(1, Math.floor(viewportHeight() / rowHeight) - 1),
    show(index: number): void {
      const element = box.current;
      if (element)
        scrollTo(scrollToShow(index, element.scrollTop, element.clientHeight, rowHeight));
    },
    onScroll(): void {
      const element = box.current;
      if (!element) return;
      setScrollTop(element.scrollTop);
      if (ownScroll.current) {
        ownScroll.current = false;
        return;
      }
      const atBottom = element.scrollTop + element.clientHeight >= element.scrollHeight - 2;
      if (atBottom !== follow) onFollowChange(atBottom);
    },
  };
}
