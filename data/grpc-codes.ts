/**
 * The gRPC status codes, 0 to 16: the reference entries the panel's gRPC-web and Connect findings
 * use (and that the popup's gRPC family is to be built from).
 *
 * Facts: the numbers and canonical names are those of grpc/grpc `doc/statuscodes.md` and of
 * googleapis/googleapis `google/rpc/code.proto`; `http` is the status that code.proto's
 * "HTTP Mapping" line pairs with each code (the direction server → HTTP: the status an HTTP API
 * would have answered). gRPC's own `doc/http-grpc-status-mapping.md` maps the other way (an HTTP
 * status seen without any grpc-status, to a code) and is not used here. Connect's error codes
 * (connectrpc.com/docs/protocol, "Error Codes") are the same codes written in snake_case
 * (`unauthenticated`), with Connect spelling CANCELLED as `canceled`: `connect` holds that name.
 * `meaning` and `fix` are our own words.
 */

export interface GrpcCode {
  /** 0 to 16. */
  code: number;
  /** The canonical name: "UNAUTHENTICATED". */
  name: string;
  /** The same code as Connect writes it in JSON errors: "unauthenticated". */
  connect: string;
  /** The HTTP status google.rpc.Code's "HTTP Mapping" pairs with it. */
  http: number;
  /** One line, our own words. */
  meaning: string;
  /** A short idea of what to do, our own words. */
  fix: string;
}

export const GRPC_CODES: readonly GrpcCode[] = [
  {
    code: 0,
    name: 'OK',
    connect: 'ok',
    http: 200,
    meaning: 'The call succeeded.',
    fix: 'Nothing to fix.',
  },
  {
    code: 1,
    name: 'CANCELLED',
    connect: 'canceled',
    http: 499,
    meaning: 'The call was called off, usually by the caller (a closed tab, an aborted request).',
    fix: 'Check whether the client gave up on purpose: navigation, an abort signal, a timeout of its own.',
  },
  {
    code: 2,
    name: 'UNKNOWN',
    connect: 'unknown',
    http: 500,
    meaning: 'The server failed in a way it did not classify, often an uncaught exception.',
    fix: 'Read the server’s log for this call; map the error to a specific code in the handler.',
  },
  {
    code: 3,
    name: 'INVALID_ARGUMENT',
    connect: 'invalid_argument',
    http: 400,
    meaning: 'The request itself is wrong, whatever the state of the system: a bad field value.',
    fix: 'Fix the request message; the message or details usually name the field.',
  },
  {
    code: 4,
    name: 'DEADLINE_EXCEEDED',
    connect: 'deadline_exceeded',
    http: 504,
    meaning: 'The call ran out of time before it finished (it may still have had an effect).',
    fix: 'Find the slow step on the server, or allow a longer deadline (grpc-timeout) for this call.',
  },
  {
    code: 5,
    name: 'NOT_FOUND',
    connect: 'not_found',
    http: 404,
    meaning: 'Something the call refers to does not exist.',
    fix: 'Check the id or name sent; it may have been deleted or never created.',
  },
  {
    code: 6,
    name: 'ALREADY_EXISTS',
    connect: 'already_exists',
    http: 409,
    meaning: 'The call tried to create something that is already there.',
    fix: 'Use the existing item, or choose another id; make the create call idempotent.',
  },
  {
    code: 7,
    name: 'PERMISSION_DENIED',
    connect: 'permission_denied',
    http: 403,
    meaning: 'The caller is known but not allowed to do this.',
    fix: 'Grant the caller’s role or scope this permission, or call as someone who has it.',
  },
  {
    code: 8,
    name: 'RESOURCE_EXHAUSTED',
    connect: 'resource_exhausted',
    http: 429,
    meaning: 'A quota or limit ran out: a rate limit, a full disk, a message too large.',
    fix: 'Slow down and retry later, raise the quota, or send less per call.',
  },
  {
    code: 9,
    name: 'FAILED_PRECONDITION',
    connect: 'failed_precondition',
    http: 400,
    meaning: 'The system is not in the state this call needs (a folder not empty, a wrong step).',
    fix: 'Bring the system into the needed state first; retrying as is will not help.',
  },
  {
    code: 10,
    name: 'ABORTED',
    connect: 'aborted',
    http: 409,
    meaning: 'The call clashed with another one (a concurrency conflict, a failed transaction).',
    fix: 'Retry the whole read-modify-write sequence from the start.',
  },
  {
    code: 11,
    name: 'OUT_OF_RANGE',
    connect: 'out_of_range',
    http: 400,
    meaning: 'A value is past the valid range, such as reading past the end.',
    fix: 'Stop at the end, or check the range against the current size first.',
  },
  {
    code: 12,
    name: 'UNIMPLEMENTED',
    connect: 'unimplemented',
    http: 501,
    meaning: 'The server does not offer this method (or this way of calling it).',
    fix: 'Check the service and method name, the server’s version, and that the route is mounted.',
  },
  {
    code: 13,
    name: 'INTERNAL',
    connect: 'internal',
    http: 500,
    meaning: 'Something the system relies on broke: a serious server-side error.',
    fix: 'Read the server’s log for this call; this is a bug or a broken dependency.',
  },
  {
    code: 14,
    name: 'UNAVAILABLE',
    connect: 'unavailable',
    http: 503,
    meaning: 'The service cannot take the call right now, usually for a short while.',
    fix: 'Retry with backoff; check that the backend is up and reachable from the proxy.',
  },
  {
    code: 15,
    name: 'DATA_LOSS',
    connect: 'data_loss',
    http: 500,
    meaning: 'Data was lost or corrupted beyond repair.',
    fix: 'Treat it as an incident: find the damaged data and where it was broken.',
  },
  {
    code: 16,
    name: 'UNAUTHENTICATED',
    connect: 'unauthenticated',
    http: 401,
    meaning: 'The call carries no valid credentials.',
    fix: 'Send a valid token (it may have expired), in the metadata the server expects.',
  },
];
