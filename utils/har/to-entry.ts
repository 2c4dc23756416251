/**
 * A record back as a HAR entry (the @types/har-format shape, with Chromium's own `_` fields),
 * for code written against HAR entries, such as the diagnosis rules. Bodies were never kept,
 * so `content` has no text; header values are the bounded ones. Made anew on each call and kept by
 * no one here: the caller decides what to keep (utils/requests/diagnose-record.ts keeps the few
 * it is using), so that the panel holds each request once, as its record.
 */
import type { Entry } from 'har-format';
import type { RequestRecord } from './record';

function query(url: string): { name: string; value: string }[] {
  try {
    return [...new URL(url).searchParams].map(([name, value]) => ({ name, value }));
  } catch {
    return [];
  }
}

export function toHarEntry(record: RequestRecord): Entry {
  const response: Entry['response'] & Record<string, unknown> = {
    status: record.status,
    statusText: record.statusText,
    httpVersion: record.httpVersion,
    headers: record.responseHeaders.map(({ name, value }) => ({ name, value })),
    cookies: [],
    content: { size: record.contentSize, mimeType: record.mimeType },
    redirectURL: record.redirectURL,
    headersSize: record.responseHeadersSize,
    bodySize: record.responseBodySize,
    // The reason as recorded, even an empty one (Chromium's DevTools records '' when its own
    // request blocking stopped the request), else null; where it came from and who wrote it
    // travel along, so the rules claim only what that exporter's field means (exporters.ts).
    _error: record.errorField !== '' ? record.error : null,
    _lensReasonField: record.errorField,
    _lensReasonSource: record.errorSource,
    _lensPending: record.pending,
    _fetchedViaServiceWorker: record.fromServiceWorker,
  };
  const entry: Entry = {
    startedDateTime: record.startedDateTime,
    time: record.time,
    request: {
      method: record.method,
      url: record.url,
      httpVersion: record.httpVersion,
      // Header values and the URL were cut to bound memory: their lengths before the cut go
      // along, so that the size rules (414, 431) report what was really sent.
      headers: record.requestHeaders.map(({ name, value, originalLength }) =>
        originalLength ? { name, value, _originalLength: originalLength } : { name, value },
      ),
      queryString: [],
      cookies: [],
      headersSize: record.requestHeadersSize,
      bodySize: record.requestBodySize,
      ...(record.urlLength > record.url.length ? { _urlLength: record.urlLength } : {}),
      ...(record.postData ? { postData: { mimeType: record.postData.mimeType, text: '' } } : {}),
    },
    response,
    cache: {},
    timings: { ...record.timings },
    serverIPAddress: record.serverIPAddress,
  };
  // Chromium's own fields, as it wrote them (any string; the HAR types list known values only).
  const extras: Record<string, string> = {};
  if (record.resourceType) extras._resourceType = record.resourceType;
  if (record.fromCache) extras._fromCache = record.fromCache;
  Object.assign(entry, extras);
  // Parsing the URL is the dearest part, and only the 414 rule reads the query: on first use.
  let parsed: Entry['request']['queryString'] | undefined;
  Object.defineProperty(entry.request, 'queryString', {
    enumerable: true,
    configurable: true,
    get: () => {
      parsed ??= query(record.url);
      return parsed;
    },
  });
  return entry;
}
