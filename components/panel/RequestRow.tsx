import { formatDuration } from '../../utils/copy/format';
import type { RequestRecord } from '../../utils/har/record';
import type { Annotation } from '../../utils/requests/annotate';
import { methodShown } from '../../utils/requests/as-recorded';
import { failureOf, isFailed } from '../../utils/requests/failure';
import { splitUrl } from '../../utils/requests/url-parts';
import { StatusBadge } from './StatusBadge';

interface Props {
  record: RequestRecord;
  annotation: Annotation;
  /** Position in the shown list (0-based) and its length, for assistive technology. */
  index: number;
  total: number;
  top: number;
  selected: boolean;
  /** A few words from the diagnosis, when there is one. */
  tag?: string;
}

export const rowDomId = (id: number) => `request-${id}`;

/** One request: badge, method, path (host muted, whole URL on hover), label, meaning, time. */
export function RequestRow({ record, annotation, index, total, top, selected, tag }: Props) {
  const { path, host } = splitUrl(record.url);
  const marks = [
    record.fromCache ? `${record.fromCache} cache` : '',
    record.fromServiceWorker ? 'service worker' : '',
    annotation.blocked ? 'blocked' : '',
  ].filter(Boolean);
  return (
    // biome-ignore lint/a11y/useFocusableInteractive: the listbox holds the focus and points at its selected option with aria-activedescendant (the WAI-ARIA listbox pattern); options are not focusable themselves
    <div
      role="option"
      id={rowDomId(record.id)}
      class={`row${selected ? ' selected' : ''}${isFailed(record) ? ' failed' : ''}${record.app && failureOf(record) === 'app' ? ' app-failed' : ''}`}
      style={{ top: `${top}px` }}
      aria-selected={selected}
      aria-posinset={index + 1}
      aria-setsize={total}
      data-id={record.id}
      data-status={record.status}
    >
      <StatusBadge status={record.status} tone={annotation.tone} />
      <span class={`method${record.method ? '' : ' missing'}`}>{methodShown(record.method)}</span>
      <span class="url" title={record.url}>
        <span class="path">{path}</span> <span class="host">{host}</span>
      </span>
      <span class="label">{annotation.label}</span>
      <span class="meaning">{record.error || annotation.meaning}</span>
      <span class="marks">
        {marks.map((mark) => (
          <span class="mark" key={mark}>
            {mark}
          </span>
        ))}
        {tag ? (
          <span class="mark tag" title={tag}>
            {tag}
          </span>
        ) : null}
      </span>
      <span class="time">{formatDuration(record.time)}</span>
    </div>
  );
}
