/**
 * What a response's status means, in the reference's own words: the exact label, the one-line
 * meaning and the tone for the badge (whether a request failed is failure.ts's to say). Unknown codes of
 * a known class get the class's meaning; status 0 reads as "no response" with the browser's
 * reason. The statusText a server sent is never used (HTTP/2 sends none, and it can say anything).
 */
import type { StatusEntry } from '../../data/types';
import { describeStatus, labelOf, primaryEntry } from '../lookup';
import { type ClassKey, toneOf } from '../status-class';

export type Tone = ClassKey | 'none' | 'invalid';

export interface Annotation {
  label: string;
  meaning: string;
  tone: Tone;
  /** The reference entry when the code is known. */
  entry: StatusEntry | undefined;
  /** For no response: the browser's reason ("net::ERR_NAME_NOT_RESOLVED"), else empty. */
  reason: string;
  /** The request was stopped inside this browser: an extension (ad blocker) or a policy. */
  blocked: boolean;
}

/** Reasons Chromium gives when the user's own browser stopped the request. */
export const BLOCKED_REASONS: readonly string[] = [
  'net::ERR_BLOCKED_BY_CLIENT',
  'net::ERR_BLOCKED_BY_ADMINISTRATOR',
];

const NO_RESPONSE_LABEL = 'No response (status 0)';
const NO_RESPONSE_MEANING = 'The request ended without any HTTP response.';
const BLOCKED_MEANING =
  'Blocked inside this browser: an extension (such as an ad blocker) or a policy stopped it before it was sent.';

function noResponse(reason: string, status = 0): Annotation {
  const entry = primaryEntry(0);
  const blocked = BLOCKED_REASONS.includes(reason);
  return {
    // A file's own "no response" number (Playwright writes -1) is kept in the label.
    label:
      status !== 0 ? `No response (status ${status})` : entry ? labelOf(entry) : NO_RESPONSE_LABEL,
    meaning: blocked ? BLOCKED_MEANING : (entry?.meaning ?? NO_RESPONSE_MEANING),
    tone: 'none',
    entry,
    reason,
    blocked,
  };
}

function compute(status: number): Annotation {
  const base = { tone: toneOf(status), reason: '', blocked: false };
  const answer = describeStatus(status);
  if (answer.kind === 'known') {
    const entry = answer.entries[0] as StatusEntry;
    return { ...base, label: labelOf(entry), meaning: entry.meaning, entry };
  }
  if (answer.kind === 'unknown') {
    return {
      ...base,
      label: `${status} (unknown ${answer.statusClass.key})`,
      meaning: `${answer.statusClass.meaning} ${answer.note}`,
      entry: undefined,
    };
  }
  return {
    ...base,
    label: `${status} (not an HTTP status)`,
    meaning: 'Status codes run from 100 to 599: the server sent a malformed or made-up status.',
    entry: undefined,
  };
}

const byStatus = new Map<number, Annotation>();
const byReason = new Map<string, Annotation>();
const CACHE_MAX = 2000;

function cached<K>(cache: Map<K, Annotation>, key: K, make: () => Annotation): Annotation {
  const hit = cache.get(key);
  if (hit) return hit;
  if (cache.size >= CACHE_MAX) cache.clear();
  const made = make();
  cache.set(key, made);
  return made;
}

/** The annotation of a status (and, for status 0, the browser's reason). Memoised. */
export function annotate(status: number, error = ''): Annotation {
  if (status === 0) return cached(byReason, error, () => noResponse(error));
  if (status < 0) return noResponse(error, status);
  return cached(byStatus, status, () => compute(status));
}

/** URL schemes whose requests never reach an HTTP server. */
const NON_HTTP =
  /^(data|blob|about|javascript|chrome-extension|moz-extension|safari-web-extension|chrome|edge|file|filesystem):/i;

const byScheme = new Map<string, Annotation>();

/** The scheme of a URL that is not HTTP ("data"), or '' for http(s), ws(s) and the rest. */
export function nonHttpScheme(url: string): string {
  const match = NON_HTTP.exec(url);
  return match ? (match[1] as string).toLowerCase() : '';
}

/**
 * The annotation of a record: as `annotate`, except that a request to a URL that is not HTTP
 * (data:, blob:, an extension's own page…) with a number that is no HTTP status is explained as
 * what it is: no server answered, so there is no status to read.
 */
export function annotateRecord(record: { status: number; error: string; url: string }): Annotation {
  const { status } = record;
  if (status >= 100 && status <= 599) return annotate(status, record.error);
  const scheme = nonHttpScheme(record.url);
  if (scheme === '' || status <= 0) return annotate(status, record.error);
  return cached(byScheme, `${scheme} ${status}`, () => ({
    label: `${status} (${scheme}: URL, not HTTP)`,
    meaning: `A ${scheme}: URL is answered inside the browser, without a server, so ${status} is not an HTTP status.`,
    tone: 'invalid',
    entry: undefined,
    reason: '',
    blocked: false,
  }));
}
