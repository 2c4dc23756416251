import { useEffect, useRef } from 'preact/hooks';
import type { StatusEntry } from '../../data/types';
import { badgesOf } from '../../utils/entry-badges';
import { idOf, labelOf } from '../../utils/lookup';
import { toneOf } from '../../utils/status-class';
import { StatusBadges } from '../shared/StatusBadges';

interface Props {
  id: string;
  results: StatusEntry[];
  activeIndex: number;
  onOpen: (entry: StatusEntry) => void;
  onHover: (index: number) => void;
}

export const optionId = (entry: StatusEntry) => `option-${idOf(entry)}`;

/** The results as a listbox; each option's text begins with the exact label. */
export function ResultList({ id, results, activeIndex, onOpen, onHover }: Props) {
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    list.current?.children[activeIndex]?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex]);
  return (
    <div id={id} ref={list} class="results" role="listbox" aria-label="Status codes">
      {results.map((entry, index) => (
        // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys
        <div
          key={idOf(entry)}
          id={optionId(entry)}
          role="option"
          tabIndex={-1}
          aria-selected={index === activeIndex}
          class={`result tone-${toneOf(entry.code)}`}
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
