/**
 * The filters of the list: "Failed only" (failure.ts says what failed), class chips, and a text
 * filter over the URL, the method, the status and its label. Pure functions over records.
 */
import type { RequestRecord } from '../har/record';
import { type Annotation, annotateRecord, type Tone } from './annotate';
import { failureOf, isFailed } from './failure';
import { type Fold, groupKeyOf, incremental } from './summary';

export interface RequestFilter {
  failedOnly: boolean;
  /** Only the application-level failures (behind a success status: failure.ts 'app'). */
  appOnly?: boolean;
  /** Only the failures of one endpoint with one outcome (summary.ts `groupKeyOf`). */
  group?: string;
  /** The class chips that are on; none on means every class. */
  tones: readonly Tone[];
  text: string;
}

export const NO_FILTER: RequestFilter = { failedOnly: false, tones: [], text: '' };

export const TONES: readonly Tone[] = ['1xx', '2xx', '3xx', '4xx', '5xx', 'none', 'invalid'];

export type ToneCounts = Record<Tone, number>;

function toneFold(): Fold<ToneCounts> {
  const counts: ToneCounts = {
    '1xx': 0,
    '2xx': 0,
    '3xx': 0,
    '4xx': 0,
    '5xx': 0,
    none: 0,
    invalid: 0,
  };
  return {
    add: (record) => {
      counts[annotateRecord(record).tone] += 1;
    },
    remove: (record) => {
      counts[annotateRecord(record).tone] -= 1;
    },
    result: () => ({ ...counts }),
  };
}

/** A class counter of its own (each keeps the last list it was given, to follow the next). */
export const createToneCounter = (): ((records: readonly RequestRecord[]) => ToneCounts) =>
  incremental(toneFold);

/** How many records of each class (for the chips), extended as the list grows. */
export const countTones = createToneCounter();

type Term = (record: RequestRecord) => boolean;

/** True for a term of printable ASCII characters only (terms have no white space). */
const printableAscii = (text: string) => /^[!-~]*$/.test(text);

/**
 * Case-insensitive "contains": a regular expression with the `i` flag when the term is ASCII
 * (URLs are: browsers percent-encode the rest), which spares a lowercased copy of every URL on
 * every keystroke; `toLowerCase` otherwise.
 */
function containsIgnoringCase(term: string): (text: string) => boolean {
  if (!printableAscii(term)) return (text) => text.toLowerCase().includes(term);
  const pattern = new RegExp(term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
  return (text) => pattern.test(text);
}

function termMatcher(term: string): Term {
  const classTerm = /^([1-5])xx$/.exec(term);
  if (classTerm) {
    const digit = Number(classTerm[1]);
    return (record) => Math.floor(record.status / 100) === digit;
  }
  const inUrl = containsIgnoringCase(term);
  // A status and its label repeat over thousands of records: decided once per term. An HTTP
  // status's label is that of the status alone, so both are decided together, in one look-up.
  const httpStatuses = new Map<number, boolean>();
  const statuses = new Map<number, boolean>();
  const labels = new Map<Annotation, boolean>();
  const method = (record: RequestRecord) =>
    record.method.length === term.length && record.method.toLowerCase() === term;
  return (record) => {
    if (record.status >= 100 && record.status <= 599) {
      let known = httpStatuses.get(record.status);
      if (known === undefined) {
        known =
          String(record.status).startsWith(term) ||
          annotateRecord(record).label.toLowerCase().includes(term);
        httpStatuses.set(record.status, known);
      }
      return known || method(record) || inUrl(record.url);
    }
    let status = statuses.get(record.status);
    if (status === undefined) {
      status = String(record.status).startsWith(term);
      statuses.set(record.status, status);
    }
    if (status) return true;
    const annotation = annotateRecord(record);
    let label = labels.get(annotation);
    if (label === undefined) {
      label = annotation.label.toLowerCase().includes(term);
      labels.set(annotation, label);
    }
    return label || method(record) || inUrl(record.url);
  };
}

/** A predicate for one filter; build it once per filter change, not per record. */
export function matcherFor(filter: RequestFilter): (record: RequestRecord) => boolean {
  const terms = filter.text.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8).map(termMatcher);
  const tones = new Set(filter.tones);
  const { failedOnly, appOnly, group } = filter;
  // Cheapest first, and the class's tone only when a chip is on: 50,000 records per change.
  return (record) => {
    if (failedOnly && !isFailed(record)) return false;
    if (appOnly && failureOf(record) !== 'app') return false;
    if (group !== undefined && groupKeyOf(record) !== group) return false;
    if (tones.size > 0 && !tones.has(annotateRecord(record).tone)) return false;
    for (const term of terms) if (!term(record)) return false;
    return true;
  };
}

export function filterRecords(
  records: readonly RequestRecord[],
  filter: RequestFilter,
): readonly RequestRecord[] {
  if (!isFiltered(filter)) return records;
  return records.filter(matcherFor(filter));
}

export function isFiltered(filter: RequestFilter): boolean {
  return (
    filter.failedOnly ||
    filter.appOnly === true ||
    filter.group !== undefined ||
    filter.tones.length > 0 ||
    filter.text.trim() !== ''
  );
}
