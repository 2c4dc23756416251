import type { Badge } from '../../utils/entry-badges';

interface Props {
  badges: Badge[];
}

/** Small pills for registry state, vendor and notes ("temporary", "nginx", "log only"). */
export function StatusBadges({ badges }: Props) {
  if (badges.length === 0) return null;
  return (
    <span class="badges">
      {badges.map((badge) => (
        <span key={badge.text} class={`badge badge-${badge.kind}`} title={badge.title}>
          {badge.text}
        </span>
      ))}
    </span>
  );
}
