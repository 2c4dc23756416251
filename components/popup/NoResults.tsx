import type { StatusAnswer } from '../../utils/lookup';

interface Props {
  query: string;
  answer: StatusAnswer;
}

/** The line shown instead of an empty list. */
export function NoResults({ query, answer }: Props) {
  if (answer.kind === 'unknown') {
    return (
      <p class="no-results" role="status">
        {answer.code} is not a code the reference knows. It is a {answer.statusClass.key} (
        {answer.statusClass.name.toLowerCase()}): {answer.statusClass.meaning} {answer.note} (
        <a href={answer.rule.url} target="_blank" rel="noreferrer noopener">
          {answer.rule.title}
        </a>
        )
      </p>
    );
  }
  return (
    <p class="no-results" role="status">
      Nothing matches “{query}”. Try a number (404), a prefix (40), a class (4xx) or a few words
      (rate limit).
    </p>
  );
}
