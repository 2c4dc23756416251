/**
 * The request list's keys. DevTools forwards every key pressed with Ctrl, Alt or Meta, the
 * function keys and Escape out of extension panels to its own shortcuts, so the panel's own
 * keys are plain: arrows, Home/End, Page Up/Down, Enter, and letters for copying.
 */
import type { CopyFormat } from '../copy/format';
import { latinLetter } from '../key-letter';

export type ListAction =
  | { kind: 'move'; by: number }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'open' }
  | { kind: 'copy'; format: CopyFormat };

export interface KeyLike {
  key: string;
  /** The physical key ("KeyC"): the letter keys work on any layout (see latinLetter). */
  code?: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/** Copy keys: c = the request line, l = the label, m = the Markdown note, i = the incident
 * note. Read through latinLetter: with Caps Lock on ("C" without Shift) and on non-Latin
 * layouts ("с" on the C key) too. */
export const COPY_KEYS: Readonly<Record<string, CopyFormat>> = {
  c: 'line',
  l: 'label',
  m: 'markdown',
  i: 'incident',
};

export function listAction(event: KeyLike, pageSize: number): ListAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  switch (event.key) {
    case 'ArrowDown':
      return { kind: 'move', by: 1 };
    case 'ArrowUp':
      return { kind: 'move', by: -1 };
    case 'PageDown':
      return { kind: 'move', by: Math.max(1, pageSize) };
    case 'PageUp':
      return { kind: 'move', by: -Math.max(1, pageSize) };
    case 'Home':
      return { kind: 'first' };
    case 'End':
      return { kind: 'last' };
    case 'Enter':
      return { kind: 'open' };
  }
  if (event.shiftKey) return null;
  const letter = latinLetter(event);
  const format = letter === null ? undefined : COPY_KEYS[letter];
  return format ? { kind: 'copy', format } : null;
}

/** The index selected after a move, from `current` (-1: nothing selected yet). */
export function movedIndex(action: ListAction, current: number, count: number): number {
  if (count === 0) return -1;
  if (action.kind === 'first') return 0;
  if (action.kind === 'last') return count - 1;
  if (action.kind !== 'move') return current;
  if (current === -1) return action.by > 0 ? 0 : count - 1;
  return Math.min(count - 1, Math.max(0, current + action.by));
}
