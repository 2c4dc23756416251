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
