/**
 * One request as the panel, the HAR page and the diagnosis rules see it: a plain record
 * normalised from a HAR entry. Live entries from DevTools and entries of a HAR file go through
 * the same `normalizeEntry`, which treats its input as hostile: every field is checked, every
 * string bounded, and bodies are never kept.
 */

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
  /** Chromium's reason for a failed request (`_error`, e.g. "net::ERR_NAME_NOT_RESOLVED"). */
  error: string;
  /** Chromium's `_fromCache`: "memory" or "disk"; empty when not from the cache. */
  fromCache: string;
  /** Chromium's `response._fetchedViaServiceWorker`. */
  fromServiceWorker: boolean;
  /** Chromium's `_resourceType` ("document", "fetch", "preflight"…); empty when absent. */
  resourceType: string;
  serverIPAddress: string;
}

/** Header values longer than this many characters are cut (a 5 MB header stays 2 KB). */
export const HEADER_VALUE_MAX = 2048;
/** At most this many header lines are kept per side. */
export const HEADERS_MAX = 100;
/** URLs longer than this many characters are cut (data: URLs can be megabytes). */
export const URL_MAX = 8192;
/** Short fields (method, status text, types, reasons) are cut to this many characters. */
export const SHORT_MAX = 256;

type Loose = Record<string, unknown>;

function obj(value: unknown): Loose {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Loose)
    : {};
}

/**
 * The first `max` characters of `text`, as a string of its own: a plain slice of a 5 MB value
 * would keep the whole value alive in memory.
 */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  return Array.from(text.slice(0, max)).join('');
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

function statusOf(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0;
}

/** Why an input is not a usable entry, or null when it is. */
export function entryProblem(input: unknown): string | null {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return 'not an object';
  const entry = obj(input);
  const request = obj(entry.request);
  if (typeof request.url !== 'string' || request.url === '') return 'no request URL';
  if (typeof request.method !== 'string') return 'no request method';
  if (typeof obj(entry.response).status !== 'number') return 'no response status';
  return null;
}

/**
 * True for an entry of a request still in flight: Chromium's getHAR lists those with status 0
 * and an empty `_error` (a finished request without a response always has its net::ERR_
 * reason there). It is no "no response" yet: its finished entry comes later through
 * onRequestFinished. Entries without an `_error` field (Firefox) are never taken as pending.
 */
export function isPendingEntry(input: unknown): boolean {
  const response = obj(obj(input).response);
  return response.status === 0 && '_error' in response && !response._error;
}

/** A record from one HAR entry, or null when the entry lacks a URL, a method or a status. */
export function normalizeEntry(input: unknown, id: number): RequestRecord | null {
  if (entryProblem(input) !== null) return null;
  const entry = obj(input);
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
    status: statusOf(response.status),
    statusText: str(response.statusText),
    startedDateTime: started,
    startedMs: started ? Date.parse(started) : Number.NaN,
    time: num(entry.time),
    timings: timingsOf(entry.timings),
    requestHeaders: requestHeaders.fields,
    responseHeaders: responseHeaders.fields,
    headersOmitted: { request: requestHeaders.omitted, response: responseHeaders.omitted },
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
    error: str(response._error),
    fromCache: str(entry._fromCache, 16),
    fromServiceWorker: response._fetchedViaServiceWorker === true,
    resourceType: str(entry._resourceType, 32),
    serverIPAddress: str(entry.serverIPAddress, 64),
  };
}

/** Every value of a header (names compared without case), in order. */
export function headerValues(headers: readonly HeaderField[], name: string): string[] {
  const wanted = name.toLowerCase();
  return headers.filter((h) => h.name.toLowerCase() === wanted).map((h) => h.value);
}
