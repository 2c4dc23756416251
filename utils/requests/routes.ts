/**
 * Route templates: the endpoint a request went to, with the parts that vary per call folded, so
 * that 212 failures of GET /api/users/101, /102, … read as one: "GET /api/users/:id".
 * Folded to `:id`: numbers, UUIDs, hex hashes (8 digits or more) and long opaque ids that mix
 * letters and digits. The URL goes through the one sanitizer first (utils/sanitize): a segment
 * that is a token (a webhook secret, a bot token) is redacted, its marker kept in the route, so
 * it is never folded away unnoticed nor copied.
 */
import type { RequestRecord } from '../har/record';
import { sanitizeUrl } from '../sanitize/sanitize';

const NUMBER = /^\d+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX = /^(?=.*\d)[0-9a-f]{8,}$/i;
/** Long opaque ids (base62/base64url, ULIDs, Mongo ids), with at least one letter and digit. */
const OPAQUE = /^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9_-]{16,}$/;

/** True for a path segment that names one item rather than a kind of thing. */
export function isIdSegment(segment: string): boolean {
  return NUMBER.test(segment) || UUID.test(segment) || HEX.test(segment) || OPAQUE.test(segment);
}

const URL_HEAD = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i;

/** True unless every path segment is too short and plain to be any secret the sanitizer knows
 * (its shortest, a Slack token or a JWT, have 12 characters or more), and there is no userinfo:
 * the sanitizer, which weighs each segment against some thirty token formats, then has nothing
 * to do. Most API paths ("/v1/users/4499082/orders") are such. */
function mayHoldSecret(url: string): boolean {
  const head = URL_HEAD.exec(url)?.[0] ?? '';
  if (head.includes('@')) return true;
  for (const segment of url.slice(head.length).split('/')) {
    if (segment.length >= 12 || /[:;%@]/.test(segment)) return true;
  }
  return false;
}

/** The host and the route template of a URL: ("api.example", "/api/users/:id"). */
export function routeOf(url: string): { host: string; route: string } {
  // The query and fragment never make a route: left out before the sanitizer reads the rest
  // (a long query string is most of its work).
  const cut = url.search(/[?#]/);
  const bare = cut === -1 ? url : url.slice(0, cut);
  const safe = mayHoldSecret(bare) ? sanitizeUrl(bare) : bare;
  const head = URL_HEAD.exec(safe)?.[0] ?? '';
  const host = head.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^[^@]*@/, '');
  const rest = safe.slice(head.length);
  const path = rest.split(/[?#]/, 1)[0] ?? '';
  const route = path
    .split('/')
    .map((segment) => (isIdSegment(segment) ? ':id' : segment))
    .join('/');
  return { host, route: route || '/' };
}

export interface Endpoint {
  /** Method and route ("GET /api/users/:id"): what a group is keyed on, whatever the host (the
   * issue's "method + route template × outcome"). */
  key: string;
  method: string;
  host: string;
  route: string;
}

const endpoints = new WeakMap<RequestRecord, Endpoint>();

/** The record's endpoint, worked out once per record. */
export function endpointOf(record: RequestRecord): Endpoint {
  let known = endpoints.get(record);
  if (!known) {
    const { host, route } = routeOf(record.url);
    const method = record.method || '?';
    known = { key: `${method} ${route}`, method, host, route };
    endpoints.set(record, known);
  }
  return known;
}
