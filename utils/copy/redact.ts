/**
 * What every copy format hides. Exactly:
 * - Headers: Authorization and Proxy-Authorization (the scheme word stays: "Bearer REDACTED"),
 *   Cookie, Set-Cookie, and every header whose name contains "api-key", "apikey", "api_key",
 *   "token", "secret", "password", "passwd", "session" or "credential" (X-API-Key,
 *   X-Auth-Token, X-CSRF-Token, X-Amz-Security-Token, X-Session-Id…).
 * - URLs (query and fragment parameters): the value of every parameter whose name is in
 *   SECRET_PARAMS, or contains "token", "secret", "password", "apikey" or "api_key"; and any
 *   value that looks like a token whatever its name: a JWT ("eyJ…"), a well-known key prefix
 *   (sk_live_, ghp_, xoxb-, AIza, AKIA…), or 24+ characters of base64url (no "/") mixing upper
 *   case, lower case and digits. The password of user:password@ in a URL.
 * Path segments are left as they are.
 */
import type { HeaderField } from '../har/record';

export const REDACTED = 'REDACTED';

const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie']);
const SECRET_HEADER_PARTS = [
  'api-key',
  'apikey',
  'api_key',
  'token',
  'secret',
  'password',
  'passwd',
  'session',
  'credential',
];

/** Query parameter names whose values are secrets (compared lower-cased, "-" and "." as "_"). */
export const SECRET_PARAMS: ReadonlySet<string> = new Set([
  'access_token',
  'refresh_token',
  'id_token',
  'token',
  'auth',
  'authorization',
  'code',
  'key',
  'api_key',
  'apikey',
  'client_secret',
  'secret',
  'password',
  'passwd',
  'pwd',
  'pass',
  'session',
  'sessionid',
  'session_id',
  'sid',
  'signature',
  'sig',
  'jwt',
  'ticket',
  'otp',
  'x_amz_signature',
  'x_amz_credential',
  'x_amz_security_token',
  'x_goog_signature',
  'x_goog_credential',
]);
const SECRET_PARAM_PARTS = ['token', 'secret', 'password', 'apikey', 'api_key'];

const JWT = /^eyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*$/;
const KEY_PREFIX =
  /^(sk_live_|sk_test_|rk_live_|pk_live_|ghp_|gho_|ghs_|github_pat_|glpat-|xox[abprs]-|AIza|AKIA|ASIA)/;
const OPAQUE = /^[A-Za-z0-9+_=-]{24,}$/;

export function isSecretHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return SECRET_HEADERS.has(lower) || SECRET_HEADER_PARTS.some((part) => lower.includes(part));
}

export function redactHeaderValue(name: string, value: string): string {
  if (!isSecretHeader(name)) return value;
  const lower = name.toLowerCase();
  if (lower === 'authorization' || lower === 'proxy-authorization') {
    const scheme = /^([A-Za-z][\w-]*)\s+\S/.exec(value);
    if (scheme) return `${scheme[1]} ${REDACTED}`;
  }
  return REDACTED;
}

export function redactHeaders(headers: readonly HeaderField[]): HeaderField[] {
  return headers.map((h) => ({ name: h.name, value: redactHeaderValue(h.name, h.value) }));
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** True for a value that looks like a credential whatever its parameter is called. */
export function looksLikeToken(value: string): boolean {
  if (JWT.test(value) || KEY_PREFIX.test(value)) return true;
  return OPAQUE.test(value) && /[A-Z]/.test(value) && /[a-z]/.test(value) && /\d/.test(value);
}

export function isSecretParam(name: string): boolean {
  const key = name.toLowerCase().replace(/[-.]/g, '_');
  return SECRET_PARAMS.has(key) || SECRET_PARAM_PARTS.some((part) => key.includes(part));
}

function redactParams(text: string): string {
  return text
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq === -1) return pair;
      const name = decode(pair.slice(0, eq));
      const value = decode(pair.slice(eq + 1));
      if (value === '') return pair;
      return isSecretParam(name) || looksLikeToken(value)
        ? `${pair.slice(0, eq)}=${REDACTED}`
        : pair;
    })
    .join('&');
}

/** The URL with secret query and fragment values and a userinfo password replaced. */
export function redactUrl(url: string): string {
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const fragment = hashAt === -1 ? null : url.slice(hashAt + 1);
  const queryAt = beforeHash.indexOf('?');
  let base = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  const query = queryAt === -1 ? null : beforeHash.slice(queryAt + 1);
  base = base.replace(/^([a-z][a-z0-9+.-]*:\/\/[^/?#@:]*):[^/?#@]*@/i, `$1:${REDACTED}@`);
  let out = base;
  if (query !== null) out += `?${redactParams(query)}`;
  if (fragment !== null) out += `#${fragment.includes('=') ? redactParams(fragment) : fragment}`;
  return out;
}
