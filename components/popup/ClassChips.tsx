import type { ClassCounts } from '../../utils/lookup';
import type { ClassKey } from '../../utils/status-class';

export type ClassFilter = ClassKey | 'all';

const CHIPS: ClassFilter[] = ['all', '1xx', '2xx', '3xx', '4xx', '5xx'];

interface Props {
  selected: ClassFilter;
  counts: ClassCounts;
  onSelect: (filter: ClassFilter) => void;
}

/** Class filter chips with the number of entries each holds. */
export function ClassChips({ selected, counts, onSelect }: Props) {
  return (
    <fieldset class="chips">
      <legend class="visually-hidden">Filter by class</legend>
      {CHIPS.map((chip) => (
        <button
          key={chip}
          type="button"
          class={`chip tone-${chip}`}
          aria-pressed={selected === chip}
          onClick={() => onSelect(chip)}
        >
          {chip === 'all' ? 'All' : chip} <span class="chip-count">{counts[chip]}</span>
        </button>
      ))}
    </fieldset>
  );
}
