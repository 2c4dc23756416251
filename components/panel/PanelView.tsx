import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ClipboardWriter } from '../../utils/clipboard';
import {
  COPY_FORMATS,
  type CopyFormat,
  formatCopy,
  type NoteExtras,
} from '../../utils/copy/format';
import type { RequestRecord } from '../../utils/har/record';
import { annotateRecord } from '../../utils/requests/annotate';
import type { ResponseBody } from '../../utils/requests/body';
import type { BodyText, Diagnose } from '../../utils/requests/diagnosis-slot';
import { NO_FILTER, type RequestFilter } from '../../utils/requests/filter';
import type { StoreSnapshot } from '../../utils/requests/store';
import { countText } from '../../utils/requests/summary';
import { LiveMessage } from '../shared/LiveMessage';
import type { BodyState } from './BodyView';
import { CountStatus } from './CountStatus';
import { DetailPane } from './DetailPane';
import { FilterBar } from './FilterBar';
import { GroupList } from './GroupList';
import { RequestList } from './RequestList';
import { SummaryLine } from './SummaryLine';
import { useFocusFallback } from './use-focus-fallback';
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
  /** Keep the newest row in view as requests arrive (the live panel); a file opens at its top. */
  followNewest?: boolean;
}

/** A body the diagnosis can parse: text, whole (a cut body is no valid JSON). */
function textOf(state: BodyState): BodyText | undefined {
  return state.kind === 'text' && !state.truncated
    ? { text: state.text, mimeType: state.mimeType }
    : undefined;
}

/** What the findings say about the error body while it is read, or when it is not read. */
function errorBodyNote(
  plan: ReturnType<Diagnose['errorBody']>,
  state: BodyState | null,
): string | undefined {
  if (!plan) return undefined;
  if (!plan.read) return `The JSON error body was not read: ${plan.reason}.`;
  if (state === null || state.kind === 'loading') return 'Reading the JSON error body…';
  if (state.kind === 'text' && state.truncated) {
    return 'The JSON error body is too long to read whole here.';
  }
  return undefined;
}

/** The list, its filters and summary, and the detail pane: shared by the panel and the HAR page. */
export function PanelView(props: Props) {
  const { snapshot, onSelect, clipboard, readBody, diagnose } = props;
  const [filter, setFilter] = useState<RequestFilter>(NO_FILTER);
  const [detailOpen, setDetailOpen] = useState(false);
  const [grouped, setGrouped] = useState(false);
  const followNewest = props.followNewest ?? true;
  const [follow, setFollow] = useState(followNewest);
  const [message, setMessage] = useState('');
  const [body, setBody] = useState<{ id: number; state: BodyState } | null>(null);
  const listBox = useRef<HTMLDivElement>(null);
  const noMatch = useRef<HTMLParagraphElement>(null);
  const viewRoot = useRef<HTMLDivElement>(null);
  const { records, selectedId } = snapshot;
  const view = useListView(records, filter);
  const selected = useMemo(
    () => (selectedId === null ? undefined : records.find((r) => r.id === selectedId)),
    [records, selectedId],
  );
  const showing = detailOpen && selected ? selected : undefined;
  // The error body the diagnosis reads: only for the request shown in the detail pane, only
  // when it is an error declared as JSON of at most 1 MB (decided before anything is read).
  const errorBody = showing && diagnose ? diagnose.errorBody(showing) : null;
  const readText = useMemo(
    () => (body && showing && body.id === showing.id ? textOf(body.state) : undefined),
    [body, showing],
  );
  const diagnosis = useMemo(
    () => (showing && diagnose ? diagnose.diagnose(showing, records, readText) : null),
    [showing, records, diagnose, readText],
  );
  const readErrorBody = showing !== undefined && errorBody?.read === true;
  useEffect(() => {
    if (showing && readErrorBody && body?.id !== showing.id) loadBody(showing.id);
  }, [showing?.id, readErrorBody]);

  useEffect(() => {
    if (records.length === 0) setFollow(followNewest);
  }, [records.length]);

  const empty = records.length === 0;
  useFocusFallback(
    {
      pane: showing !== undefined,
      list: !empty && !grouped && view.shown.length > 0,
      noMatch: !empty && !grouped && view.shown.length === 0,
      empty,
      selected: selected !== undefined,
    },
    viewRoot,
    { list: listBox, 'no-match': noMatch, empty: viewRoot },
    setMessage,
  );

  const select = (id: number) => {
    setFollow(false);
    onSelect(id);
  };
  const copy = (format: CopyFormat, id: number | null = selectedId) => {
    const record = id === selected?.id ? selected : records.find((r) => r.id === id);
    if (!record) return setMessage('Select a request first.');
    const text = formatCopy(format, record, noteExtras(format, record));
    const title = COPY_FORMATS.find((f) => f.format === format)?.title.toLowerCase() ?? format;
    void clipboard
      .write(text)
      .then((ok) => setMessage(ok ? `Copied the ${title}.` : 'The browser refused to copy.'));
  };
  /** What the notes add from the diagnosis, with the body when it was read for this request. */
  function noteExtras(format: CopyFormat, record: RequestRecord): NoteExtras {
    if (!diagnose || (format !== 'markdown' && format !== 'incident')) return {};
    const text = body?.id === record.id ? textOf(body.state) : undefined;
    if (format === 'incident') return { incident: diagnose.incident(record, records, text) };
    return { findings: diagnose.diagnose(record, records, text).findings.map((f) => f.title) };
  }
  function loadBody(id: number): void {
    setBody({ id, state: { kind: 'loading' } });
    void readBody(id).then((state) => setBody((now) => (now?.id === id ? { id, state } : now)));
  }

  // The live message stays in the page whether the list or the empty state shows (keyed, it is
  // moved, not made again): a region inserted with its text may not be read. The empty state
  // takes the focus when the list goes away with it.
  if (empty) {
    return (
      <div class="view empty-view" ref={viewRoot} tabIndex={-1}>
        {props.empty}
        <LiveMessage key="message" text={message} />
      </div>
    );
  }
  return (
    <div class={`view${detailOpen && selected ? ' with-detail' : ''}`} ref={viewRoot}>
      <FilterBar
        filter={filter}
        counts={view.counts}
        failedCount={view.summary.failed}
        appCount={view.summary.app}
        grouped={grouped}
        onGroupedChange={setGrouped}
        groupLabel={
          filter.group === undefined
            ? undefined
            : (view.summary.groups.find((group) => group.key === filter.group)?.label ??
              filter.group)
        }
        onChange={setFilter}
      />
      <SummaryLine
        summary={view.summary}
        shown={view.filtered ? view.shown.length : null}
        dropped={snapshot.dropped}
        cap={snapshot.cap}
        appUnchecked={snapshot.appUnchecked}
      />
      <div class="main">
        {grouped ? (
          <GroupList
            groups={view.summary.groups}
            onChoose={(key) => {
              setFilter({ ...NO_FILTER, group: key });
              setGrouped(false);
            }}
          />
        ) : view.shown.length === 0 ? (
          <p class="no-match" ref={noMatch} tabIndex={-1}>
            No request matches these filters.
          </p>
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
            tagOf={diagnose ? (record) => diagnose.tag(record, records) : undefined}
          />
        )}
        {detailOpen && selected ? (
          <DetailPane
            record={selected}
            annotation={annotateRecord(selected)}
            diagnosis={diagnosis}
            errorBodyNote={errorBodyNote(errorBody, body?.id === selected.id ? body.state : null)}
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
      <CountStatus text={countText(view.summary, view.filtered ? view.shown.length : null)} />
      <LiveMessage key="message" text={message} />
    </div>
  );
}
