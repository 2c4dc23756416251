/**
 * Page boundaries. A new page is a new top-level document load: a document request for the URL
 * that `onNavigated` reported. Since Chrome 153, `onNavigated` also fires on
 * `history.pushState`; a single-page app's route change loads no document, so it is not a new
 * page. The redirect hops that led to a new page belong to it.
 */
import type { RequestRecord } from '../har/record';

/** The URL without its fragment, for comparing navigations with requests. */
export function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/** True for a request that loaded a document (Chromium's `_resourceType`; when a browser does
 * not say, an HTML response to a GET). */
export function isDocumentRequest(record: RequestRecord): boolean {
  if (record.resourceType) return record.resourceType === 'document';
  return record.method === 'GET' && record.mimeType.toLowerCase().startsWith('text/html');
}

/** True when `record` is the document load of a navigation to `url`. */
export function loadsPage(record: RequestRecord, url: string): boolean {
  return isDocumentRequest(record) && withoutFragment(record.url) === withoutFragment(url);
}

function resolve(target: string, base: string): string {
  try {
    return new URL(target, base).href;
  } catch {
    return target;
  }
}

/** The redirect hops that ended at `document`, newest first (at most 20, loops cut). */
export function redirectHopsTo(
  records: readonly RequestRecord[],
  document: RequestRecord,
): RequestRecord[] {
  const hops: RequestRecord[] = [];
  let target = withoutFragment(document.url);
  let index = records.indexOf(document);
  if (index === -1) index = records.length;
  while (hops.length < 20) {
    let found = -1;
    for (let i = index - 1; i >= 0 && i >= index - 200; i--) {
      const hop = records[i] as RequestRecord;
      const isRedirect = hop.status >= 300 && hop.status < 400 && hop.redirectURL !== '';
      if (
        isRedirect &&
        isDocumentRequest(hop) &&
        withoutFragment(resolve(hop.redirectURL, hop.url)) === target
      ) {
        found = i;
        break;
      }
    }
    const hop = records[found];
    if (!hop || hops.includes(hop)) break;
    hops.push(hop);
    target = withoutFragment(hop.url);
    index = found;
  }
  return hops;
}

/**
 * What stays when `document` starts a new page: the document, its redirect hops, and every
 * request that started at or after it (the new page's own requests that finished first).
 * Requests without a readable start time stay when they came after the document in the list.
 */
export function keepForNewPage(
  records: readonly RequestRecord[],
  document: RequestRecord,
): RequestRecord[] {
  const keep = new Set<RequestRecord>([document, ...redirectHopsTo(records, document)]);
  const start = document.startedMs;
  const docIndex = records.indexOf(document);
  return records.filter((record, index) => {
    if (keep.has(record)) return true;
    if (Number.isFinite(start) && Number.isFinite(record.startedMs)) {
      return record.startedMs >= start;
    }
    return index > docIndex;
  });
}
