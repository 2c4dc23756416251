import type { StatusEntry } from '../data/types';

export interface Badge {
  /** Short text shown in the list: "temporary", "nginx", "log only". */
  text: string;
  /** Longer text for the tooltip and screen readers. */
  title: string;
  kind: 'state' | 'note';
}

/** Badges for an entry: registry state when not permanent, the vendor of an unofficial code. */
export function badgesOf(entry: StatusEntry): Badge[] {
  const origin = entry.origin;
  if (origin.kind === 'no-response') {
    return [
      {
        text: 'no HTTP response',
        title: 'Not a status code: the request got no response',
        kind: 'note',
      },
    ];
  }
  if (origin.kind === 'vendor') {
    // The label already names the vendor: "499 Client Closed Request (nginx)".
    const badges: Badge[] = [
      { text: 'unofficial', title: `Not registered: used by ${origin.vendor}`, kind: 'state' },
    ];
    if (origin.logOnly) {
      badges.push({ text: 'log only', title: 'Never reaches the client', kind: 'note' });
    }
    return badges;
  }
  // A gRPC status or a WebSocket close code: its label names the family.
  if (origin.kind === 'protocol') return [];
  const badges: Badge[] = [];
  if (origin.state === 'temporary') {
    const dates = [
      origin.registered && `registered ${origin.registered}`,
      origin.extended && `extended ${origin.extended}`,
      origin.expires && `registration expires ${origin.expires}`,
    ].filter(Boolean);
    badges.push({
      text: 'temporary',
      title: `Temporary registration: ${dates.join(', ')}`,
      kind: 'state',
    });
  } else if (origin.state !== 'permanent') {
    badges.push({ text: origin.state, title: `Registry state: ${origin.state}`, kind: 'state' });
  }
  if (origin.deprecated) {
    badges.push({
      text: 'deprecated',
      title: 'Registered, but deprecated in practice',
      kind: 'state',
    });
  }
  return badges;
}
