import { useCalmText } from './use-calm-text';

interface Props {
  /** The count as it is now ("31 requests, 15 failed"); it is said at a calm pace. */
  text: string;
}

/**
 * The list's count for screen readers: the one live region that says it, at most once every
 * 3 s while requests arrive and the latest count once they stop. The summary line shows the
 * same count as it changes, without a live region.
 */
export function CountStatus({ text }: Props) {
  const said = useCalmText(text);
  return (
    <p class="visually-hidden count-status" role="status" aria-live="polite">
      {said}
    </p>
  );
}
