import { useEffect, useReducer, useRef } from 'preact/hooks';
import type { StatusEntry } from '../../data/types';
import { badgesOf } from '../../utils/entry-badges';
import { idOf, labelOf } from '../../utils/lookup';
import { entryTone } from '../../utils/status-class';
import { StatusBadges } from '../shared/StatusBadges';

interface Props {
  id: string;
  results: StatusEntry[];
  activeIndex: number;
  onOpen: (entry: StatusEntry) => void;
  onHover: (index: number) => void;
  /** Rows drawn at once when the results change: a screen's worth. */
  firstRows: number;
}

/** Screens of rows drawn below the first once it is painted, and added each time the list is
 * scrolled to within a screen of the last row drawn. */
const SCREENS_AHEAD = 2;

/** Whether `list` begins with every entry of `head`, in order. */
const startsWith = (list: readonly StatusEntry[], head: readonly StatusEntry[]) =>
  head.length <= list.length && head.every((entry, i) => list[i] === entry);

export const optionId = (entry: StatusEntry) => `option-${idOf(entry)}`;

/**
 * The results as a listbox; each option's text begins with the exact label, and says its place
 * among all the results (aria-posinset, aria-setsize), drawn or not.
 *
 * Only what can be seen soon is drawn: new results draw their first screen at once, two more once
 * it is painted (a frame's callback runs before its paint, a task queued there after it), and more
 * while the rows drawn end within a screen below the view (as the list is scrolled, or when it is
 * taller than they are) or the selection moves down. A keystroke costs the rows in view, and the
 * next one removes a few dozen rows, not the whole reference (135 rows took about 2 ms to remove).
 */
export function ResultList({ id, results, activeIndex, onOpen, onHover, firstRows }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  // What is drawn: how many rows of which results, in which element.
  const drawn = useRef({
    results,
    rows: results as readonly StatusEntry[],
    count: firstRows,
    key: 0,
  });
  const now = drawn.current;
  if (now.results !== results) {
    // Results that begin with the rows drawn (the prerendered first screen becoming the live list)
    // keep them. Others draw their first screen in a new element: the old one goes in one removal.
    if (!startsWith(results, now.rows)) {
      now.key += 1;
      now.count = firstRows;
    }
    now.results = results;
  }
  // The selected row is drawn, and a screen below it.
  now.count = Math.max(now.count, activeIndex + firstRows);
  const shown = results.length > now.count ? results.slice(0, now.count) : results;
  now.rows = shown;
  const grow = (count: number) => {
    if (count <= drawn.current.count) return;
    drawn.current.count = count;
    redraw(undefined);
  };
  useEffect(() => {
    if (results.length <= drawn.current.count) return;
    let task = 0;
    const frame = requestAnimationFrame(() => {
      task = window.setTimeout(() => grow(firstRows * (1 + SCREENS_AHEAD)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(task);
    };
  }, [results, firstRows]);
  useEffect(() => {
    list.current?.children[activeIndex]?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex]);
  // Within a screen of the last row drawn: draw more. Asked on scrolling, and after each paint
  // (layout is up to date then), for a list whose rows do not fill it yet: in a tall window
  // the reference page's list has no scrollbar to scroll. A list with no height (not laid out)
  // draws no more.
  const nearEnd = () => {
    const element = list.current;
    const { count, rows } = drawn.current;
    // Not while more rows are asked for and not drawn yet: the list's height is the old one.
    if (!element || element.clientHeight === 0 || count >= results.length || rows.length < count)
      return;
    if (element.scrollTop + 2 * element.clientHeight >= element.scrollHeight) {
      grow(count + firstRows * SCREENS_AHEAD);
    }
  };
  useEffect(nearEnd);
  return (
    <div
      key={now.key}
      id={id}
      ref={list}
      class="results"
      role="listbox"
      aria-label="Status codes"
      onScroll={nearEnd}
    >
      {shown.map((entry, index) => (
        // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys
        <div
          key={idOf(entry)}
          id={optionId(entry)}
          role="option"
          tabIndex={-1}
          aria-selected={index === activeIndex}
          aria-posinset={index + 1}
          aria-setsize={results.length}
          class={`result tone-${entryTone(entry)}`}
          onClick={() => onOpen(entry)}
          onMouseMove={() => index !== activeIndex && onHover(index)}
        >
          <span class="result-label">{labelOf(entry)}</span>
          <StatusBadges badges={badgesOf(entry)} />
          <span class="result-meaning">{entry.meaning}</span>
        </div>
      ))}
    </div>
  );
}
