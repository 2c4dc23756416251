import type { Source } from '../../data/types';

/** "Defined in:" and the entry's defining document, linked when it has an address. */
export function SourceLine({ source }: { source: Source }) {
  return (
    <p class="source">
      Defined in:{' '}
      {source.url ? (
        <a href={source.url} target="_blank" rel="noreferrer noopener">
          {source.title}
        </a>
      ) : (
        source.title
      )}
    </p>
  );
}
