import type { Tone } from '../../utils/requests/annotate';
import type { RequestFilter, ToneCounts } from '../../utils/requests/filter';
import { ClassChips } from './ClassChips';

interface Props {
  filter: RequestFilter;
  counts: ToneCounts;
  failedCount: number;
  /** Of the failed, those behind a success status (GraphQL, gRPC, JSON-RPC errors). */
  appCount: number;
  onChange(filter: RequestFilter): void;
}

/** "Failed only", the class chips and the text filter. */
export function FilterBar({ filter, counts, failedCount, appCount, onChange }: Props) {
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
    </div>
  );
}
