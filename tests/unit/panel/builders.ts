// A tiny builder for edge cases, and the recorded fixtures, typed with the standard HAR types.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Entry, Har, Header, Response } from 'har-format';
import { normalizeEntry, type RequestRecord } from '../../../utils/har/record';

export interface EntryOptions {
  method?: string;
  url?: string;
  status?: number;
  statusText?: string;
  httpVersion?: string;
  started?: string;
  time?: number;
  requestHeaders?: Header[];
  responseHeaders?: Header[];
  redirectURL?: string;
  error?: string;
  resourceType?: Entry['_resourceType'] | '';
  mimeType?: string;
  fromCache?: 'memory' | 'disk';
  serviceWorker?: boolean;
  postData?: { mimeType: string; text: string };
  /** The HAR `pageref` (Chromium: one per top-level page load). */
  pageref?: string;
}

/** Chromium's fields that @types/har-format does not list. */
type ChromiumResponse = Response & { _error: string | null; _fetchedViaServiceWorker: boolean };

export function entry(options: EntryOptions = {}): Entry {
  const response: ChromiumResponse = {
    status: options.status ?? 200,
    statusText: options.statusText ?? '',
    httpVersion: options.httpVersion ?? 'HTTP/1.1',
    headers: options.responseHeaders ?? [],
    cookies: [],
    content: { size: 0, mimeType: options.mimeType ?? 'application/json' },
    redirectURL: options.redirectURL ?? '',
    headersSize: -1,
    bodySize: 0,
    _error: options.error ?? null,
    _fetchedViaServiceWorker: options.serviceWorker ?? false,
  };
  const made: Entry = {
    startedDateTime: options.started ?? '2026-11-27T10:00:00.000Z',
    time: options.time ?? 12.5,
    request: {
      method: options.method ?? 'GET',
      url: options.url ?? 'https://shop.example/api/users',
      httpVersion: 'HTTP/1.1',
      headers: options.requestHeaders ?? [],
      queryString: [],
      cookies: [],
      headersSize: -1,
      bodySize: options.postData ? options.postData.text.length : 0,
      ...(options.postData ? { postData: options.postData } : {}),
    },
    response,
    cache: {},
    timings: { send: 1, wait: 10, receive: 1.5 },
    _resourceType: (options.resourceType ?? 'fetch') as Entry['_resourceType'],
  };
  if (options.fromCache) made._fromCache = options.fromCache;
  if (options.pageref) made.pageref = options.pageref;
  return made;
}

let nextId = 1000;

export function record(options: EntryOptions = {}): RequestRecord {
  const made = normalizeEntry(entry(options), nextId++);
  if (!made) throw new Error('the builder made an unusable entry');
  return made;
}

// A path, not a URL: happy-dom replaces the global URL class in component tests.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/panel');

export function fixture(name: 'demo-load.har' | 'demo-session.live.har'): Har & {
  log: { _navigations?: { url: string; afterEntries: number }[] };
} {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
}

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** The first recorded entry whose URL contains `part`. */
export function recordedEntry(
  part: string,
  name: 'demo-load.har' | 'demo-session.live.har' = 'demo-session.live.har',
): Entry {
  const found = fixture(name).log.entries.find((e) => e.request.url.includes(part));
  if (!found) throw new Error(`no recorded entry for ${part}`);
  return found;
}
