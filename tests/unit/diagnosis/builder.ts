/**
 * A tiny builder for hand-made HAR entries (edge cases), and the recorded fixtures from real
 * Chromium (tests/fixtures/diagnosis, made by tests/support/record-diagnosis-fixtures.ts).
 */
import { readFileSync } from 'node:fs';
import type { Entry, Har, Header } from 'har-format';
import { diagnose } from '../../../utils/diagnosis';
import type {
  ChromiumEntry,
  DiagnosisContext,
  Finding,
  RuleId,
} from '../../../utils/diagnosis/types';

export interface EntryOptions {
  method?: string;
  url?: string;
  status?: number;
  statusText?: string;
  httpVersion?: string;
  /** Header lists; repeated names stay separate lines. */
  request?: [string, string][];
  response?: [string, string][];
  started?: string;
  time?: number;
  /** Chromium's `response._error`; null for "did not fail". */
  error?: string | null;
  resourceType?: Entry['_resourceType'];
  requestBodySize?: number;
  requestHeadersSize?: number;
  postData?: { mimeType: string; text: string };
  responseBodySize?: number;
  content?: { size?: number; mimeType?: string; text?: string; encoding?: string };
  pageref?: string;
}

const headers = (list: [string, string][] = []): Header[] =>
  list.map(([name, value]) => ({ name, value }));

/** 2026-03-01T14:01:40Z: the default start of a hand-made entry. */
export const T0 = Date.UTC(2026, 2, 1, 14, 1, 40);

export function entry(options: EntryOptions = {}): ChromiumEntry {
  const url = options.url ?? 'https://api.example.com/v1/items';
  const built: ChromiumEntry = {
    startedDateTime: options.started ?? new Date(T0).toISOString(),
    time: options.time ?? 0,
    request: {
      method: options.method ?? 'GET',
      url,
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: headers(options.request),
      queryString: [],
      headersSize: options.requestHeadersSize ?? -1,
      bodySize: options.requestBodySize ?? 0,
    },
    response: {
      status: options.status ?? 200,
      statusText: options.statusText ?? '',
      httpVersion: options.httpVersion ?? 'HTTP/1.1',
      cookies: [],
      headers: headers(options.response),
      content: {
        size: options.content?.size ?? 0,
        mimeType: options.content?.mimeType ?? 'x-unknown',
        ...(options.content?.text === undefined ? {} : { text: options.content.text }),
        ...(options.content?.encoding === undefined ? {} : { encoding: options.content.encoding }),
      },
      redirectURL: '',
      headersSize: -1,
      bodySize: options.responseBodySize ?? 0,
    },
    cache: {},
    timings: { send: 0, wait: 0, receive: 0 },
  };
  if (options.error !== undefined) built.response._error = options.error;
  if (options.resourceType !== undefined) built._resourceType = options.resourceType;
  if (options.postData) built.request.postData = options.postData;
  if (options.pageref) built.pageref = options.pageref;
  return built;
}

/** A context with a fixed clock. */
export function context(extra: Partial<DiagnosisContext> = {}): DiagnosisContext {
  return { now: () => T0 + 5_000, ...extra };
}

/** The findings of one rule only. */
export function findingsOf(rule: RuleId, e: Entry, ctx: DiagnosisContext = context()): Finding[] {
  return diagnose(e, ctx).filter((f) => f.rule === rule);
}

/** A recorded HAR from tests/fixtures/diagnosis. */
export function fixture(name: string): Entry[] {
  const url = new URL(`../../fixtures/diagnosis/${name}.har`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as Har).log.entries;
}

/** The recorded entry whose URL path is `path` (the first, or the nth with `nth`). */
export function recorded(entries: readonly Entry[], path: string, method?: string, nth = 0): Entry {
  const found = entries.filter(
    (e) => new URL(e.request.url).pathname === path && (!method || e.request.method === method),
  )[nth];
  if (!found) throw new Error(`no recorded entry for ${method ?? ''} ${path}`);
  return found;
}

/** A fixed clock 5 s after a recorded entry ended. */
export function contextFor(
  e: Entry,
  entries?: readonly Entry[],
  extra: Partial<DiagnosisContext> = {},
) {
  const end = Date.parse(e.startedDateTime) + Math.max(e.time, 0);
  return { now: () => end + 5_000, entries, ...extra } satisfies DiagnosisContext;
}
