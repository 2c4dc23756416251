import { useMemo } from 'preact/hooks';
import type { RequestRecord } from '../../utils/har/record';
import {
  countTones,
  filterRecords,
  isFiltered,
  type RequestFilter,
} from '../../utils/requests/filter';
import { summarize } from '../../utils/requests/summary';

/** What the list shows for a snapshot and a filter: the rows, the chip counts, the summary. */
export function useListView(records: readonly RequestRecord[], filter: RequestFilter) {
  const shown = useMemo(() => filterRecords(records, filter), [records, filter]);
  const counts = useMemo(() => countTones(records), [records]);
  const summary = useMemo(() => summarize(records), [records]);
  return { shown, counts, summary, filtered: isFiltered(filter) };
}
