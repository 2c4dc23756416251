import type { Tone } from '../../utils/requests/annotate';

interface Props {
  status: number;
  tone: Tone;
}

/** The status number, coloured by its class range (no response and invalid codes have their own). */
export function StatusBadge({ status, tone }: Props) {
  return (
    <span class={`badge tone-${tone}`} aria-hidden="true">
      {status}
    </span>
  );
}
