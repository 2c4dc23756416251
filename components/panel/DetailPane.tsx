import type { CopyFormat } from '../../utils/copy/format';
import { formatDuration } from '../../utils/copy/format';
import type { RequestRecord } from '../../utils/har/record';
import type { Annotation } from '../../utils/requests/annotate';
import {
  methodShown,
  reasonHeading,
  serverPhrase,
  urlCutNote,
} from '../../utils/requests/as-recorded';
import type { Diagnosis } from '../../utils/requests/diagnosis-slot';
import { type BodyState, BodyView } from './BodyView';
import { CopyButtons } from './CopyButtons';
import { FindingsList } from './FindingsList';
import { HeaderList } from './HeaderList';
import { KeyHeaders } from './KeyHeaders';
import { ReferenceText } from './ReferenceText';
import { RequestIds } from './RequestIds';
import { StatusBadge } from './StatusBadge';

interface Props {
  record: RequestRecord;
  annotation: Annotation;
  /** What the diagnosis rules say about this request, when the page has them. */
  diagnosis?: Diagnosis | null;
  /** About the error body the diagnosis reads: "Reading the error body…", or why not. */
  errorBodyNote?: string;
  body: BodyState;
  onLoadBody(): void;
  onCopy(format: CopyFormat): void;
  onClose(): void;
}

/** The selected request explained: what its response says (the findings), the reference's
 * words, its request IDs and headers, copy, and the body. */
export function DetailPane(props: Props) {
  const { record, annotation } = props;
  const phrase = serverPhrase(record, annotation);
  const cut = urlCutNote(record);
  const served = [
    record.fromCache ? `from the ${record.fromCache} cache` : '',
    record.fromServiceWorker ? 'by a service worker' : '',
  ].filter(Boolean);
  return (
    <section class="detail" aria-labelledby="detail-title">
      <header class="detail-head">
        <h2 id="detail-title">
          <StatusBadge status={record.status} tone={annotation.tone} /> {annotation.label}
        </h2>
        <button type="button" class="button close" onClick={props.onClose}>
          Close
        </button>
      </header>
      {phrase ? <p class="server-phrase">The server’s own reason phrase: “{phrase}”</p> : null}
      <p class="detail-url">
        <span class={`method${record.method ? '' : ' missing'}`}>{methodShown(record.method)}</span>{' '}
        <span class="url-text">{record.url}</span>
        {cut ? <span class="cut-note"> … {cut}</span> : null}
      </p>
      <p class="muted">
        {record.startedDateTime || 'Start time unknown'} · took {formatDuration(record.time)}
        {served.length > 0 ? ` · served ${served.join(' and ')}` : ''}
        {record.httpVersion ? ` · ${record.httpVersion}` : ''}
      </p>
      {record.error ? (
        <p class="reason">
          {reasonHeading(record)}: <code>{record.error}</code>
        </p>
      ) : null}
      <CopyButtons onCopy={props.onCopy} />
      <FindingsList findings={props.diagnosis?.findings ?? []} note={props.errorBodyNote} />
      <ReferenceText annotation={annotation} />
      <RequestIds ids={props.diagnosis?.requestIds ?? []} />
      <KeyHeaders
        names={annotation.entry?.headers ?? []}
        response={record.responseHeaders}
        request={record.requestHeaders}
      />
      <HeaderList
        title="Response headers"
        headers={record.responseHeaders}
        omitted={record.headersOmitted.response}
      />
      <HeaderList
        title="Request headers"
        headers={record.requestHeaders}
        omitted={record.headersOmitted.request}
      />
      <BodyView state={props.body} onLoad={props.onLoadBody} />
    </section>
  );
}
