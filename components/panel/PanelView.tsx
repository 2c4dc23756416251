import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ClipboardWriter } from '../../utils/clipboard';
import { COPY_FORMATS, type CopyFormat, formatCopy } from '../../utils/copy/format';
import { annotate } from '../../utils/requests/annotate';
import type { ResponseBody } from '../../utils/requests/body';
import type { Diagnose } from '../../utils/requests/diagnosis-slot';
import { NO_FILTER, type RequestFilter } from '../../utils/requests/filter';
import type { StoreSnapshot } from '../../utils/requests/store';
import { LiveMessage } from '../shared/LiveMessage';
import type { BodyState } from './BodyView';
import { DetailPane } from './DetailPane';
import { FilterBar } from './FilterBar';
import { RequestList } from './RequestList';
import { SummaryLine } from './SummaryLine';
import { useListView } from './use-list-view';
import './panel.css';

interface Props {
  snapshot: StoreSnapshot;
  onSelect(id: number | null): void;
  clipboard: ClipboardWriter;
  /** Reads the body of a request; { kind: 'gone' } when its handle is no longer kept. */
  readBody(id: number): Promise<ResponseBody>;
  diagnose?: Diagnose;
  /** Shown instead of the list while there is no request at all. */
  empty: ComponentChildren;
}

/** The list, its filters and summary, and the detail pane: shared by the panel and the HAR page. */
export function PanelView({ snapshot, onSelect, clipboard, readBody, diagnose, empty }: Props) {
  const [filter, setFilter] = useState<RequestFilter>(NO_FILTER);
  const [detailOpen, setDetailOpen] = useState(false);
  const [follow, setFollow] = useState(true);
  const [message, setMessage] = useState('');
  const [body, setBody] = useState<{ id: number; state: BodyState } | null>(null);
  const listBox = useRef<HTMLDivElement>(null);
  const { records, selectedId } = snapshot;
  const view = useListView(records, filter);
  const selected = useMemo(
    () => (selectedId === null ? undefined : records.find((r) => r.id === selectedId)),
    [records, selectedId],
  );
  const diagnosis = selected && diagnose ? diagnose(selected, records) : null;

  useEffect(() => {
    if (records.length === 0) setFollow(true);
  }, [records.length]);

  const select = (id: number) => {
    setFollow(false);
    onSelect(id);
  };
  const copy = (format: CopyFormat, id: number | null = selectedId) => {
    const record = id === selected?.id ? selected : records.find((r) => r.id === id);
    if (!record) return setMessage('Select a request first.');
    const findings = diagnose?.(record, records)?.findings.map((f) => f.summary);
    const text = formatCopy(format, record, { findings });
    const title = COPY_FORMATS.find((f) => f.format === format)?.title.toLowerCase() ?? format;
    void clipboard
      .write(text)
      .then((ok) => setMessage(ok ? `Copied the ${title}.` : 'The browser refused to copy.'));
  };
  const loadBody = (id: number) => {
    setBody({ id, state: { kind: 'loading' } });
    void readBody(id).then((state) => setBody((now) => (now?.id === id ? { id, state } : now)));
  };

  if (records.length === 0) return <div class="view empty-view">{empty}</div>;
  return (
    <div class={`view${detailOpen && selected ? ' with-detail' : ''}`}>
      <FilterBar
        filter={filter}
        counts={view.counts}
        failedCount={view.summary.failed}
        onChange={setFilter}
      />
      <SummaryLine
        summary={view.summary}
        shown={view.filtered ? view.shown.length : null}
        dropped={snapshot.dropped}
        cap={snapshot.cap}
      />
      <div class="main">
        {view.shown.length === 0 ? (
          <p class="no-match">No request matches these filters.</p>
        ) : (
          <RequestList
            records={view.shown}
            selectedId={selectedId}
            follow={follow}
            onFollowChange={setFollow}
            onSelect={select}
            onActivate={(id) => {
              select(id);
              setDetailOpen(true);
            }}
            onOpen={() => setDetailOpen(true)}
            boxRef={listBox}
            onCopy={copy}
            tagOf={diagnose ? (record) => diagnose(record, records)?.tag : undefined}
          />
        )}
        {detailOpen && selected ? (
          <DetailPane
            record={selected}
            annotation={annotate(selected.status, selected.error)}
            findings={diagnosis?.findings}
            body={body?.id === selected.id ? body.state : { kind: 'idle' }}
            onLoadBody={() => loadBody(selected.id)}
            onCopy={(format) => copy(format)}
            onClose={() => {
              setDetailOpen(false);
              listBox.current?.focus();
            }}
          />
        ) : null}
      </div>
      <LiveMessage text={message} />
    </div>
  );
}
