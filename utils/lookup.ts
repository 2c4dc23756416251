import { type StatusClassInfo, statusClasses, unknownCodeRule } from '../data/classes';
import { everyEntry, reference } from '../data/reference';
import type { StatusEntry } from '../data/types';
import { type ClassKey, classOf } from './status-class';

const FAMILY = { grpc: 'gRPC', websocket: 'WebSocket' } as const;

/** The number, or the range an entry stands for: "4000–4999". */
const numberOf = (entry: StatusEntry) => `${entry.code}${entry.upTo ? `–${entry.upTo}` : ''}`;

/** The exact label people copy: "404 Not Found", "499 Client Closed Request (nginx)",
 * "gRPC 14 UNAVAILABLE", "WebSocket 1006 Abnormal Closure". */
export function labelOf(entry: StatusEntry): string {
  const { origin } = entry;
  if (origin.kind === 'no-response') return 'No response (status 0)';
  if (origin.kind === 'protocol')
    return `${FAMILY[origin.family]} ${numberOf(entry)} ${entry.phrase}`;
  const base = `${entry.code} ${entry.phrase}`;
  return origin.kind === 'vendor' ? `${base} (${origin.vendor})` : base;
}

/** A stable id for an entry: "404", "499-nginx", "grpc-14", "websocket-4000-4999". */
export function idOf(entry: StatusEntry): string {
  if (entry.origin.kind === 'protocol') {
    return `${entry.origin.family}-${numberOf(entry).replace('–', '-')}`;
  }
  if (entry.origin.kind !== 'vendor') return String(entry.code);
  const vendor = entry.origin.vendor.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `${entry.code}-${vendor.replace(/^-|-$/g, '')}`;
}

const byCode = new Map<number, StatusEntry[]>();
for (const entry of reference) {
  const list = byCode.get(entry.code) ?? [];
  list.push(entry);
  byCode.set(entry.code, list);
}

/** Every entry for a number, the official one first. Empty for unknown numbers. */
export function entriesFor(code: number): readonly StatusEntry[] {
  return byCode.get(code) ?? [];
}

// Looked up by a scan, not a map made when the module loads: the pages that never ask pay nothing.
export function entryById(id: string): StatusEntry | undefined {
  return everyEntry.find((entry) => idOf(entry) === id);
}

/** The official entry for a number, else its first vendor entry. */
export function primaryEntry(code: number): StatusEntry | undefined {
  return entriesFor(code)[0];
}

/** Entries of one class, or every entry for 'all'. */
export function entriesInClass(
  entries: readonly StatusEntry[],
  key: ClassKey | 'all',
): StatusEntry[] {
  if (key === 'all') return [...entries];
  return entries.filter((entry) => classOf(entry.code)?.key === key);
}

export type ClassCounts = Record<ClassKey | 'all', number>;

/** How many entries each class holds (an entry, not a number: 499 nginx and 499 ArcGIS are two). */
export function countByClass(entries: readonly StatusEntry[]): ClassCounts {
  const counts: ClassCounts = {
    all: entries.length,
    '1xx': 0,
    '2xx': 0,
    '3xx': 0,
    '4xx': 0,
    '5xx': 0,
  };
  for (const entry of entries) {
    const key = classOf(entry.code)?.key;
    if (key) counts[key] += 1;
  }
  return counts;
}

/** What any input says as a status code. Never throws. */
export type StatusAnswer =
  | { kind: 'known'; code: number; entries: readonly StatusEntry[] }
  | {
      kind: 'unknown';
      code: number;
      statusClass: StatusClassInfo;
      /** "An unrecognised 4xx is treated as 400." */
      note: string;
      rule: { title: string; url: string };
    }
  | { kind: 'invalid'; input: string; message: string };

function toCode(input: unknown): number | null {
  if (typeof input === 'number') return Number.isInteger(input) ? input : null;
  if (typeof input !== 'string') return null;
  const text = input.trim();
  if (text === '000') return 0;
  return /^\d{1,4}$/.test(text) ? Number(text) : null;
}

export function describeStatus(input: unknown): StatusAnswer {
  const code = toCode(input);
  if (code !== null) {
    const entries = entriesFor(code);
    if (entries.length > 0) return { kind: 'known', code, entries };
    const statusClass = classOf(code);
    if (statusClass) {
      return {
        kind: 'unknown',
        code,
        statusClass,
        note: `An unrecognised ${statusClass.key} is treated as ${statusClass.fallback}.`,
        rule: unknownCodeRule,
      };
    }
  }
  const shown = describeInput(input);
  return {
    kind: 'invalid',
    input: shown,
    message: `${shown || 'This'} is not an HTTP status code: codes run from 100 to 599, and 0 means no response.`,
  };
}

function describeInput(input: unknown): string {
  if (typeof input === 'string') return input.slice(0, 40);
  if (typeof input === 'number' || typeof input === 'boolean' || input == null) {
    return String(input);
  }
  return typeof input;
}

export { statusClasses };
