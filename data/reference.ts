import { clientError } from './codes/client-error';
import { grpc } from './codes/grpc';
import { informational } from './codes/informational';
import { noResponse } from './codes/no-response';
import { redirection } from './codes/redirection';
import { serverError } from './codes/server-error';
import { success } from './codes/success';
import { unofficial } from './codes/unofficial';
import { websocket } from './codes/websocket';
import type { StatusEntry } from './types';

/**
 * Every entry of the reference, in code order with "no response" (status 0, outside the five
 * classes) last; where one number has several entries the official one comes first, then
 * vendors in the order their file lists them.
 */
export const reference: readonly StatusEntry[] = [
  ...informational,
  ...success,
  ...redirection,
  ...clientError,
  ...serverError,
  ...unofficial,
  ...noResponse,
]
  .map((entry, index) => ({ entry, index }))
  .sort(
    (a, b) =>
      sortCode(a.entry) - sortCode(b.entry) ||
      Number(a.entry.origin.kind === 'vendor') - Number(b.entry.origin.kind === 'vendor') ||
      a.index - b.index,
  )
  .map(({ entry }) => entry);

function sortCode(entry: StatusEntry): number {
  return entry.code === 0 ? 1000 : entry.code;
}

/** The codes of other protocols that people look up beside HTTP's (gRPC statuses, WebSocket close
 * codes): in the popup's search and list, never in the HTTP lookups, classes or counts. */
export const families: readonly StatusEntry[] = [...grpc, ...websocket];

/** Everything the popup lists: HTTP's reference first, then the other families. */
export const everyEntry: readonly StatusEntry[] = [...reference, ...families];
