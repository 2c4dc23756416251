import { useEffect, useRef, useState } from 'preact/hooks';
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
  /** Rows drawn at once when the results change; the rest follow once those are painted. */
  firstRows: number;
}

export const optionId = (entry: StatusEntry) => `option-${idOf(entry)}`;

/** The results as a listbox; each option's text begins with the exact label. */
export function ResultList({ id, results, activeIndex, onOpen, onHover, firstRows }: Props) {
  const list = useRef<HTMLDivElement>(null);
  // New results draw their first screen at once and the rest after that screen is painted (a
  // frame's callback runs before its paint, a task queued there after it): a keystroke costs the
  // rows in view, not a hundred. Rows added below the ones drawn (the prerendered first screen
  // growing into the whole list) are drawn at once.
  const [whole, setWhole] = useState<readonly StatusEntry[]>(results);
  const complete =
    whole === results ||
    (whole.length <= results.length && whole.every((entry, i) => results[i] === entry));
  const shown = complete ? results : results.slice(0, firstRows);
  useEffect(() => {
    if (complete) {
      if (whole !== results) setWhole(results);
      return;
    }
    let task = 0;
    const frame = requestAnimationFrame(() => {
      task = window.setTimeout(() => setWhole(results));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(task);
    };
  }, [results, whole, complete]);
  useEffect(() => {
    list.current?.children[activeIndex]?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex]);
  return (
    <div id={id} ref={list} class="results" role="listbox" aria-label="Status codes">
      {shown.map((entry, index) => (
        // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys
        <div
          key={idOf(entry)}
          id={optionId(entry)}
          role="option"
          tabIndex={-1}
          aria-selected={index === activeIndex}
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
