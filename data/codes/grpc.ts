import { GRPC_CODES } from '../grpc-codes';
import type { StatusEntry } from '../types';

/**
 * gRPC status codes 0–16 as reference entries, built from data/grpc-codes.ts (names, meanings,
 * the HTTP status google.rpc.Code's "HTTP Mapping" pairs with each, and a fix: one source for
 * the popup and the panel's gRPC findings) and the causes and second fix below, in our own words.
 * A family of their own: never counted in the 1xx–5xx classes.
 */
const MORE: Record<number, { causes: [string, string]; fix: string }> = {
  0: {
    causes: ['A finished call, reported in the trailers.', 'Seen next to an HTTP 200, as always.'],
    fix: 'If the page still shows an error, look at the response message itself.',
  },
  1: {
    causes: ['The user left the page or the client aborted.', 'A client-side deadline fired.'],
    fix: 'Ignore it when the cancel was intended; otherwise find what aborted the call.',
  },
  2: {
    causes: ['An exception the server turned into a status blindly.', 'A proxy’s unclear failure.'],
    fix: 'Return a precise code from the handler so that clients can react.',
  },
  3: {
    causes: ['A missing or malformed field.', 'A value the API rejects whatever the state.'],
    fix: 'Validate input on the client before sending it.',
  },
  4: {
    causes: ['A slow backend or database.', 'A deadline set too short by the client.'],
    fix: 'Check whether the work was done before retrying a call that is not idempotent.',
  },
  5: {
    causes: ['A wrong id.', 'The item was deleted or belongs to another tenant.'],
    fix: 'List what exists to confirm the id.',
  },
  6: {
    causes: ['A retried create call.', 'Two clients creating the same item.'],
    fix: 'Fetch the existing item and carry on with it.',
  },
  7: {
    causes: ['A role or scope missing.', 'A resource owned by someone else.'],
    fix: 'Compare with 16: this caller was identified and then refused.',
  },
  8: {
    causes: ['A rate limit or quota.', 'A message larger than the server’s limit.'],
    fix: 'Read the details for the limit hit; raise max message size if that is it.',
  },
  9: {
    causes: ['A step skipped in a workflow.', 'Deleting something that is still in use.'],
    fix: 'Fix the state first, then call again.',
  },
  10: {
    causes: ['A concurrent update.', 'A transaction conflict.'],
    fix: 'Add a short random delay before the retry.',
  },
  11: {
    causes: ['Paging past the end.', 'An offset or date beyond the valid range.'],
    fix: 'Use the size or range the server reports.',
  },
  12: {
    causes: ['A client newer than the server.', 'A wrong package or service name in the path.'],
    fix: 'Regenerate the client from the server’s current proto files.',
  },
  13: {
    causes: ['A bug in the server.', 'A broken invariant or failed dependency.'],
    fix: 'Report it with the time and request; retrying rarely helps.',
  },
  14: {
    causes: ['The server is down, restarting or overloaded.', 'A proxy cannot reach the backend.'],
    fix: 'Check the proxy (Envoy, grpcwebproxy) between the browser and the server.',
  },
  15: {
    causes: ['Corrupted storage.', 'A truncated or damaged payload.'],
    fix: 'Restore from a good copy; do not retry blindly.',
  },
  16: {
    causes: ['A missing or expired token.', 'Credentials sent in the wrong metadata key.'],
    fix: 'Sign in again or refresh the token before retrying.',
  },
};

export const grpc: StatusEntry[] = GRPC_CODES.map((code) => ({
  code: code.code,
  phrase: code.name,
  origin: { kind: 'protocol', family: 'grpc' },
  meaning: code.meaning,
  context: `A gRPC status, sent in the grpc-status trailer (or a Connect error code "${code.connect}"), not an HTTP status: gRPC-web answers HTTP 200 around it. An HTTP API would have said ${code.http}.`,
  causes: MORE[code.code]?.causes ?? [],
  fixes: [code.fix, MORE[code.code]?.fix ?? ''],
  related: code.code === 0 ? [] : [code.http],
  headers: ['grpc-status', 'grpc-message'],
  source: {
    title: 'gRPC status codes (grpc/grpc doc/statuscodes.md)',
    url: 'https://github.com/grpc/grpc/blob/master/doc/statuscodes.md',
  },
  aliases: [
    code.name.replaceAll('_', ' ').toLowerCase(),
    `grpc ${code.name.replaceAll('_', ' ').toLowerCase()}`,
    code.connect,
    `grpc ${code.code}`,
    `grpc status ${code.code}`,
    `grpc code ${code.code}`,
  ],
}));
