import type { StatusEntry } from '../../data/types';
import { anchorOf } from '../../utils/entry-anchor';
import { labelOf } from '../../utils/lookup';
import { entryTone } from '../../utils/status-class';

interface Props {
  title: string;
  entries: readonly StatusEntry[];
}

/** Links to other entries on the same page, by their stable addresses. */
export function CodeLinks({ title, entries }: Props) {
  return (
    <p class="code-links">
      <span class="entry-term">{title}:</span>
      {entries.map((entry) => (
        <a
          key={anchorOf(entry)}
          class={`chip tone-${entryTone(entry)}`}
          href={`#${anchorOf(entry)}`}
        >
          {labelOf(entry)}
        </a>
      ))}
    </p>
  );
}
