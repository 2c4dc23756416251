import type { Tone } from '../../utils/requests/annotate';
import type { ToneCounts } from '../../utils/requests/filter';

interface Props {
  counts: ToneCounts;
  active: readonly Tone[];
  onToggle(tone: Tone): void;
}

const NAMES: Record<Tone, string> = {
  '1xx': '1xx',
  '2xx': '2xx',
  '3xx': '3xx',
  '4xx': '4xx',
  '5xx': '5xx',
  none: 'No response',
  invalid: 'Invalid',
};

/** One toggle per status class present in the list, with its count. */
export function ClassChips({ counts, active, onToggle }: Props) {
  const tones = (Object.keys(NAMES) as Tone[]).filter(
    (tone) => counts[tone] > 0 || active.includes(tone),
  );
  return (
    <fieldset class="chips">
      <legend class="visually-hidden">Status classes</legend>
      {tones.map((tone) => (
        <button
          key={tone}
          type="button"
          class={`chip tone-${tone}`}
          aria-pressed={active.includes(tone)}
          onClick={() => onToggle(tone)}
        >
          {NAMES[tone]} <span class="count">{counts[tone].toLocaleString('en-US')}</span>
        </button>
      ))}
    </fieldset>
  );
}
