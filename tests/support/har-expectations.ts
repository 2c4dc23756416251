/**
 * What a HAR file holds, counted from its raw JSON for `npm run check:har`, on purpose without
 * the extension's own code (utils/har/): the check compares the HAR page against this, so it
 * must not share the code it checks. The rules are the HAR format's and the exporters' documented
 * fields (issue 15):
 * - a request is an entry with a request URL, a method string and a status that is a number or
 *   a string of digits;
 * - it failed when its status is 400 or more; or it got no response (status 0 or less), except a
 *   Chromium DevTools entry (creator "WebInspector") with status 0 and `response._error: null`,
 *   which was still in flight; or a response (100 to 399) was cut off by an error, the exporter's
 *   failure reason being set: `response._error` (Chromium, Safari's WebKit, tools not known),
 *   `response._failureText` (Playwright; tools not known), the entry's `_error` (tools not known).
 * Exporters documented to write no reason (Firefox, Charles, chrome-har, Insomnia, Firebug,
 * HTTP Toolkit) have none read; mitmproxy's `response._error` is its own text for a request that
 * got no response, and never marks a response as cut off.
 */

export interface ExpectedEntry {
  /** Its place among the file's requests (0-based), as listed. */
  index: number;
  method: string;
  url: string;
  status: number;
  /** The exporter's failure reason, as written; null when none (an empty one included). */
  reason: string | null;
  /** Chromium DevTools' empty reason (`response._error: ""`): its request blocking. */
  emptyChromiumReason: boolean;
  failed: boolean;
}

export type Expected =
  | { kind: 'not-har'; why: string }
  | {
      kind: 'har';
      /** "WebInspector 537.36", or "" when the file does not say. */
      creator: string;
      /** The creator's name, lower case, trimmed. */
      creatorKey: string;
      entries: ExpectedEntry[];
      failed: number;
    };

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const asObject = (value: unknown): Loose => (isObject(value) ? value : {});

/** A status as written: a number, or a string of digits (a minus sign allowed: Playwright -1). */
function statusOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : null;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim());
  return null;
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;

type CreatorKind = 'chromium' | 'webkit' | 'playwright' | 'mitmproxy' | 'no-field' | 'unknown';

/** Exporters documented to write no failure reason at all. */
const NO_REASON_FIELD = [
  'firefox',
  'chrome-har',
  'insomnia rest client',
  'firebug',
  'http toolkit',
];

function creatorKind(key: string): CreatorKind {
  if (key === 'webinspector') return 'chromium';
  if (key.startsWith('webkit')) return 'webkit';
  if (key === 'playwright') return 'playwright';
  if (key.startsWith('mitmproxy')) return 'mitmproxy';
  if (NO_REASON_FIELD.includes(key) || key.startsWith('charles')) return 'no-field';
  return 'unknown';
}

/** The failure reason the exporter wrote, as written; null when none. */
function reasonOf(kind: CreatorKind, entry: Loose, response: Loose): string | null {
  switch (kind) {
    case 'chromium':
    case 'webkit':
    case 'mitmproxy':
      return text(response._error);
    case 'playwright':
      return text(response._failureText);
    case 'no-field':
      return null;
    case 'unknown':
      return text(response._error) ?? text(response._failureText) ?? text(entry._error);
  }
}

/** The exporters whose reason beside a status means the response was cut off. mitmproxy writes
 * its reason only when no response came: a response that broke off is written as if whole. */
const CUT_OFF_READ: readonly CreatorKind[] = ['chromium', 'webkit', 'playwright', 'unknown'];

/** What the file holds, or why it is no HAR file. `raw` is the file's text as read. */
export function expectedOf(raw: string): Expected {
  const body = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (body.trim() === '') return { kind: 'not-har', why: 'it is empty' };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { kind: 'not-har', why: 'it is not JSON' };
  }
  const log = asObject(json).log;
  if (!isObject(log)) return { kind: 'not-har', why: 'it has no "log" object' };
  if (!Array.isArray(log.entries)) return { kind: 'not-har', why: 'its log has no entries list' };
  const creator = asObject(log.creator);
  const name = typeof creator.name === 'string' ? creator.name : '';
  const version = typeof creator.version === 'string' ? creator.version : '';
  const creatorKey = name.trim().toLowerCase();
  const kind = creatorKind(creatorKey);
  const entries: ExpectedEntry[] = [];
  for (const item of log.entries as unknown[]) {
    if (!isObject(item)) continue;
    const request = asObject(item.request);
    const response = asObject(item.response);
    const status = statusOf(response.status);
    if (typeof request.url !== 'string' || request.url === '') continue;
    if (typeof request.method !== 'string' || status === null) continue;
    const reason = reasonOf(kind, item, response);
    const pending = kind === 'chromium' && status === 0 && response._error === null;
    const failed =
      status >= 400 ||
      (status <= 0 && !pending) ||
      (status >= 100 && status <= 399 && reason !== null && CUT_OFF_READ.includes(kind));
    entries.push({
      index: entries.length,
      method: request.method,
      url: request.url,
      status,
      reason,
      emptyChromiumReason: kind === 'chromium' && response._error === '',
      failed,
    });
  }
  return {
    kind: 'har',
    creator: [name, version].filter(Boolean).join(' '),
    creatorKey,
    entries,
    failed: entries.filter((entry) => entry.failed).length,
  };
}
