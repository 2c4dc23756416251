import type { HistoryResult } from '../../utils/requests/connect';

interface Props {
  history: HistoryResult;
  /** Asks DevTools again for what it recorded before the panel opened. */
  onRetry(): void;
  onDismiss(): void;
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

/** What the panel could not take from DevTools when it opened, above a list that has rows. */
export function HistoryNotice({ history, onRetry, onDismiss }: Props) {
  const lines: string[] = [];
  if (history.error) {
    lines.push(
      `DevTools did not hand over the requests made before the panel opened (${history.error}). Requests made since are listed.`,
    );
  }
  if (history.overflow > 0) {
    lines.push(
      `${plural(history.overflow, 'request', 'requests')} that finished while the panel waited for DevTools ${history.overflow === 1 ? 'was' : 'were'} dropped.`,
    );
  }
  if (history.pending > 0) {
    lines.push(
      `${plural(history.pending, 'request was', 'requests were')} still in progress when the panel opened: each is listed when it finishes.`,
    );
  }
  if (lines.length === 0) return null;
  return (
    <div class="notice history-notice">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <div class="history-notice-actions">
        {history.error ? (
          <button type="button" class="button primary" onClick={onRetry}>
            Ask DevTools again
          </button>
        ) : null}
        <button type="button" class="button" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
