import type { Summary } from '../../utils/requests/summary';
import { summaryText } from '../../utils/requests/summary';

interface Props {
  summary: Summary;
  /** How many rows the filters let through, when a filter is on. */
  shown: number | null;
  dropped: number;
  cap: number;
  /** Responses that could hide an application failure and could not be checked. */
  appUnchecked?: number;
}

const n = (value: number) => value.toLocaleString('en-US');

/** "12 requests, 3 failed: 2× 404 Not Found, 1× 500 Internal Server Error". */
export function SummaryLine({ summary, shown, dropped, cap, appUnchecked = 0 }: Props) {
  const text = summaryText(summary);
  return (
    <p class="summary">
      <span class="summary-text" title={text}>
        {text}
      </span>
      {shown !== null ? <span class="summary-extra">Showing {n(shown)}</span> : null}
      {dropped > 0 ? (
        <span class="summary-extra dropped">
          {n(dropped)} oldest dropped (the list keeps {n(cap)})
        </span>
      ) : null}
      {appUnchecked > 0 ? (
        <span
          class="summary-extra unchecked"
          title="Their bodies were over 1 MB, too many waited to be read at once, or DevTools no longer had them: an error behind a 200 in them is not counted."
        >
          {n(appUnchecked)} {appUnchecked === 1 ? 'response' : 'responses'} not checked for app
          errors
        </span>
      ) : null}
    </p>
  );
}
