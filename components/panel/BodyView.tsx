import type { ResponseBody } from '../../utils/requests/body';

export type BodyState = { kind: 'idle' } | { kind: 'loading' } | ResponseBody;

interface Props {
  state: BodyState;
  onLoad(): void;
}

const n = (value: number) => value.toLocaleString('en-US');

/** The response body on demand, as text; says when it can no longer be read. */
export function BodyView({ state, onLoad }: Props) {
  let content = null;
  switch (state.kind) {
    case 'idle':
      content = (
        <button type="button" class="button" onClick={onLoad}>
          Show the response body
        </button>
      );
      break;
    case 'loading':
      content = <p class="muted">Reading the body…</p>;
      break;
    case 'gone':
      content = (
        <p class="muted">
          Body no longer available: only the newest few hundred requests keep a readable body.
        </p>
      );
      break;
    case 'empty':
      content = <p class="muted">The response has no body (or the browser did not keep it).</p>;
      break;
    case 'binary':
      content = (
        <p class="muted">
          Binary body ({state.mimeType || 'unknown type'}, about {n(state.length)} bytes): not
          shown.
        </p>
      );
      break;
    case 'error':
      content = <p class="muted">The body could not be read: {state.message}</p>;
      break;
    case 'text':
      content = (
        <>
          {state.truncated ? (
            <p class="muted">
              The first {n(state.text.length)} of {n(state.length)} characters:
            </p>
          ) : null}
          <pre class="body-text">{state.text}</pre>
        </>
      );
  }
  return (
    <section class="body" aria-label="Response body">
      <h3>Response body</h3>
      {content}
    </section>
  );
}
