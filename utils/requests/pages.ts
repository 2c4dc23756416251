/**
 * Page boundaries: when a new page starts. The one rule the store follows, decided from what
 * the browser reports, as recorded in real DevTools (Chromium 156; tests/e2e/panel-pages.e2e.ts
 * replays each case):
 *
 * 1. **pageref.** Chromium's DevTools gives every top-level page load its own `pageref`
 *    ("page_7"), on the entries of `getHAR` and of `onRequestFinished` alike: a reload, a
 *    navigation to the same URL, a link, a form POST, a redirected document, and a page restored
 *    from the back/forward cache each bring a new one. A request whose pageref the panel has
 *    not seen before starts a new page. One whose pageref belongs to a page already left (a
 *    slow request of the old page finishing late) belongs to that page, not to the current one.
 *    An iframe's navigation, `pushState`, `replaceState` and a hash change keep the pageref.
 * 2. **Navigation and document.** Where entries carry no pageref, or always the same one
 *    (Firefox), a page starts with the document load of a navigation that `onNavigated`
 *    reported: a document request for the navigated URL (fragment aside), arriving after the
 *    event or at most 50 requests before it, since the previous navigation. A document the
 *    panel already had when it opened, or that already started a page, never starts another:
 *    that is what makes a reload of the same URL a new page. A navigation that brings no
 *    document (a single-page app's route change, a hash change) is no new page.
 * 3. **Restored from the back/forward cache.** Such a page brings no document request and, when
 *    it makes no request, no pageref either; `onNavigated` fires all the same. DevTools then
 *    empties its own log (with its Preserve log off), while after a route change it keeps it. So
 *    after a navigation that started no page, the panel asks `getHAR` once: when DevTools no
 *    longer lists any request of the current page, the page was replaced without a document,
 *    and the list starts over with what DevTools lists, marked as restored from the cache.
 * 4. **At open.** `getHAR` may list several pages (DevTools' own Preserve log): its entries are
 *    taken oldest first through rules 1 and 2, so without the panel's Preserve log only the
 *    newest page stays.
 *
 * The redirect hops that led to a new page's document belong to that page (Chromium reports
 * them under the old pageref, before the document).
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

/** What rule 1 and 2 make of a request as it arrives. */
export type Arrival =
  | { kind: 'same-page' }
  /** This request starts a new page (usually its document). */
  | { kind: 'new-page' }
  /** It belongs to a page already left (rule 1). */
  | { kind: 'earlier-page' };

/** How far back a navigation looks for a document that finished before it was reported. */
export const NAVIGATION_LOOKBACK = 50;
/** Page refs remembered, to tell a page already left from a new one. */
const PAGE_REFS_MAX = 1024;

export interface PageTracker {
  /** A request arrived (from the history at open, or live), in order. */
  arrive(record: RequestRecord): Arrival;
  /** `onNavigated` reported `url`: the document among the requests since the previous
   * navigation that starts the new page (rule 2), or null (wait for it, or no new page). */
  navigated(url: string): RequestRecord | null;
  /** The history is in: what it listed never starts a page by rule 2. */
  historyDone(): void;
  /** True when no page started since the last navigation event: rule 3 should ask. */
  awaitingDocument(): boolean;
  /** Rule 3 found the page replaced without a document. */
  replaced(): void;
}

export function createPageTracker(): PageTracker {
  let currentRef: string | null = null;
  const seenRefs = new Set<string>();
  let pendingUrl: string | null = null;
  let startedSinceNavigation = true;
  /** Requests since the previous navigation event (rule 2 looks back at these). */
  let recent: RequestRecord[] = [];
  /** Documents that started a page, or that the panel had when it opened. */
  const settled = new WeakSet<RequestRecord>();

  function rememberRef(ref: string): void {
    seenRefs.add(ref);
    if (seenRefs.size > PAGE_REFS_MAX) {
      const oldest = seenRefs.values().next().value as string;
      seenRefs.delete(oldest);
    }
  }

  function started(record: RequestRecord): Arrival {
    settled.add(record);
    pendingUrl = null;
    startedSinceNavigation = true;
    recent = [];
    return { kind: 'new-page' };
  }

  return {
    arrive(record) {
      const ref = record.pageRef;
      if (ref !== '') {
        if (currentRef === null) {
          currentRef = ref;
          rememberRef(ref);
        } else if (ref !== currentRef) {
          if (seenRefs.has(ref)) return { kind: 'earlier-page' };
          currentRef = ref;
          rememberRef(ref);
          return started(record);
        }
      }
      if (pendingUrl !== null && !settled.has(record) && loadsPage(record, pendingUrl)) {
        return started(record);
      }
      recent.push(record);
      if (recent.length > NAVIGATION_LOOKBACK) recent.shift();
      return { kind: 'same-page' };
    },
    navigated(url) {
      startedSinceNavigation = false;
      for (let i = recent.length - 1; i >= 0; i--) {
        const record = recent[i] as RequestRecord;
        if (settled.has(record)) break;
        if (loadsPage(record, url)) {
          started(record);
          return record;
        }
      }
      pendingUrl = url;
      recent = [];
      return null;
    },
    historyDone() {
      for (const record of recent) if (isDocumentRequest(record)) settled.add(record);
      recent = [];
    },
    awaitingDocument() {
      return !startedSinceNavigation;
    },
    replaced() {
      startedSinceNavigation = true;
      pendingUrl = null;
      recent = [];
    },
  };
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

function resolve(target: string, base: string): string {
  try {
    return new URL(target, base).href;
  } catch {
    return target;
  }
}

/**
 * What stays when `start` starts a new page: it, the redirect hops to it, and the requests of
 * the new page that arrived first: those that started at or after it (or came after it in the
 * list, when a start time is missing), unless their pageref says they belong to another page.
 */
export function keepForNewPage(
  records: readonly RequestRecord[],
  start: RequestRecord,
): RequestRecord[] {
  const keep = new Set<RequestRecord>([start, ...redirectHopsTo(records, start)]);
  const startMs = start.startedMs;
  const startIndex = records.indexOf(start);
  return records.filter((record, index) => {
    if (keep.has(record)) return true;
    if (start.pageRef !== '' && record.pageRef !== '' && record.pageRef !== start.pageRef) {
      return false;
    }
    if (Number.isFinite(startMs) && Number.isFinite(record.startedMs)) {
      return record.startedMs >= startMs;
    }
    return index > startIndex;
  });
}

/**
 * Rule 3: true when DevTools no longer lists any request of the current page (`current`, not
 * empty): the page was replaced without a document load. `listed` holds `requestKey`s of what
 * `getHAR` returned.
 */
export function replacedWithoutDocument(
  current: readonly RequestRecord[],
  listed: ReadonlySet<string>,
): boolean {
  return current.length > 0 && current.every((record) => !listed.has(requestKey(record)));
}

/** A request's identity across getHAR and onRequestFinished: start, method and URL. */
export function requestKey(record: Pick<RequestRecord, 'startedDateTime' | 'method' | 'url'>) {
  return `${record.startedDateTime} ${record.method} ${record.url}`;
}
