import type { RefObject } from 'preact';
import { useRef } from 'preact/hooks';
import type { CopyFormat } from '../../utils/copy/format';
import type { RequestRecord } from '../../utils/har/record';
import { annotateRecord } from '../../utils/requests/annotate';
import { listAction, movedIndex } from '../../utils/requests/list-keys';
import { RequestRow, rowDomId } from './RequestRow';
import { useVirtualScroll } from './use-virtual-scroll';

export const ROW_HEIGHT = 28;

interface Props {
  records: readonly RequestRecord[];
  selectedId: number | null;
  /** Keep the newest request in view (until the user scrolls up or selects). */
  follow: boolean;
  onFollowChange(follow: boolean): void;
  /** Keyboard selection. */
  onSelect(id: number): void;
  /** A click: select and open the detail. */
  onActivate(id: number): void;
  onOpen(id: number): void;
  /** Copy the request `id` (the latest selection, which the list may know before it renders). */
  onCopy(format: CopyFormat, id: number | null): void;
  tagOf?: (record: RequestRecord) => string | undefined;
  /** The list element, so that the page can give it the focus back. */
  boxRef?: RefObject<HTMLDivElement | null>;
}

/** The virtual list: only the rows in view (at most 100) are in the DOM. */
export function RequestList(props: Props) {
  const { records, selectedId, follow } = props;
  const ownBox = useRef<HTMLDivElement>(null);
  const box = props.boxRef ?? ownBox;
  // The selection as this list last set it: keys pressed faster than the store re-renders
  // must move on from there, not from the last rendered selection.
  const selection = useRef(selectedId);
  const renderedSelection = useRef(selectedId);
  if (renderedSelection.current !== selectedId) {
    renderedSelection.current = selectedId;
    selection.current = selectedId;
  }
  const total = records.length;
  const selectedIndex = selectedId === null ? -1 : records.findIndex((r) => r.id === selectedId);

  const scroll = useVirtualScroll({
    box,
    count: total,
    rowHeight: ROW_HEIGHT,
    follow,
    onFollowChange: props.onFollowChange,
  });

  function onKeyDown(event: KeyboardEvent): void {
    const action = listAction(event, scroll.pageSize());
    if (!action) return;
    event.preventDefault();
    const current = selection.current;
    if (action.kind === 'copy') {
      props.onCopy(action.format, current);
      return;
    }
    if (action.kind === 'open') {
      if (current !== null) props.onOpen(current);
      return;
    }
    const index = current === null ? -1 : records.findIndex((r) => r.id === current);
    const next = records[movedIndex(action, index, total)];
    if (!next) return;
    selection.current = next.id;
    props.onSelect(next.id);
    scroll.show(records.indexOf(next));
  }

  const { start, end } = scroll.visible;
  const rows = records.slice(start, end);
  const activeInView = selectedIndex >= start && selectedIndex < end;
  return (
    <div
      ref={box}
      class="request-list"
      role="listbox"
      tabIndex={0}
      // A name that does not change while requests arrive (a screen reader may read it again
      // on every change); the count is said by the view's calm status line (CountStatus).
      aria-label="Requests"
      aria-activedescendant={activeInView && selectedId !== null ? rowDomId(selectedId) : undefined}
      onKeyDown={onKeyDown}
      onScroll={scroll.onScroll}
      onClick={(event) => {
        const row = (event.target as Element).closest?.('[data-id]');
        if (row) props.onActivate(Number(row.getAttribute('data-id')));
      }}
    >
      <div class="spacer" role="presentation" style={{ height: `${total * ROW_HEIGHT}px` }}>
        {rows.map((record, offset) => (
          <RequestRow
            key={record.id}
            record={record}
            annotation={annotateRecord(record)}
            index={start + offset}
            total={total}
            top={(start + offset) * ROW_HEIGHT}
            selected={record.id === selectedId}
            tag={props.tagOf?.(record)}
          />
        ))}
      </div>
    </div>
  );
}
