import { useEffect, useRef } from 'preact/hooks';
import type { StatusEntry } from '../../data/types';
import { badgesOf } from '../../utils/entry-badges';
import { idOf, labelOf, primaryEntry } from '../../utils/lookup';
import { entryTone, toneOf } from '../../utils/status-class';
import { SourceLine } from '../shared/SourceLine';
import { StatusBadges } from '../shared/StatusBadges';
import { BulletSection } from './BulletSection';

interface Props {
  entry: StatusEntry;
  onBack: () => void;
  onOpenCode: (code: number) => void;
  onCopyLabel: () => void;
  onCopyMarkdown: () => void;
}

/** Everything the reference says about one entry, with its copy buttons. */
export function EntryDetail({ entry, onBack, onOpenCode, onCopyLabel, onCopyMarkdown }: Props) {
  const related = entry.related.filter((code) => primaryEntry(code));
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus the heading when an entry opens, so that its keys (C, M, Esc) work at once.
  useEffect(() => heading.current?.focus(), [entry]);
  return (
    <article class={`detail tone-${entryTone(entry)}`} aria-labelledby="detail-title">
      <div class="detail-bar">
        <button type="button" class="link-button" onClick={onBack}>
          ← All codes <kbd>Esc</kbd>
        </button>
        <span class="detail-actions">
          <a href={`reference.html#${idOf(entry)}`} target="_blank" rel="noopener">
            Open in a tab
          </a>
          <button type="button" onClick={onCopyLabel} aria-keyshortcuts="c">
            Copy label <kbd>C</kbd>
          </button>
          <button type="button" onClick={onCopyMarkdown} aria-keyshortcuts="m">
            Copy Markdown <kbd>M</kbd>
          </button>
        </span>
      </div>
      <h2 id="detail-title" tabIndex={-1} ref={heading}>
        <span class="detail-label">{labelOf(entry)}</span>
        <StatusBadges badges={badgesOf(entry)} />
      </h2>
      <p class="detail-meaning">{entry.meaning}</p>
      {entry.clientSees && (
        <p class="detail-note">
          <strong>What the client sees:</strong> {entry.clientSees}
        </p>
      )}
      <p>{entry.context}</p>
      <BulletSection title="Common causes" items={entry.causes} />
      <BulletSection title="Fix suggestions" items={entry.fixes} />
      {entry.headers.length > 0 && (
        <section>
          <h3>Headers involved</h3>
          <p class="headers">
            {entry.headers.map((header) => (
              <code key={header}>{header}</code>
            ))}
          </p>
        </section>
      )}
      {related.length > 0 && (
        <section>
          <h3>Related codes</h3>
          <p class="related">
            {related.map((code) => (
              <button
                key={code}
                type="button"
                class={`chip tone-${toneOf(code)}`}
                onClick={() => onOpenCode(code)}
              >
                {labelOf(primaryEntry(code) as StatusEntry)}
              </button>
            ))}
          </p>
        </section>
      )}
      <SourceLine source={entry.source} />
    </article>
  );
}
