import type { ComponentChildren } from 'preact';

interface Props {
  title: string;
  message: string;
  /** A browser-specific note (Firefox: open its Network panel first). */
  notice?: string;
  /** Offered when reloading the page would let the panel see its requests. */
  onReload?: () => void;
  /** Offered when DevTools did not answer: asks it again. */
  onRetry?: () => void;
  children?: ComponentChildren;
}

/** What the list shows when it has nothing to show, and what to do about it. */
export function EmptyState({ title, message, notice, onReload, onRetry, children }: Props) {
  return (
    <div class="empty">
      <h2>{title}</h2>
      <p>{message}</p>
      {notice ? <p class="notice">{notice}</p> : null}
      {onRetry ? (
        <button type="button" class="button primary" onClick={onRetry}>
          Ask DevTools again
        </button>
      ) : null}
      {onReload ? (
        <button type="button" class="button primary" onClick={onReload}>
          Reload the page
        </button>
      ) : null}
      {children}
    </div>
  );
}
