import type { Tone } from '../../utils/requests/annotate';
import type { RequestFilter, ToneCounts } from '../../utils/requests/filter';
import { ClassChips } from './ClassChips';

interface Props {
  filter: RequestFilter;
  counts: ToneCounts;
  failedCount: number;
  /** Of the failed, those behind a success status (GraphQL, gRPC, JSON-RPC errors). */
  appCount: number;
  /** The failures are shown grouped by endpoint instead of the list. */
  grouped: boolean;
  onGroupedChange(grouped: boolean): void;
  /** The label of the group the list is filtered to ("GET /api/users/:id → 404 Not Found"). */
  groupLabel?: string;
  onChange(filter: RequestFilter): void;
}

/** "Failed only", the class chips and the text filter. */
export function FilterBar(props: Props) {
  const { filter, counts, failedCount, appCount, onChange } = props;
  const toggle = (tone: Tone) =>
    onChange({
      ...filter,
      tones: filter.tones.includes(tone)
        ? filter.tones.filter((t) => t !== tone)
        : [...filter.tones, tone],
    });
  return (
    <div class="filters">
      <input
        type="search"
        class="text-filter"
        aria-label="Filter by URL, method or status"
        placeholder="Filter URL, method, status"
        value={filter.text}
        onInput={(event) => onChange({ ...filter, text: event.currentTarget.value })}
      />
      <label class="failed-only">
        <input
          type="checkbox"
          checked={filter.failedOnly}
          onChange={(event) => onChange({ ...filter, failedOnly: event.currentTarget.checked })}
        />
        Failed only <span class="count">{failedCount.toLocaleString('en-US')}</span>
      </label>
      {appCount > 0 || filter.appOnly ? (
        <button
          type="button"
          class="chip app-chip"
          aria-pressed={filter.appOnly === true}
          title="Failed at the application level behind a success status: GraphQL errors, gRPC or Connect status, JSON-RPC error"
          onClick={() => onChange({ ...filter, appOnly: !filter.appOnly })}
        >
          App errors <span class="count">{appCount.toLocaleString('en-US')}</span>
        </button>
      ) : null}
      <ClassChips counts={counts} active={filter.tones} onToggle={toggle} />
      <button
        type="button"
        class="chip group-toggle"
        aria-pressed={props.grouped}
        onClick={() => props.onGroupedChange(!props.grouped)}
      >
        Group by endpoint
      </button>
      {filter.group !== undefined ? (
        <button
          type="button"
          class="chip group-filter"
          aria-pressed="true"
          title="Show every request again"
          onClick={() => onChange({ ...filter, group: undefined })}
        >
          {props.groupLabel ?? 'One endpoint'} <span aria-hidden="true">×</span>
          <span class="visually-hidden"> (remove this filter)</span>
        </button>
      ) : null}
    </div>
  );
}
