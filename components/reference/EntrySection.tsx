import type { StatusEntry } from '../../data/types';
import { anchorOf } from '../../utils/entry-anchor';
import { badgesOf } from '../../utils/entry-badges';
import { idOf, labelOf, primaryEntry } from '../../utils/lookup';
import { entryTone } from '../../utils/status-class';
import { BulletSection } from '../popup/BulletSection';
import { SourceLine } from '../shared/SourceLine';
import { StatusBadges } from '../shared/StatusBadges';
import { CodeLinks } from './CodeLinks';

interface Props {
  entry: StatusEntry;
}

/** One entry of the reference page, at its stable address (`#404`, `#499-nginx`). */
export function EntrySection({ entry }: Props) {
  const id = anchorOf(entry);
  const related = entry.related
    .map((code) => primaryEntry(code))
    .filter((other) => other !== undefined);
  return (
    <article id={id} class={`entry tone-${entryTone(entry)}`} aria-labelledby={`title-${id}`}>
      {/* The popup links an entry by its id (`#0` for no response, whose address is
          `#no-response`): that id leads here too. */}
      {idOf(entry) !== id && <span id={idOf(entry)} />}
      <h2 id={`title-${id}`} tabIndex={-1}>
        <a class="entry-label" href={`#${id}`}>
          {labelOf(entry)}
        </a>
        <StatusBadges badges={badgesOf(entry)} />
      </h2>
      <p class="entry-meaning">{entry.meaning}</p>
      {entry.clientSees && (
        <p class="entry-note">
          <strong>What the client sees:</strong> {entry.clientSees}
        </p>
      )}
      <p>{entry.context}</p>
      <div class="entry-lists">
        <BulletSection title="Common causes" items={entry.causes} />
        <BulletSection title="Fix suggestions" items={entry.fixes} />
      </div>
      {entry.headers.length > 0 && (
        <p class="headers">
          <span class="entry-term">Headers involved:</span>{' '}
          {entry.headers.map((header) => (
            <code key={header}>{header}</code>
          ))}
        </p>
      )}
      {related.length > 0 && <CodeLinks title="Related codes" entries={related} />}
      <SourceLine source={entry.source} />
    </article>
  );
}
