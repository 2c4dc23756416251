import { type HeaderField, headerValues } from '../../utils/har/record';

interface Props {
  /** The header names the reference lists for this code. */
  names: readonly string[];
  response: readonly HeaderField[];
  request: readonly HeaderField[];
}

function findValue(
  name: string,
  response: readonly HeaderField[],
  request: readonly HeaderField[],
) {
  const sent = headerValues(response, name);
  if (sent.length > 0) return { text: sent.join(', '), side: '' };
  const asked = headerValues(request, name);
  if (asked.length > 0) return { text: asked.join(', '), side: 'request' };
  return null;
}

/** The headers that matter for this code, from the response (or the request), or "not sent". */
export function KeyHeaders({ names, response, request }: Props) {
  if (names.length === 0) return null;
  return (
    <section class="key-headers" aria-label="Headers that matter for this code">
      <h3>Headers that matter here</h3>
      <dl>
        {names.map((name) => {
          const found = findValue(name, response, request);
          return (
            <div class="header-line" key={name}>
              <dt>{name}</dt>
              <dd class={found ? undefined : 'muted'}>
                {found ? found.text : 'not sent'}
                {found?.side ? <span class="muted"> (in the request)</span> : null}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
