import { type StatusClassInfo, statusClasses } from '../data/classes';
import type { StatusEntry } from '../data/types';

export type ClassKey = StatusClassInfo['key'];

/** The class of a status code by its range (Math.floor(code / 100)), or null outside 100–599. */
export function classOf(code: number): StatusClassInfo | null {
  if (!Number.isInteger(code) || code < 100 || code > 599) return null;
  return statusClasses[Math.floor(code / 100) - 1] ?? null;
}

/** A CSS-friendly tone for a code: its class key, 'none' for no response, 'invalid' otherwise. */
export function toneOf(code: number): ClassKey | 'none' | 'invalid' {
  if (code <= 0) return 'none';
  return classOf(code)?.key ?? 'invalid';
}

/** An entry's tone: its code's, and 'none' for another family's codes (gRPC, WebSocket), which
 * are not HTTP classes. The list, an entry's page and links to it all use this. */
export function entryTone(entry: StatusEntry): ClassKey | 'none' | 'invalid' {
  return entry.origin.kind === 'protocol' ? 'none' : toneOf(entry.code);
}
