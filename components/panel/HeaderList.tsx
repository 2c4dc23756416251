import type { HeaderField } from '../../utils/har/record';

interface Props {
  title: string;
  headers: readonly HeaderField[];
  /** Lines left out beyond the limit. */
  omitted: number;
}

const n = (value: number) => value.toLocaleString('en-US');

/** Every header line of one side, collapsed by default; cut values say how long they were. */
export function HeaderList({ title, headers, omitted }: Props) {
  return (
    <details class="headers">
      <summary>
        {title} <span class="count">{n(headers.length + omitted)}</span>
      </summary>
      {headers.length === 0 ? <p class="muted">None recorded.</p> : null}
      <dl>
        {headers.map((header, index) => (
          <div class="header-line" key={index}>
            <dt>{header.name}</dt>
            <dd>
              {header.value}
              {header.originalLength !== undefined ? (
                <span class="muted"> … (cut: {n(header.originalLength)} characters in all)</span>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
      {omitted > 0 ? <p class="muted">{n(omitted)} more lines not kept.</p> : null}
    </details>
  );
}
