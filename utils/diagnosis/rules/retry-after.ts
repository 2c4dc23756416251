/**
 * Retry-After on 429, 503 and 413 (RFC 9110 §10.2.3): seconds to wait after the response was
 * received, or an HTTP date on the server's clock. "Retry in 30 s (at 14:02:10 UTC)".
 */
import { hasHeader, headerValues, parseDigits } from '../headers';
import { clip, quote } from '../text';
import { clockOf, formatDuration, fromNow, parseHttpDate, receivedAt, serverDate } from '../time';
import type { Finding, Rule } from '../types';
import { rateLimitHeaderNames } from './rate-limit';

const STATUSES = new Set([413, 429, 503]);
/** Longer waits than this are called out: a year is rarely meant. */
const LONG_WAIT_S = 365 * 86_400;

export type RetryAfterValue =
  | { kind: 'seconds'; seconds: number }
  | { kind: 'date'; ms: number }
  | { kind: 'invalid' };

export function parseRetryAfter(value: string): RetryAfterValue {
  const seconds = parseDigits(value);
  if (seconds !== undefined) return { kind: 'seconds', seconds };
  const ms = parseHttpDate(value);
  return ms === undefined ? { kind: 'invalid' } : { kind: 'date', ms };
}

export const retryAfter: Rule = (entry, context) => {
  const status = entry.response?.status;
  if (!STATUSES.has(status)) return [];
  const headers = entry.response.headers;
  const values = headerValues(headers, 'retry-after');
  const raw = values[0];
  if (raw === undefined) {
    const limited = rateLimitHeaderNames.some((name) => hasHeader(headers, name));
    if (status !== 429 || limited) return [];
    return [
      {
        rule: 'retry-after',
        severity: 'info',
        title: 'No Retry-After: the server did not say how long to wait',
        details: [
          'Neither Retry-After nor rate-limit headers came with this 429.',
          'Back off and retry with a growing delay (exponential backoff with jitter).',
        ],
      },
    ];
  }

  const clock = clockOf(context.formatClock);
  const now = context.now();
  const value = parseRetryAfter(raw);
  const details: string[] = [];
  if (values.length > 1 && new Set(values).size > 1) {
    details.push(`${values.length} Retry-After lines disagree; the first one counts.`);
  }

  if (value.kind === 'invalid') {
    return [
      {
        rule: 'retry-after',
        severity: 'warning',
        title: `Retry-After ${quote(raw, 60)} is neither a number of seconds nor an HTTP date`,
        details: [
          ...details,
          'Clients ignore a value they cannot read; the server should send seconds ("30") or a date ("Sun, 06 Nov 1994 08:49:37 GMT").',
        ],
      },
    ];
  }

  let waitSeconds: number;
  let at: number;
  let reference: number;
  if (value.kind === 'seconds') {
    reference = receivedAt(entry) ?? serverDate(entry) ?? now;
    waitSeconds = value.seconds;
    at = reference + Math.min(value.seconds, 1e10) * 1000;
    details.push(
      `Retry-After: ${clip(raw, 20)} (seconds, counted from when the response arrived).`,
    );
    details.push(`The response arrived at ${clock(reference, reference)}.`);
  } else {
    const date = serverDate(entry);
    reference = date ?? receivedAt(entry) ?? now;
    waitSeconds = (value.ms - reference) / 1000;
    at = value.ms;
    details.push(`Retry-After: ${clip(raw, 40)} (an HTTP date on the server's clock).`);
    details.push(
      date === undefined
        ? 'No Date header: the wait is counted from the browser clock, which may differ from the server’s.'
        : `The server's Date header says ${clock(date, date)}.`,
    );
  }

  if (waitSeconds <= 0) {
    return [
      {
        rule: 'retry-after',
        severity: 'warning',
        tag: 'retry now',
        title:
          value.kind === 'seconds'
            ? 'Retry now: Retry-After is 0'
            : 'Retry now: the Retry-After date was already past when the response was sent',
        details,
      },
    ];
  }

  if (waitSeconds > LONG_WAIT_S) {
    details.push('That is more than a year: probably a misconfigured server.');
  }
  details.push(fromNow(at, now));
  const wait = formatDuration(waitSeconds);
  const finding: Finding = {
    rule: 'retry-after',
    severity: 'warning',
    tag: `retry in ${wait}`,
    title: `Retry in ${wait} (at ${clock(at, reference)})`,
    details,
  };
  return [finding];
};
