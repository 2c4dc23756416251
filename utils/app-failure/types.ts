/**
 * An application-level failure: a response whose HTTP status may say success (200) while its
 * content says the call failed: a GraphQL `errors` array, a gRPC status in the headers or in a
 * gRPC-web trailer frame, a Connect end-of-stream error, a JSON-RPC `error` object. Also a
 * Connect unary error, which comes with a real HTTP error status: the record then fails as an
 * HTTP failure (failure.ts), and this only explains its Connect code.
 * Plain, bounded data kept on the record (the body itself is never kept).
 */

export type AppProtocol = 'graphql' | 'grpc' | 'connect' | 'json-rpc';

export interface AppError {
  /** The error's message as the server wrote it, cut to MESSAGE_MAX. */
  message: string;
  /** `extensions.code`, GitHub's `type`, a gRPC name, a JSON-RPC number; empty when none. */
  code: string;
  /** GraphQL: the `path` joined with dots ("user.orders.0"); empty when none. */
  path: string;
}

export interface AppFailure {
  protocol: AppProtocol;
  /** The first error's code ("UNAUTHENTICATED", "UNAVAILABLE", "-32601"); empty when none. */
  code: string;
  /** At most ERRORS_MAX errors, in the order of the response. */
  errors: readonly AppError[];
  /** How many errors the response held in all. */
  errorCount: number;
  /** GraphQL: `data` was not null (some fields resolved): a partial success. */
  partial: boolean;
  /** A batched response (an array): how many of its items failed, out of how many. */
  batch?: { failed: number; total: number };
  /** Where it was found: "body", "headers", "trailer frame", "end-of-stream message". */
  where: string;
}

export const MESSAGE_MAX = 300;
export const ERRORS_MAX = 5;
