import { SECRET_PLACES } from '../../utils/sanitize/har';
import type { SavePlan } from '../../utils/sanitize/save';

interface Props {
  /** What will be saved; null while the HAR is being read. */
  plan: SavePlan | null;
  /** Why there is nothing to save (the browser refused), else null. */
  error: string | null;
  /** Something the source could not include (bodies over the size budget), else empty. */
  note: string;
  fileName: string;
  dropBodies: boolean;
  onDropBodiesChange(on: boolean): void;
  onSave(): void;
  onCancel(): void;
}

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

/** Before "Save HAR without secrets" saves: what will be removed, and what will not. */
export function SavePreview(props: Props) {
  const { plan, error } = props;
  return (
    <section
      class="save-preview"
      role="dialog"
      aria-labelledby="save-preview-title"
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        props.onCancel();
      }}
    >
      <h2 id="save-preview-title">Save HAR without secrets</h2>
      {error ? (
        <p class="error-message" role="alert">
          {error}
        </p>
      ) : plan === null ? (
        <p class="muted" role="status">
          Reading the requests…
        </p>
      ) : (
        <>
          <p class="save-summary">
            {plural(plan.entries, 'request')} will be saved as “{props.fileName}”. Removed and
            replaced by a “[redacted: …]” marker:
          </p>
          <ul class="save-counts">
            {SECRET_PLACES.map((place) => (
              <li key={place} data-place={place}>
                <strong>{plan.report.counts[place].toLocaleString('en-US')}</strong> {place}
              </li>
            ))}
          </ul>
          {plan.report.examples.length > 0 ? (
            <>
              <p>For example:</p>
              <ul class="save-examples">
                {plan.report.examples.map((example) => (
                  <li key={example}>
                    <code>{example}</code>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {plan.report.bodiesDropped > 0 ? (
            <p>{plural(plan.report.bodiesDropped, 'response body', 'response bodies')} left out.</p>
          ) : null}
        </>
      )}
      {props.note ? <p class="muted">{props.note}</p> : null}
      <label class="save-drop-bodies">
        <input
          type="checkbox"
          checked={props.dropBodies}
          onChange={(event) => props.onDropBodiesChange(event.currentTarget.checked)}
        />
        Leave out response bodies
      </label>
      <p class="save-kept">
        <strong>Not removed:</strong> statuses, timings, sizes, header names and ordinary values
        stay, and so do ids such as X-Request-Id and traceparent. Secrets are recognised by their
        name and by their shape, so a secret with an ordinary name and an ordinary look can stay. An
        empty server IP address is left out, as the HAR format asks. Look at the file before you
        share it.
      </p>
      <div class="save-actions">
        <button
          type="button"
          class="button primary"
          disabled={plan === null || error !== null}
          onClick={props.onSave}
        >
          Save
        </button>
        <button type="button" class="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
