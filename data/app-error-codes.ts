/**
 * Error codes that GraphQL servers and JSON-RPC 2.0 endpoints put in a response that is
 * otherwise a success: what the panel's application-failure findings explain.
 *
 * Facts (the codes and who sends them):
 * - Apollo Server: `ApolloServerErrorCode` in apollographql/apollo-server
 *   `packages/server/src/errors/index.ts` (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED,
 *   BAD_USER_INPUT, PERSISTED_QUERY_NOT_FOUND, PERSISTED_QUERY_NOT_SUPPORTED,
 *   OPERATION_RESOLUTION_FAILURE, BAD_REQUEST, INTERNAL_SERVER_ERROR) and the codes its docs'
 *   "Error handling" page shows for authentication (UNAUTHENTICATED, FORBIDDEN).
 * - GraphQL Yoga: its masked error ("Unexpected error.") and the same Apollo-compatible codes
 *   (graphql-yoga `packages/graphql-yoga/src/error.ts`); recorded in tests/fixtures/app/.
 * - Hasura: `extensions.code` values of its GraphQL engine (validation-failed, access-denied,
 *   invalid-jwt, invalid-headers, constraint-violation, permission-error, unexpected,
 *   parse-failed), from hasura/graphql-engine `server/src-lib/Hasura/Base/Error.hs`.
 * - Shopify: the Admin API's THROTTLED, ACCESS_DENIED, SHOP_INACTIVE, INTERNAL_SERVER_ERROR,
 *   MAX_COST_EXCEEDED (shopify.dev, "API usage: rate limits" and "GraphQL Admin API: status
 *   and error codes").
 * - GitHub's GraphQL API: the kind is in each error's `type`, not `extensions.code`
 *   (NOT_FOUND, FORBIDDEN, RATE_LIMITED, INSUFFICIENT_SCOPES), docs.github.com "Rate limits
 *   and query limits for the GraphQL API" and "Forming calls with GraphQL".
 * - JSON-RPC 2.0: the specification's section 5.1 "Error object" (jsonrpc.org/specification):
 *   -32700, -32600 to -32603, and -32000 to -32099 reserved for server errors.
 * `http` is the HTTP status that says the same thing (our reading); `meaning` our own words.
 */

export interface AppErrorCode {
  /** The code as the server writes it (compared without case, `-` and `_` alike). */
  code: string;
  /** Who sends it: "Apollo Server, GraphQL Yoga". */
  servers: string;
  meaning: string;
  /** The HTTP status that would have said the same. */
  http: number;
}

export const GRAPHQL_CODES: readonly AppErrorCode[] = [
  {
    code: 'UNAUTHENTICATED',
    servers: 'Apollo Server, GraphQL Yoga, most servers',
    meaning: 'The request carries no valid login or token.',
    http: 401,
  },
  {
    code: 'FORBIDDEN',
    servers: 'Apollo Server, GraphQL Yoga, GitHub (type)',
    meaning: 'The caller is known but may not read or change this.',
    http: 403,
  },
  {
    code: 'BAD_USER_INPUT',
    servers: 'Apollo Server, GraphQL Yoga',
    meaning: 'An argument or variable has a value the server refuses.',
    http: 400,
  },
  {
    code: 'GRAPHQL_VALIDATION_FAILED',
    servers: 'Apollo Server, GraphQL Yoga',
    meaning: 'The query asks for fields or types the schema does not have, or uses them wrongly.',
    http: 400,
  },
  {
    code: 'GRAPHQL_PARSE_FAILED',
    servers: 'Apollo Server, GraphQL Yoga',
    meaning: 'The query text is not valid GraphQL syntax.',
    http: 400,
  },
  {
    code: 'PERSISTED_QUERY_NOT_FOUND',
    servers: 'Apollo Server, GraphQL Yoga',
    meaning:
      'The server does not know the hash of this persisted query yet; the client should send the full query once.',
    http: 400,
  },
  {
    code: 'PERSISTED_QUERY_NOT_SUPPORTED',
    servers: 'Apollo Server',
    meaning: 'The server does not accept persisted queries at all.',
    http: 400,
  },
  {
    code: 'OPERATION_RESOLUTION_FAILURE',
    servers: 'Apollo Server',
    meaning: 'The document holds several operations and none, or an unknown one, was named.',
    http: 400,
  },
  {
    code: 'BAD_REQUEST',
    servers: 'Apollo Server',
    meaning: 'The HTTP request itself was malformed before GraphQL ran.',
    http: 400,
  },
  {
    code: 'INTERNAL_SERVER_ERROR',
    servers: 'Apollo Server, GraphQL Yoga, Shopify',
    meaning: 'A resolver threw an error the server did not classify.',
    http: 500,
  },
  {
    code: 'NOT_FOUND',
    servers: 'GitHub (type), many schemas',
    meaning: 'An object the query names does not exist, or the caller may not see it.',
    http: 404,
  },
  {
    code: 'RATE_LIMITED',
    servers: 'GitHub (type)',
    meaning: 'The caller used up its rate limit for now.',
    http: 429,
  },
  {
    code: 'INSUFFICIENT_SCOPES',
    servers: 'GitHub (type)',
    meaning: 'The token lacks a scope this query needs.',
    http: 403,
  },
  {
    code: 'THROTTLED',
    servers: 'Shopify',
    meaning: 'The query cost more points than the bucket holds right now.',
    http: 429,
  },
  {
    code: 'MAX_COST_EXCEEDED',
    servers: 'Shopify',
    meaning: 'The query would cost more than any single query may.',
    http: 400,
  },
  {
    code: 'ACCESS_DENIED',
    servers: 'Shopify',
    meaning: 'The app or token lacks the access scope for this field.',
    http: 403,
  },
  {
    code: 'SHOP_INACTIVE',
    servers: 'Shopify',
    meaning: 'The shop is frozen or closed, so the API refuses it.',
    http: 402,
  },
  {
    code: 'validation-failed',
    servers: 'Hasura',
    meaning: 'The query does not match the schema Hasura exposes to this role.',
    http: 400,
  },
  {
    code: 'parse-failed',
    servers: 'Hasura',
    meaning: 'The request could not be parsed as a GraphQL request.',
    http: 400,
  },
  {
    code: 'access-denied',
    servers: 'Hasura',
    meaning: 'The role in the request may not run this.',
    http: 403,
  },
  {
    code: 'permission-error',
    servers: 'Hasura',
    meaning: 'A permission rule refused the row or column.',
    http: 403,
  },
  {
    code: 'invalid-jwt',
    servers: 'Hasura',
    meaning: 'The JWT is missing, expired or signed with an unexpected key.',
    http: 401,
  },
  {
    code: 'invalid-headers',
    servers: 'Hasura',
    meaning: 'A session header (x-hasura-…) is missing or invalid.',
    http: 400,
  },
  {
    code: 'constraint-violation',
    servers: 'Hasura',
    meaning: 'The database refused the write: a unique key, foreign key or check constraint.',
    http: 409,
  },
  {
    code: 'unexpected',
    servers: 'Hasura',
    meaning: 'Hasura or its database failed unexpectedly.',
    http: 500,
  },
];

export interface JsonRpcRange {
  /** Inclusive range of the error code. */
  from: number;
  to: number;
  name: string;
  meaning: string;
  http: number;
}

/** JSON-RPC 2.0 error codes; the first range that holds a code wins. */
export const JSON_RPC_CODES: readonly JsonRpcRange[] = [
  {
    from: -32700,
    to: -32700,
    name: 'Parse error',
    meaning: 'The server could not read the request as JSON.',
    http: 400,
  },
  {
    from: -32600,
    to: -32600,
    name: 'Invalid Request',
    meaning: 'The JSON is not a valid JSON-RPC request object.',
    http: 400,
  },
  {
    from: -32601,
    to: -32601,
    name: 'Method not found',
    meaning: 'No method of that name exists on this endpoint.',
    http: 404,
  },
  {
    from: -32602,
    to: -32602,
    name: 'Invalid params',
    meaning: 'The method exists but its parameters are wrong.',
    http: 400,
  },
  {
    from: -32603,
    to: -32603,
    name: 'Internal error',
    meaning: 'The JSON-RPC layer of the server failed.',
    http: 500,
  },
  {
    from: -32099,
    to: -32000,
    name: 'Server error',
    meaning: 'A server error the implementation defines itself (read its documentation).',
    http: 500,
  },
  {
    from: -32768,
    to: -32000,
    name: 'Reserved',
    meaning: 'A code the specification reserves for future use.',
    http: 500,
  },
];
