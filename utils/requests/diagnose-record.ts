/**
 * The diagnosis rules (utils/diagnosis) over the panel's records: the `Diagnose` that the
 * DevTools panel and the HAR page receive from their main.tsx.
 *
 * Off the hot path: nothing here runs when a request arrives. A row's tag is worked out when the
 * row is drawn, and kept per record; the full findings only for the selected request. The rules
 * see the records around one (CONTEXT_WINDOW on each side, turned into HAR entries), never the
 * whole list of 50,000: they look no further than 200 entries away themselves. The entries made
 * are kept with the list they were made for (the store's snapshot: a new one comes with new
 * requests, and Clear lets go of it) and the snapshots that continue it, at most ENTRY_CACHE of
 * them: a copy of every request would double what the panel holds.
 * No page origin is passed: the CORS rule takes it from the request's own Origin header, the
 * page's document request before it, or the Referer (asking the inspected page itself would
 * mean running code in it, which this extension never does).
 */
import type { Entry } from 'har-format';
import { appFinding, appLabel } from '../app-failure/explain';
import {
  bodyReadable,
  type DiagnosisContext,
  diagnose,
  type Finding,
  incidentNote,
  requestIds,
  rowTag,
} from '../diagnosis';
import { formatClockUtc } from '../diagnosis/time';
import type { RequestRecord } from '../har/record';
import { toHarEntry } from '../har/to-entry';
import type { BodyText, Diagnose, Diagnosis } from './diagnosis-slot';
import { endpointOf } from './routes';
import { continuationOf } from './store';
import { groupKeyOf } from './summary';
import { MAX_ROWS_IN_DOM } from './virtual';

/** How many records on each side of one the rules are shown (they scan up to 200 away; a
 * redirect chain is walked hop by hop and may reach a little further). */
export const CONTEXT_WINDOW = 400;

/** HAR entries kept per list: the rows a list draws (at most MAX_ROWS_IN_DOM, one after the
 * other) with the window on each side of them, so that none is made twice for one render. */
export const ENTRY_CACHE = MAX_ROWS_IN_DOM + 2 * CONTEXT_WINDOW;

/** A row's tag is final once this many records follow it. */
export const SETTLED = 25;

export interface DiagnoseOptions {
  /** Epoch milliseconds: the one clock the rules read ("that moment is 12 s from now"). */
  now(): number;
  /** Formats a moment for people; the rules default to "14:02:10 UTC". */
  formatClock?: (ms: number, reference: number) => string;
  /** Who recorded the requests (DiagnosisContext.exporter). */
  exporter?: DiagnosisContext['exporter'];
}

/** Where `record` is in `records`: by id (the stores number records in list order), else by
 * identity; -1 when it is not there. */
export function indexOfRecord(records: readonly RequestRecord[], record: RequestRecord): number {
  let low = 0;
  let high = records.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const other = records[middle] as RequestRecord;
    if (other === record) return middle;
    if (other.id < record.id) low = middle + 1;
    else high = middle - 1;
  }
  return records.lastIndexOf(record);
}

interface Around {
  entries: Entry[];
  /** How many records follow this one inside the window (CONTEXT_WINDOW at most). */
  after: number;
}

/** HAR entries for records, the last `limit` made kept for reuse (oldest made, first gone). */
function entryCache(limit: number): (record: RequestRecord) => Entry {
  const kept = new Map<RequestRecord, Entry>();
  return (record) => {
    let entry = kept.get(record);
    if (!entry) {
      entry = toHarEntry(record);
      kept.set(record, entry);
      if (kept.size > limit) kept.delete(kept.keys().next().value as RequestRecord);
    }
    return entry;
  };
}

/** The record's neighbours as HAR entries, with `entry` (the record's own) in its place. */
function around(
  records: readonly RequestRecord[],
  record: RequestRecord,
  entry: Entry,
  entryOf: (record: RequestRecord) => Entry,
): Around {
  const index = indexOfRecord(records, record);
  if (index < 0) return { entries: [entry], after: 0 };
  const start = Math.max(0, index - CONTEXT_WINDOW);
  const end = Math.min(records.length, index + CONTEXT_WINDOW + 1);
  const entries: Entry[] = [];
  for (let i = start; i < end; i++)
    entries.push(i === index ? entry : entryOf(records[i] as RequestRecord));
  return { entries, after: end - index - 1 };
}

/** application/json, text/json, application/problem+json and other +json types. */
const JSON_TYPE = /^\s*(application|text)\/([\w.+-]*\+)?json\s*(;|$)/i;

/** The body for the rules, with its own type, else (when the browser gave none) the record's. */
function bodyContext(body: BodyText | undefined): DiagnosisContext['body'] {
  if (!body) return undefined;
  return body.mimeType ? { text: body.text, mimeType: body.mimeType } : { text: body.text };
}

/** The slot's plain shape of the rules' findings and request IDs. */
function toDiagnosis(entry: Entry, findings: readonly Finding[]): Diagnosis {
  return {
    findings: findings.map(({ severity, title, details }) => ({ severity, title, details })),
    requestIds: requestIds(entry).map(({ label, header, value, side }) => ({
      label,
      header,
      value,
      side,
    })),
  };
}

/** "3× GET /api/users/:id → 404 Not Found, 14:02:10 UTC to 14:05:00 UTC": the failures of the
 * list in the record's group (summary.ts), or undefined when it did not fail. */
export function groupOf(
  record: RequestRecord,
  records: readonly RequestRecord[],
  formatClock: (ms: number, reference: number) => string,
): string | undefined {
  const key = groupKeyOf(record);
  if (key === null) return undefined;
  let count = 0;
  let first = Number.NaN;
  let last = Number.NaN;
  for (const other of records) {
    if (other.status === record.status && groupKeyOf(other) === key) {
      count += 1;
      if (!(other.startedMs >= first)) first = other.startedMs;
      if (!(other.startedMs <= last)) last = other.startedMs;
    }
  }
  if (count === 0) return undefined;
  const { method, route } = endpointOf(record);
  const outcome = key.slice(key.indexOf(' → ') + 3);
  const head = `${count.toLocaleString('en-US')}× ${method} ${route} → ${outcome}`;
  if (!Number.isFinite(first)) return head;
  const from = formatClock(first, last);
  return count === 1 || first === last
    ? `${head}, at ${from}`
    : `${head}, ${from} to ${formatClock(last, last)}`;
}

export function createDiagnose(options: DiagnoseOptions): Diagnose {
  // A row's tag, and how many records followed it when it was worked out. What comes after a
  // request can change its tag (the rest of a redirect chain or loop arrives a moment later),
  // so a tag is worked out again when more records arrived, until SETTLED of them follow it.
  const tags = new WeakMap<RequestRecord, { tag: string | undefined; after: number }>();
  const entryCaches = new WeakMap<readonly RequestRecord[], (record: RequestRecord) => Entry>();
  // The last list asked about, held weakly: its entries serve the store's next snapshot when
  // that continues it (the same records, the oldest dropped, new ones added: continuationOf).
  // While requests pour in, each render brings a new snapshot, and the rows it draws and the
  // records around them would otherwise all be made into entries again.
  let previous: WeakRef<readonly RequestRecord[]> | undefined;
  function entriesFor(records: readonly RequestRecord[]): (record: RequestRecord) => Entry {
    let entryOf = entryCaches.get(records);
    if (!entryOf) {
      const before = previous?.deref();
      const continued =
        before !== undefined && continuationOf(before, records) !== null
          ? entryCaches.get(before)
          : undefined;
      entryOf = continued ?? entryCache(ENTRY_CACHE);
      entryCaches.set(records, entryOf);
      previous = new WeakRef(records);
    }
    return entryOf;
  }

  function contextFor(entries: Entry[], body?: BodyText): DiagnosisContext {
    const context: DiagnosisContext = { now: options.now, entries };
    if (options.formatClock) context.formatClock = options.formatClock;
    if (options.exporter) context.exporter = options.exporter;
    const read = bodyContext(body);
    if (read) context.body = read;
    return context;
  }

  function findingsOf(
    record: RequestRecord,
    records: readonly RequestRecord[],
    body?: BodyText,
  ): { entry: Entry; findings: Finding[]; after: number } {
    const entryOf = entriesFor(records);
    const entry = entryOf(record);
    const { entries, after } = around(records, record, entry, entryOf);
    const findings = diagnose(entry, contextFor(entries, body));
    // An application-level failure leads: it is what DevTools' green 200 hides.
    if (record.app) findings.unshift(appFinding(record.app, record.status));
    return { entry, findings, after };
  }

  return {
    tag(record, records) {
      // Set once, after the row may have been drawn (the live panel reads the body later).
      if (record.app) return appLabel(record.app);
      const known = tags.get(record);
      if (known) {
        if (known.after >= SETTLED) return known.tag;
        const index = indexOfRecord(records, record);
        if (index < 0 || records.length - index - 1 <= known.after) return known.tag;
      }
      const { findings, after } = findingsOf(record, records);
      const tag = rowTag(findings);
      tags.set(record, { tag, after });
      return tag;
    },
    diagnose(record, records, body) {
      const { entry, findings } = findingsOf(record, records, body);
      return toDiagnosis(entry, findings);
    },
    errorBody(record) {
      if (record.status < 400 || !JSON_TYPE.test(record.mimeType)) return null;
      return bodyReadable({ mimeType: record.mimeType, size: record.contentSize });
    },
    incident(record, records, body) {
      const { entry, findings } = findingsOf(record, records, body);
      const note = incidentNote(entry, findings);
      const group = groupOf(record, records, options.formatClock ?? formatClockUtc);
      if (group) note.group = group;
      return note;
    },
  };
}
