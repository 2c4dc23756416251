/**
 * One request as the panel, the HAR page and the diagnosis rules see it: a plain record
 * normalised from a HAR entry. Live entries from DevTools and entries of a HAR file go through
 * the same `normalizeEntry`, which treats its input as hostile: every field is checked, every
 * string bounded, and bodies are never kept.
 */

import type { AppFailure } from '../app-failure/types';
import { type Exporter, failureFields, type ReasonSource } from './exporters';

/** A header line as sent or received. Repeated names stay separate lines. */
export interface HeaderField {
  name: string;
  value: string;
  /** The value's length before it was cut to HEADER_VALUE_MAX; absent when it was not cut. */
  originalLength?: number;
}

/** HAR timings in milliseconds; -1 where the phase did not apply. */
export interface Timings {
  blocked: number;
  dns: number;
  connect: number;
  ssl: number;
  send: number;
  wait: number;
  receive: number;
}

export interface RequestRecord {
  /** Unique within one list; given by whoever creates the record. */
  id: number;
  method: string;
  /** The whole URL, cut to URL_MAX characters. */
  url: string;
  /** The URL's length before it was cut (equals url.length when it was not). */
  urlLength: number;
  httpVersion: string;
  /** The response status; 0 when no response arrived. Never NaN. */
  status: number;
  /** As received: empty on HTTP/2, so never use it as the label. */
  statusText: string;
  /** ISO date as in the HAR, and the same as epoch milliseconds (NaN when unreadable). */
  startedDateTime: string;
  startedMs: number;
  /** Total time in milliseconds, -1 when unknown. */
  time: number;
  timings: Timings;
  requestHeaders: HeaderField[];
  responseHeaders: HeaderField[];
  /** Header lines left out beyond HEADERS_MAX, per side. */
  headersOmitted: { request: number; response: number };
  /** HAR headersSize (-1 when unknown). */
  requestHeadersSize: number;
  responseHeadersSize: number;
  /** The request body's size in bytes (HAR bodySize, else the text's length) and its type;
   * never its text. */
  postData: { size: number; mimeType: string } | null;
  requestBodySize: number;
  /** Response content type and sizes (HAR content.size and bodySize, -1 when unknown). */
  mimeType: string;
  contentSize: number;
  responseBodySize: number;
  /** HAR redirectURL, as received (may be relative). */
  redirectURL: string;
  /** The recorded reason for a failed request, as written ("net::ERR_NAME_NOT_RESOLVED", a
   * proxy's own message); empty when none was recorded, or when Chromium recorded an empty one
   * (`errorField` then says where). Which field, and whose words, come from the exporter
   * (exporters.ts). */
  error: string;
  /** Where the reason was found ("response._error", "response._failureText"); empty: none. */
  errorField: string;
  /** Who wrote the reason: the browser's network stack, a proxy or tool, or unknown. */
  errorSource: ReasonSource | '';
  /** Still in flight when the HAR was taken (Chromium: status 0 with `_error: null`). */
  pending: boolean;
  /** Chromium's `_fromCache`: "memory" or "disk"; empty when not from the cache. */
  fromCache: string;
  /** Chromium's `response._fetchedViaServiceWorker`. */
  fromServiceWorker: boolean;
  /** Chromium's `_resourceType` ("document", "fetch", "preflight"…); empty when absent. */
  resourceType: string;
  /** The HAR `pageref`: the page load DevTools counts the request in ("page_3"); empty when
   * absent. Chromium gives every top-level load its own (utils/requests/pages.ts). */
  pageRef: string;
  serverIPAddress: string;
  /** An application-level failure found in the response's headers or body (a GraphQL
   * `errors` array, a gRPC status…): utils/app-failure. Absent when none was found (or not yet:
   * the live panel reads a body after the record is listed, then sets it once). */
  app?: AppFailure;
}

/** Header values longer than this many characters are cut (a 5 MB header stays 2 KB). */
export const HEADER_VALUE_MAX = 2048;
/** At most this many header lines are kept per side. */
export const HEADERS_MAX = 100;
/** URLs longer than this many characters are cut (data: URLs can be megabytes). */
export const URL_MAX = 8192;
/** Short fields (method, status text, types, reasons) are cut to this many characters. */
export const SHORT_MAX = 256;

/** Shared by every record that kept all its header lines (nearly all of them). */
/** Entries whose exporter is not known: reasons read from the usual fields, named by field. */
const UNKNOWN_EXPORTER: Exporter = Object.freeze({ id: 'unknown', name: '', tool: '' });

const NONE_OMITTED: RequestRecord['headersOmitted'] = Object.freeze({ request: 0, response: 0 });

type Loose = Record<string, unknown>;

function obj(value: unknown): Loose {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Loose)
    : {};
}

/**
 * The first `max` characters of `text`, as a string of its own: a plain slice of a 5 MB value
 * would keep the whole value alive in memory (engines make a slice a view into its string).
 * Slicing a fresh concatenation makes the engine copy the prefix into a new string: as light as
 * splitting it into characters and joining them again, and 30 times quicker (a 4 KB cookie jar
 * rides on every request to some sites).
 */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  return ` ${text.slice(0, max)}`.slice(1);
}

function str(value: unknown, max = SHORT_MAX): string {
  return typeof value === 'string' ? cut(value, max) : '';
}

function num(value: unknown, fallback = -1): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function headersOf(value: unknown): { fields: HeaderField[]; omitted: number } {
  const list = Array.isArray(value) ? value : [];
  const fields: HeaderField[] = [];
  let omitted = 0;
  for (const item of list) {
    const header = obj(item);
    if (typeof header.name !== 'string' || typeof header.value !== 'string') continue;
    if (fields.length >= HEADERS_MAX) {
      omitted += 1;
      continue;
    }
    const field: HeaderField = {
      name: str(header.name),
      value: cut(header.value, HEADER_VALUE_MAX),
    };
    if (header.value.length > HEADER_VALUE_MAX) field.originalLength = header.value.length;
    fields.push(field);
  }
  return { fields, omitted };
}

function timingsOf(value: unknown): Timings {
  const t = obj(value);
  return {
    blocked: num(t.blocked),
    dns: num(t.dns),
    connect: num(t.connect),
    ssl: num(t.ssl),
    send: num(t.send),
    wait: num(t.wait),
    receive: num(t.receive),
  };
}

/** The status as the file writes it: a number, or a string of digits ("404"); -1 (Playwright's
 * "no response") stays -1. Null when it is neither. */
export function statusOf(value: unknown): number | null {
  // A number that is no integer (which no file can hold as NaN) reads as no status: 0.
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : 0;
  if (typeof value === 'string' && /^\s*-?\d{1,6}\s*$/.test(value)) return Number(value);
  return null;
}

/** Why an input is not a usable entry, or null when it is. */
export function entryProblem(input: unknown): string | null {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return 'not an object';
  const entry = obj(input);
  const request = obj(entry.request);
  if (typeof request.url !== 'string' || request.url === '') return 'no request URL';
  if (typeof request.method !== 'string') return 'no request method';
  if (statusOf(obj(entry.response).status) === null) return 'no response status';
  return null;
}

/**
 * True for an entry of a request still in flight: Chromium's getHAR lists those with status 0
 * and `_error: null`. It is no "no response" yet: its finished entry comes later through
 * onRequestFinished. A request that ended without a response has its reason there instead
 * ("net::ERR_…"), or an empty one (`_error: ""`) when DevTools' own request blocking stopped
 * it: those are finished. Entries without an `_error` field (Firefox) are never pending.
 */
export function isPendingEntry(input: unknown): boolean {
  const response = obj(obj(input).response);
  return response.status === 0 && '_error' in response && response._error === null;
}

/** The fields that identify an entry across getHAR and onRequestFinished, cut as a record's
 * are (pages.ts `requestKey` makes the same key from a record). */
export function entryIdentity(input: unknown): {
  startedDateTime: string;
  method: string;
  url: string;
} {
  const entry = obj(input);
  const request = obj(entry.request);
  return {
    startedDateTime: str(entry.startedDateTime, 64),
    method: str(request.method, 32),
    url: typeof request.url === 'string' ? cut(request.url, URL_MAX) : '',
  };
}

/** A record from one HAR entry, or null when the entry lacks a URL, a method or a status. Its
 * failure fields are read as `exporter` writes them. */
export function normalizeEntry(
  input: unknown,
  id: number,
  exporter: Exporter = UNKNOWN_EXPORTER,
): RequestRecord | null {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return null;
  // DevTools hands each entry over with a prototype of its own (the request's getContent), so
  // every field read from it is looked up the slow way, the absent ones slowest. Its own fields
  // are copied once into a plain object, which reads quickly after that.
  const entry: Loose = { ...input };
  if (entryProblem(entry) !== null) return null;
  const failure = failureFields(exporter, entry);
  const request = obj(entry.request);
  const response = obj(entry.response);
  const content = obj(response.content);
  const post = request.postData === undefined ? null : obj(request.postData);
  const url = String(request.url);
  const started = str(entry.startedDateTime, 64);
  const requestHeaders = headersOf(request.headers);
  const responseHeaders = headersOf(response.headers);
  return {
    id,
    method: str(request.method, 32),
    url: cut(url, URL_MAX),
    urlLength: url.length,
    httpVersion: str(response.httpVersion || request.httpVersion, 32),
    status: statusOf(response.status) ?? 0,
    statusText: str(response.statusText),
    startedDateTime: started,
    startedMs: started ? Date.parse(started) : Number.NaN,
    time: num(entry.time),
    timings: timingsOf(entry.timings),
    requestHeaders: requestHeaders.fields,
    responseHeaders: responseHeaders.fields,
    headersOmitted:
      requestHeaders.omitted === 0 && responseHeaders.omitted === 0
        ? NONE_OMITTED
        : { request: requestHeaders.omitted, response: responseHeaders.omitted },
    requestHeadersSize: num(request.headersSize),
    responseHeadersSize: num(response.headersSize),
    postData: post
      ? {
          size:
            num(request.bodySize) >= 0
              ? num(request.bodySize)
              : typeof post.text === 'string'
                ? post.text.length
                : 0,
          mimeType: str(post.mimeType),
        }
      : null,
    requestBodySize: num(request.bodySize),
    mimeType: str(content.mimeType),
    contentSize: num(content.size),
    responseBodySize: num(response.bodySize),
    redirectURL: str(response.redirectURL, URL_MAX),
    error: failure.reason ? str(failure.reason.text) : '',
    errorField: failure.reason?.field ?? '',
    errorSource: failure.reason?.source ?? '',
    pending: failure.pending,
    fromCache: str(entry._fromCache, 16),
    fromServiceWorker: response._fetchedViaServiceWorker === true,
    resourceType: str(entry._resourceType, 32),
    pageRef: str(entry.pageref, 64),
    serverIPAddress: str(entry.serverIPAddress, 64),
  };
}

/** Every value of a header (names compared without case), in order. */
export function headerValues(headers: readonly HeaderField[], name: string): string[] {
  const wanted = name.toLowerCase();
  return headers.filter((h) => h.name.toLowerCase() === wanted).map((h) => h.value);
}

/** Strings of at most this many characters (methods, types, addresses, reasons) are pooled. */
const POOLED_STRING_MAX = 64;
/** At most this many such strings are pooled. */
const POOLED_STRINGS_MAX = 4096;
/** At most this many header names are pooled, and this many origins remembered. */
const POOLED_NAMES_MAX = 512;
const ORIGINS_MAX = 256;
/** Each header name keeps its most recent few distinct values. */
const RECENT_VALUES = 4;
/** After this many new values, a name whose values came back less than one time in four stops
 * keeping values (date, etag, content-length, request ids): its name alone is shared. */
const VARYING_AFTER = 64;

interface NameSlot {
  name: string;
  /** The latest distinct lines with this name, newest first; empty once the values vary. */
  recent: HeaderField[];
  hits: number;
  misses: number;
}

/** One side's lines of the last record from an origin, and the name slot of each, in order:
 * the next record's lines are compared with them first. */
interface Side {
  lines: readonly HeaderField[];
  slots: (NameSlot | undefined)[];
}

interface OriginState {
  last: RequestRecord;
  request: Side;
  response: Side;
}

/**
 * Keeps once what repeats from one record to the next. A browser sends the same user agent,
 * client hints, accept headers and cookie jar (often 4 KB) with every request to a site, and a
 * server the same dozen lines (server, security policy, CORS, caching) with every response;
 * each HAR entry brings fresh copies of them all, and sharing them is most of what a record
 * costs in memory. Records are plain data that nobody changes; shared lines are frozen.
 * Cheap per record: each line is compared with the same line of the last record from the same
 * origin first (most match, or at least share the name), then with a few recent values of its
 * name; only the rest are looked up by name. Bounded by the constants above.
 */
export interface RecordPool {
  /** `record`, its repeated strings and header lines replaced by shared, equal ones. */
  share(record: RequestRecord): RequestRecord;
}

/** Two lines of the same name with the same (bounded) value, cut from values of one length. */
const same = (a: HeaderField, b: HeaderField) =>
  a.value === b.value && a.originalLength === b.originalLength;

/** "https://host:port" of a URL, or the URL itself when it has no such prefix. */
function originOf(url: string): string {
  const slash = url.indexOf('/', url.indexOf('//') + 2);
  return slash === -1 ? url : url.slice(0, slash);
}

const NO_SIDE: Side = { lines: [], slots: [] };

export function createRecordPool(): RecordPool {
  const strings = new Map<string, string>();
  const names = new Map<string, NameSlot>();
  const origins = new Map<string, OriginState>();

  /** `text` kept once; `last` is the same field of the origin's last record. */
  function string(text: string, last: string | undefined): string {
    if (text === last) return last;
    if (text.length === 0 || text.length > POOLED_STRING_MAX) return text;
    const known = strings.get(text);
    if (known !== undefined) return known;
    if (strings.size < POOLED_STRINGS_MAX) strings.set(text, text);
    return text;
  }

  function slotOf(name: string): NameSlot | undefined {
    const slot = names.get(name);
    if (slot || names.size >= POOLED_NAMES_MAX) return slot;
    const made: NameSlot = { name, recent: [], hits: 0, misses: 0 };
    names.set(name, made);
    return made;
  }

  function field(line: HeaderField, slot: NameSlot): HeaderField {
    const recent = slot.recent;
    for (const known of recent) {
      if (same(known, line)) {
        slot.hits += 1;
        return known;
      }
    }
    line.name = slot.name;
    if (slot.misses >= VARYING_AFTER && slot.hits * 4 < slot.misses) {
      recent.length = 0;
      return line;
    }
    slot.misses += 1;
    recent.unshift(Object.freeze(line));
    if (recent.length > RECENT_VALUES) recent.pop();
    return line;
  }

  /** Shares the lines of `list` in place; returns them with their slots, for the next record. */
  function lines(list: HeaderField[], before: Side): Side {
    const slots: (NameSlot | undefined)[] = new Array(list.length);
    for (let i = 0; i < list.length; i++) {
      const line = list[i] as HeaderField;
      const previous = before.lines[i];
      let slot: NameSlot | undefined;
      if (previous !== undefined && previous.name === line.name) {
        slot = before.slots[i];
        if (same(previous, line)) {
          list[i] = previous;
          slots[i] = slot;
          continue;
        }
      } else if (!Object.isFrozen(line)) {
        slot = slotOf(line.name);
      }
      slots[i] = slot;
      if (slot && !Object.isFrozen(line)) list[i] = field(line, slot);
    }
    return { lines: list, slots };
  }

  return {
    share(record) {
      const origin = originOf(record.url);
      const state = origins.get(origin);
      const last = state?.last;
      record.method = string(record.method, last?.method);
      record.httpVersion = string(record.httpVersion, last?.httpVersion);
      record.statusText = string(record.statusText, last?.statusText);
      record.mimeType = string(record.mimeType, last?.mimeType);
      record.error = string(record.error, last?.error);
      record.errorField = string(record.errorField, last?.errorField);
      record.fromCache = string(record.fromCache, last?.fromCache);
      record.resourceType = string(record.resourceType, last?.resourceType);
      record.pageRef = string(record.pageRef, last?.pageRef);
      record.serverIPAddress = string(record.serverIPAddress, last?.serverIPAddress);
      if (record.postData) record.postData.mimeType = string(record.postData.mimeType, undefined);
      const request = lines(record.requestHeaders, state?.request ?? NO_SIDE);
      const response = lines(record.responseHeaders, state?.response ?? NO_SIDE);
      if (state) {
        state.last = record;
        state.request = request;
        state.response = response;
      } else if (origins.size < ORIGINS_MAX) {
        origins.set(origin, { last: record, request, response });
      }
      return record;
    },
  };
}
