/**
 * What counts as a failed request: the one definition that the summary, the chips, "Failed
 * only", the row tone and the incident note all ask. A request failed when
 * - its status is 400 or more (an HTTP failure), or
 * - it ended with no response (status 0, or a file's own "no response" number such as
 *   Playwright's -1), or
 * - a response began and was then cut off by an error (a status with a recorded failure reason:
 *   a body cut short, a reset stream).
 * A request still in flight when it was recorded (Chromium: status 0 with `_error: null`) has not
 * failed. And a request failed at the application level ('app') when its response says so
 * behind a success status (a GraphQL `errors` array, a gRPC status, a JSON-RPC `error`:
 * utils/app-failure, kept as `record.app`). A response with an HTTP error status is an HTTP
 * failure even when its body also names an application code (a Connect unary error): it is
 * counted once.
 */
import type { RequestRecord } from '../har/record';

export type FailureKind = 'http' | 'no-response' | 'cut-off' | 'app';

export type FailureInput = Pick<RequestRecord, 'status' | 'errorField' | 'pending' | 'app'>;

/** How `record` failed, or null when it did not. */
export function failureOf(record: FailureInput): FailureKind | null {
  if (record.pending) return null;
  if (record.status >= 400) return 'http';
  if (record.status <= 0) return 'no-response';
  if (record.status >= 100 && record.errorField !== '') return 'cut-off';
  if (record.app !== undefined) return 'app';
  return null;
}

export function isFailed(record: FailureInput): boolean {
  return failureOf(record) !== null;
}
