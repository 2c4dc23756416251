import type { Annotation } from '../../utils/requests/annotate';

interface Props {
  annotation: Annotation;
}

/** What the reference says about the code: meaning, context, common causes, fixes. */
export function ReferenceText({ annotation }: Props) {
  const entry = annotation.entry;
  return (
    <section class="reference" aria-label="Explanation">
      <p class="meaning-line">{annotation.meaning}</p>
      {entry?.context ? <p>{entry.context}</p> : null}
      {entry && entry.causes.length > 0 ? (
        <>
          <h3>Common causes</h3>
          <ul>
            {entry.causes.map((cause) => (
              <li key={cause}>{cause}</li>
            ))}
          </ul>
        </>
      ) : null}
      {entry && entry.fixes.length > 0 ? (
        <>
          <h3>How to fix it</h3>
          <ul>
            {entry.fixes.map((fix) => (
              <li key={fix}>{fix}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
