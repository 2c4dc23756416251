import { appMeaning } from '../../utils/app-failure/explain';
import { formatClockUtc } from '../../utils/diagnosis/time';
import { annotateRecord } from '../../utils/requests/annotate';
import type { FailureGroup } from '../../utils/requests/summary';

interface Props {
  groups: readonly FailureGroup[];
  /** Shows the group's requests in the list. */
  onChoose(key: string): void;
}

/** What a group's newest request says of its outcome: the app code's meaning, the recorded
 * reason, or the status's meaning. */
function explanation(group: FailureGroup): string {
  const { latest } = group;
  if (latest.app && latest.status < 400)
    return appMeaning(latest.app) || annotateRecord(latest).meaning;
  return latest.error || annotateRecord(latest).meaning;
}

function when(group: FailureGroup): string {
  const first = formatClockUtc(group.firstMs, group.lastMs);
  if (group.count === 1 || group.firstMs === group.lastMs) return first;
  return `${first} – ${formatClockUtc(group.lastMs, group.lastMs)}`;
}

/** The failures grouped by endpoint and outcome; choosing one filters the list to it. */
export function GroupList({ groups, onChoose }: Props) {
  if (groups.length === 0) return <p class="no-match">No request failed.</p>;
  return (
    <ul class="group-list" aria-label="Failures by endpoint">
      {groups.map((group) => (
        <li key={group.key} class="group">
          <button type="button" class="group-button" onClick={() => onChoose(group.key)}>
            <span class="group-count">{group.count.toLocaleString('en-US')}×</span>{' '}
            <span class="method">{group.method}</span>{' '}
            <span class="group-route">{group.route}</span>{' '}
            <span class="group-outcome">→ {group.outcome}</span>
          </button>
          <span class="group-host muted">{group.host}</span>{' '}
          <span class="group-when muted">{when(group)}</span>
          <p class="group-meaning">{explanation(group)}</p>
        </li>
      ))}
    </ul>
  );
}
