interface Props {
  text: string;
}

/** A polite live region: visible confirmations that screen readers also hear. */
export function LiveMessage({ text }: Props) {
  return (
    <p class="live-message" role="status" aria-live="polite">
      {text}
    </p>
  );
}
