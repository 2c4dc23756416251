/**
 * Reading the fields Chromium's DevTools adds to a HAR (front_end/models/har/Log.ts). They are
 * not in the HAR 1.2 spec and not in every HAR: every read checks the type.
 */
import type { Entry } from 'har-format';
import { clip } from './text';

/** Chromium's reason for a failed request ("net::ERR_FAILED"), or undefined when the HAR has
 * none (null, absent, empty or not text). DevTools writes it on the response; older tools put
 * it on the entry. */
export function chromiumError(entry: Entry): string | undefined {
  const response: object | undefined = entry?.response;
  const fromResponse = response && '_error' in response ? response._error : undefined;
  const raw = typeof fromResponse === 'string' ? fromResponse : entry?._error;
  if (typeof raw !== 'string') return undefined;
  const text = clip(raw, 80);
  return text === '' ? undefined : text;
}

/** `_error` is present and null: Chromium says the request did not fail. */
export function browserSaysOk(entry: Entry): boolean {
  const response: object | undefined = entry?.response;
  return !!response && '_error' in response && response._error === null;
}

/** `_error` is present and empty: failed without a reason (DevTools' request blocking). */
export function emptyReason(entry: Entry): boolean {
  const response: object | undefined = entry?.response;
  return !!response && '_error' in response && response._error === '';
}

/** Chromium's `_resourceType` ("fetch", "preflight", "document"…), or undefined. */
export function resourceType(entry: Entry): string | undefined {
  const type: unknown = entry?._resourceType;
  return typeof type === 'string' ? type.slice(0, 40) : undefined;
}

/** The failure reason of an entry with where it came from and who recorded it, as the record
 * carried them (utils/har/to-entry.ts), or undefined when none was recorded. */
export interface RecordedReason {
  text: string;
  /** "response._error", "response._failureText"… */
  field: string;
  source: 'browser' | 'tool' | 'unknown';
}

export function recordedReason(entry: Entry): RecordedReason | undefined {
  const response = entry?.response as (Entry['response'] & Record<string, unknown>) | undefined;
  const text = chromiumError(entry);
  if (text === undefined || !response) return undefined;
  const field =
    typeof response._lensReasonField === 'string' && response._lensReasonField
      ? response._lensReasonField
      : 'response._error';
  const source = response._lensReasonSource;
  return {
    text,
    field: clip(field, 40),
    source: source === 'browser' || source === 'tool' ? source : 'unknown',
  };
}

/** Still in flight when the HAR was saved (Chromium: status 0 with `_error: null`). */
export function stillPending(entry: Entry): boolean {
  const response = entry?.response as (Entry['response'] & Record<string, unknown>) | undefined;
  return response?._lensPending === true;
}
