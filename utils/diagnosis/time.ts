/**
 * Time without the wall clock: HTTP dates parsed by hand (Date.parse reads asctime dates in the
 * local zone), durations and clock times formatted in fixed English, and the moment a response
 * arrived taken from the entry itself.
 */
import type { Entry } from 'har-format';
import { headerValue } from './headers';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function utc(year: number, month: string, day: number, h: number, m: number, s: number) {
  const index = MONTHS.indexOf(month.toLowerCase());
  if (index < 0 || day < 1 || day > 31 || h > 23 || m > 59 || s > 60) return undefined;
  const ms = Date.UTC(year, index, day, h, m, Math.min(s, 59));
  return Number.isFinite(ms) ? ms : undefined;
}

/**
 * An HTTP-date (RFC 9110 §5.6.7) in any of its three forms, as epoch milliseconds:
 * "Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994".
 */
export function parseHttpDate(value: string | undefined): number | undefined {
  if (value === undefined || value.length > 64) return undefined;
  const t = value.trim();
  let m = /^[A-Za-z]{3}, (\d{2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/.exec(t);
  if (m)
    return utc(Number(m[3]), m[2] ?? '', Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6]));
  m = /^[A-Za-z]{6,9}, (\d{2})-([A-Za-z]{3})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$/.exec(t);
  if (m) {
    // RFC 9110: a two-digit year more than 50 years in the future is in the past century.
    const yy = Number(m[3]);
    const year = yy < 70 ? 2000 + yy : 1900 + yy;
    return utc(year, m[2] ?? '', Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6]));
  }
  m = /^[A-Za-z]{3} ([A-Za-z]{3}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/.exec(t);
  if (m) {
    return utc(
      Number(m[6]),
      m[1] ?? '',
      Number((m[2] ?? '').trim()),
      Number(m[3]),
      Number(m[4]),
      Number(m[5]),
    );
  }
  return undefined;
}

/** The server's clock at the response: its Date header. */
export function serverDate(entry: Entry): number | undefined {
  return parseHttpDate(headerValue(entry.response?.headers, 'date'));
}

/** When the request started, by the browser's clock (HAR startedDateTime). */
export function startedAt(entry: Entry): number | undefined {
  const text = entry?.startedDateTime;
  if (typeof text !== 'string' || text.length > 40) return undefined;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms : undefined;
}

/** When the response had arrived, by the browser's clock: start plus the entry's time. */
export function receivedAt(entry: Entry): number | undefined {
  const start = startedAt(entry);
  if (start === undefined) return undefined;
  const time = typeof entry.time === 'number' && entry.time > 0 ? entry.time : 0;
  return start + Math.min(time, 86_400_000);
}

/** "30 s", "2 min 5 s", "1 h 4 min", "3 d 2 h"; negative and huge values handled. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return 'an unknown time';
  const s = Math.round(Math.abs(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) {
    const rest = s % 60;
    return rest ? `${Math.floor(s / 60)} min ${rest} s` : `${s / 60} min`;
  }
  if (s < 86_400) {
    const rest = Math.floor((s % 3600) / 60);
    return rest ? `${Math.floor(s / 3600)} h ${rest} min` : `${Math.floor(s / 3600)} h`;
  }
  const days = Math.floor(s / 86_400);
  if (days >= 1000) return `${Math.floor(days / 365)} years`;
  const hours = Math.floor((s % 86_400) / 3600);
  return hours ? `${days} d ${hours} h` : `${days} d`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "14:02:10 UTC", or "2026-11-28 14:02:10 UTC" when not on the UTC day of `reference`. */
export function formatClockUtc(ms: number, reference: number): string {
  const date = new Date(ms);
  if (!Number.isFinite(date.getTime())) return 'an unknown time';
  const clock = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} UTC`;
  const ref = new Date(reference);
  const sameDay =
    Number.isFinite(ref.getTime()) &&
    ref.toISOString().slice(0, 10) === date.toISOString().slice(0, 10);
  return sameDay ? clock : `${date.toISOString().slice(0, 10)} ${clock}`;
}

/** The clock formatter of a context, or the UTC one. */
export function clockOf(format: ((ms: number, reference: number) => string) | undefined) {
  return format ?? formatClockUtc;
}

/** Where `target` stands from `now`, as a sentence about `what`: "The reset is 12 s from now." */
export function fromNow(target: number, now: number, what = 'That moment'): string {
  const seconds = (target - now) / 1000;
  if (!Number.isFinite(seconds)) return `${what} is unknown.`;
  if (Math.abs(seconds) < 1) return `${what} is now.`;
  return seconds > 0
    ? `${what} is ${formatDuration(seconds)} from now.`
    : `${what} passed ${formatDuration(seconds)} ago.`;
}
