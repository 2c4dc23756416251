/**
 * The input of "Copy as incident note": one entry and its findings as plain structured data.
 * The copy formatter (utils/copy) renders it as Markdown and redacts it; nothing here renders.
 * Key headers come from an allow-list, so credentials (Cookie, Authorization, Set-Cookie, API
 * keys) are never part of the note.
 */
import type { Entry } from 'har-format';
import { labelOf, primaryEntry } from '../lookup';
import { reasonHeading } from '../requests/as-recorded';
import { recordedReason } from './chromium';
import { type RequestId, requestIds } from './request-ids';
import { clip } from './text';
import type { Finding, Severity } from './types';

export interface IncidentHeader {
  side: 'request' | 'response';
  name: string;
  value: string;
}

export interface IncidentNote {
  /** "429 Too Many Requests", "No response (status 0)", "599". */
  label: string;
  method: string;
  url: string;
  /** startedDateTime as in the HAR (ISO 8601), or "" when it is missing. */
  time: string;
  status: number;
  /** The recorded reason for a failed request ("net::ERR_CONNECTION_REFUSED"), as written. */
  error?: string;
  /** Whose words `error` is and where it was found: "Chromium’s reason (response._error)". */
  errorHeading?: string;
  /** The URL's whole length, when `url` is shortened. */
  urlLength?: number;
  /** Total time in milliseconds, when known. */
  durationMs?: number;
  /** The failures like this one in the list, grouped as the summary line groups them:
   * "212× GET /api/users/:id → 404 Not Found, 14:02:10 UTC to 14:05:00 UTC". */
  group?: string;
  findings: { severity: Severity; title: string; details: string[] }[];
  keyHeaders: IncidentHeader[];
  requestIds: RequestId[];
}

/** The headers worth quoting in an incident, per side, lowercase. */
export const keyResponseHeaders = [
  'retry-after',
  'ratelimit',
  'ratelimit-policy',
  'ratelimit-limit',
  'ratelimit-remaining',
  'ratelimit-reset',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'allow',
  'www-authenticate',
  'proxy-authenticate',
  'location',
  'content-type',
  'content-length',
  'content-range',
  'etag',
  'last-modified',
  'access-control-allow-origin',
  'access-control-allow-credentials',
  'access-control-allow-methods',
  'access-control-allow-headers',
  'server',
  'via',
  'x-cache',
  'cf-mitigated',
  'date',
] as const;

export const keyRequestHeaders = [
  'content-type',
  'content-length',
  'origin',
  'range',
  'if-none-match',
  'if-modified-since',
  'access-control-request-method',
  'access-control-request-headers',
  'sec-fetch-mode',
] as const;

const HEADERS_MAX = 30;
const URL_MAX = 2048;

function pick(
  entryHeaders: unknown,
  names: readonly string[],
  side: IncidentHeader['side'],
): IncidentHeader[] {
  if (!Array.isArray(entryHeaders)) return [];
  const out: IncidentHeader[] = [];
  for (const header of entryHeaders) {
    if (typeof header?.name !== 'string' || typeof header.value !== 'string') continue;
    if (!names.includes(header.name.trim().toLowerCase())) continue;
    out.push({ side, name: clip(header.name, 60), value: clip(header.value, 300) });
  }
  return out;
}

function labelFor(status: number, statusText: unknown): string {
  const known = Number.isInteger(status) ? primaryEntry(status) : undefined;
  if (known) return labelOf(known);
  const text = typeof statusText === 'string' ? clip(statusText, 60) : '';
  return text ? `${status} ${text}` : String(status);
}

export function incidentNote(entry: Entry, findings: readonly Finding[]): IncidentNote {
  const status = typeof entry?.response?.status === 'number' ? entry.response.status : 0;
  const rawUrl = String(entry?.request?.url ?? '');
  const recordedLength = (entry?.request as { _urlLength?: unknown } | undefined)?._urlLength;
  const urlLength = Math.max(
    rawUrl.length,
    typeof recordedLength === 'number' && Number.isFinite(recordedLength) ? recordedLength : 0,
  );
  const time = typeof entry?.startedDateTime === 'string' ? clip(entry.startedDateTime, 40) : '';
  const note: IncidentNote = {
    label: labelFor(status, entry?.response?.statusText),
    method: clip(String(entry?.request?.method ?? ''), 20),
    url: clip(rawUrl, URL_MAX),
    time,
    status,
    findings: findings.map((f) => ({
      severity: f.severity,
      title: f.title,
      details: [...f.details],
    })),
    keyHeaders: [
      ...pick(entry?.request?.headers, keyRequestHeaders, 'request'),
      ...pick(entry?.response?.headers, keyResponseHeaders, 'response'),
    ].slice(0, HEADERS_MAX),
    requestIds: requestIds(entry),
  };
  const reason = recordedReason(entry);
  if (reason) {
    note.error = reason.text;
    note.errorHeading = reasonHeading({
      error: reason.text,
      errorField: reason.field,
      errorSource: reason.source,
    });
  }
  if (urlLength > note.url.length) note.urlLength = urlLength;
  if (typeof entry?.time === 'number' && entry.time >= 0 && Number.isFinite(entry.time)) {
    note.durationMs = Math.round(entry.time);
  }
  return note;
}
