/**
 * The filters of the list: "Failed only" (4xx, 5xx and no response), class chips, and a text
 * filter over the URL, the method, the status and its label. Pure functions over records.
 */
import type { RequestRecord } from '../har/record';
import { annotate, type Tone } from './annotate';

export interface RequestFilter {
  failedOnly: boolean;
  /** The class chips that are on; none on means every class. */
  tones: readonly Tone[];
  text: string;
}

export const NO_FILTER: RequestFilter = { failedOnly: false, tones: [], text: '' };

export const TONES: readonly Tone[] = ['1xx', '2xx', '3xx', '4xx', '5xx', 'none', 'invalid'];

export type ToneCounts = Record<Tone, number>;

export function countTones(records: readonly RequestRecord[]): ToneCounts {
  const counts: ToneCounts = {
    '1xx': 0,
    '2xx': 0,
    '3xx': 0,
    '4xx': 0,
    '5xx': 0,
    none: 0,
    invalid: 0,
  };
  for (const record of records) counts[annotate(record.status, record.error).tone] += 1;
  return counts;
}

type Term = (record: RequestRecord) => boolean;

function termMatcher(term: string): Term {
  const classTerm = /^([1-5])xx$/.exec(term);
  if (classTerm) {
    const digit = Number(classTerm[1]);
    return (record) => Math.floor(record.status / 100) === digit;
  }
  return (record) =>
    record.url.toLowerCase().includes(term) ||
    record.method.toLowerCase() === term ||
    String(record.status).startsWith(term) ||
    annotate(record.status, record.error).label.toLowerCase().includes(term);
}

/** A predicate for one filter; build it once per filter change, not per record. */
export function matcherFor(filter: RequestFilter): (record: RequestRecord) => boolean {
  const terms = filter.text.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8).map(termMatcher);
  const tones = new Set(filter.tones);
  return (record) => {
    const annotation = annotate(record.status, record.error);
    if (filter.failedOnly && !annotation.failed) return false;
    if (tones.size > 0 && !tones.has(annotation.tone)) return false;
    return terms.every((term) => term(record));
  };
}

export function filterRecords(
  records: readonly RequestRecord[],
  filter: RequestFilter,
): readonly RequestRecord[] {
  if (!filter.failedOnly && filter.tones.length === 0 && filter.text.trim() === '') return records;
  return records.filter(matcherFor(filter));
}

export function isFiltered(filter: RequestFilter): boolean {
  return filter.failedOnly || filter.tones.length > 0 || filter.text.trim() !== '';
}
