/**
 * Which page made a request, and whether the request crossed origins. HAR has no field for the
 * page's origin; in order of trust: the context's `pageOrigin`, the request's own Origin header
 * (what the browser itself sent), the page's document entry before it, then the Referer.
 */
import type { Entry } from 'har-format';
import { resourceType } from './chromium';
import { headerValue } from './headers';
import { findBefore, indexIn } from './neighbours';
import type { DiagnosisContext } from './types';
import { originOf } from './url';

export function pageOriginOf(entry: Entry, context: DiagnosisContext): string | undefined {
  const given = originOf(context.pageOrigin);
  if (given) return given;
  const sent = headerValue(entry.request?.headers, 'origin');
  if (sent && sent !== 'null') {
    const origin = originOf(sent);
    if (origin) return origin;
  }
  const entries = context.entries;
  if (entries && entries.length > 0) {
    const index = indexIn(entries, entry);
    const document = findBefore(
      entries,
      index < 0 ? entries.length : index,
      (other) =>
        resourceType(other) === 'document' &&
        (entry.pageref === undefined ||
          other.pageref === undefined ||
          other.pageref === entry.pageref),
    );
    const origin = originOf(entries[document]?.request?.url);
    if (document >= 0 && origin) return origin;
  }
  return originOf(headerValue(entry.request?.headers, 'referer'));
}

/** The request's origin differs from the page's; false when either is unknown. */
export function isCrossOrigin(entry: Entry, context: DiagnosisContext): boolean {
  const page = pageOriginOf(entry, context);
  const target = originOf(entry.request?.url);
  return page !== undefined && target !== undefined && page !== target;
}

/** Resource types that Chromium fetches in CORS mode (fonts always are; the rest may be). */
const CORS_TYPES = new Set(['fetch', 'xhr', 'preflight', 'eventsource', 'font', 'other']);

/**
 * A cross-origin request in CORS mode: its Sec-Fetch-Mode says "cors", or, when the HAR has only
 * the provisional headers of a request that never left (no Sec-Fetch-Mode), its resource type
 * is one fetched in CORS mode (or unknown).
 */
export function inCorsMode(entry: Entry, context: DiagnosisContext): boolean {
  if (!isCrossOrigin(entry, context)) return false;
  const mode = headerValue(entry.request?.headers, 'sec-fetch-mode')?.toLowerCase();
  if (mode !== undefined) return mode === 'cors';
  const type = resourceType(entry);
  return type === undefined || CORS_TYPES.has(type);
}
