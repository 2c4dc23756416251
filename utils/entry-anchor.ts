import { everyEntry } from '../data/reference';
import type { StatusEntry } from '../data/types';
import { idOf } from './lookup';

/** An entry's address on the reference page: its id, and `no-response` for status 0, which a
 * reader would not guess from "#0". */
export function anchorOf(entry: StatusEntry): string {
  return entry.origin.kind === 'no-response' ? 'no-response' : idOf(entry);
}

let byAnchor: Map<string, StatusEntry> | undefined;

/** The entry at an address of the reference page, if there is one. */
export function entryByAnchor(anchor: string): StatusEntry | undefined {
  byAnchor ??= new Map(everyEntry.map((entry) => [anchorOf(entry), entry]));
  return byAnchor.get(anchor);
}
