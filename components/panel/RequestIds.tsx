import type { RequestIdLine } from '../../utils/requests/diagnosis-slot';

interface Props {
  ids: readonly RequestIdLine[];
}

/** The headers that name this request in a server's, CDN's or tracer's logs: what to quote in a
 * bug report. */
export function RequestIds({ ids }: Props) {
  if (ids.length === 0) return null;
  return (
    <section class="request-ids" aria-label="Request IDs">
      <h3>Request IDs to quote</h3>
      <dl>
        {ids.map((id) => (
          <div class="header-line" key={`${id.side} ${id.header} ${id.value}`}>
            <dt>
              {id.label} <span class="muted">({id.header})</span>
            </dt>
            <dd>{id.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
